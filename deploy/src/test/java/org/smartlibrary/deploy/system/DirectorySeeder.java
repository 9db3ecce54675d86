package org.smartlibrary.deploy.system;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Fills matching-service's partner directory with a large synthetic one, the way partner-service would: one
 * {@code partner-snapshot} (contract partner-directory v1) per partner on the {@code partner-directory} topic, keyed
 * by partner id. For benchmarks that need 10^5 offerings without 10^5 REST calls. Offerings spread over every
 * resource type; about a third of the partners serve the harness region ("Central Valley"), the rest other regions.
 */
public final class DirectorySeeder {

    static final String[] TYPES = {
            "FINANCIAL.EQUIPMENT", "FINANCIAL.SPACE", "FINANCIAL.STAFFING", "FINANCIAL.TRAINING", "FINANCIAL.OPERATING",
            "FINANCIAL.PROGRAM", "TECHNOLOGY.FABRICATION", "TECHNOLOGY.ROBOTICS", "TECHNOLOGY.AI_DATA",
            "TECHNOLOGY.DEVICES", "TECHNOLOGY.CONNECTIVITY", "TECHNOLOGY.SOFTWARE", "TECHNOLOGY.TRAINING_ADVANCED",
            "HUMAN.STAFF_SKILLS", "HUMAN.WORKSHOP_VOLUNTEERS", "HUMAN.DESIGN_EXPERTISE", "HUMAN.TECH_EXPERTISE",
            "HUMAN.MENTORING", "HUMAN.RESEARCH_EVALUATION"};
    static final String[] REGIONS = {"Central Valley", "North Coast", "South Hills"};

    private DirectorySeeder() {
    }

    /**
     * Publishes {@code partners} snapshots with {@code offeringsPerPartner} offerings each and waits until
     * matching-service has stored them all; returns how long that took.
     */
    public static Duration seed(String bootstrapServers, PostgresProcess postgres, int partners, int offeringsPerPartner,
                                long seed) throws SQLException {
        Instant start = Instant.now();
        long before = storedPartners(postgres);
        Random random = new Random(seed);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (int p = 0; p < partners; p++) {
                UUID partner = new UUID(random.nextLong(), random.nextLong());
                UUID eventId = UUID.randomUUID();
                byte[] value = snapshot(eventId, partner, p, offeringsPerPartner, random).toString()
                        .getBytes(StandardCharsets.UTF_8);
                ProducerRecord<String, byte[]> record = new ProducerRecord<>("partner-directory", partner.toString(), value);
                record.headers().add("event_id", eventId.toString().getBytes(StandardCharsets.UTF_8));
                record.headers().add("event_type", "partner-snapshot".getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
        long expected = before + partners;
        await("matching-service stores " + partners + " seeded partners").atMost(Duration.ofMinutes(20))
                .pollInterval(Duration.ofSeconds(1)).until(() -> storedPartners(postgres) >= expected);
        return Duration.between(start, Instant.now());
    }

    private static ObjectNode snapshot(UUID eventId, UUID partner, int n, int offerings, Random random) {
        ObjectNode event = Workload.JSON.createObjectNode();
        event.put("event_id", eventId.toString());
        event.put("event_type", "partner-snapshot");
        event.put("schema_version", "1.0");
        event.put("occurred_at", Instant.now().toString());
        event.put("producer", "partner-service");
        event.put("aggregate_id", partner.toString());
        ObjectNode payload = event.putObject("payload");
        payload.put("partner_id", partner.toString());
        payload.put("name", "Seeded Partner " + n);
        payload.put("partner_type", "IT_COMPANY");
        ObjectNode area = payload.putObject("service_area");
        area.put("remote", false);
        area.put("national", false);
        area.putArray("regions").add(REGIONS[n % REGIONS.length]);
        area.putArray("cities");
        payload.put("verification", n % 2 == 0 ? "VERIFIED" : "UNVERIFIED");
        payload.put("last_confirmed_at", LocalDate.now().minusDays(random.nextInt(300)).toString());
        payload.putArray("seeks");
        ArrayNode list = payload.putArray("offerings");
        for (int o = 0; o < offerings; o++) {
            String type = TYPES[random.nextInt(TYPES.length)];
            String category = type.substring(0, type.indexOf('.'));
            ObjectNode offering = list.addObject();
            offering.put("offering_id", new UUID(random.nextLong(), random.nextLong()).toString());
            offering.put("category", category);
            offering.put("type", type);
            offering.put("description", "Seeded offering " + n + "/" + o);
            if (category.equals("FINANCIAL")) {
                offering.put("amount", 1000 + random.nextInt(100_000));
                offering.put("currency", "EUR");
            } else {
                offering.put("quantity", 1 + random.nextInt(500));
                offering.put("unit", category.equals("HUMAN") ? "people" : "kits");
            }
            offering.put("horizon", random.nextBoolean() ? "ANY" : (random.nextBoolean() ? "SHORT_TERM" : "LONG_TERM"));
            offering.putArray("conditions");
            offering.put("status", "ACTIVE");
        }
        payload.put("version", 1);
        return event;
    }

    static long storedPartners(PostgresProcess postgres) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("matching"), postgres.user(), postgres.password());
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM partner")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

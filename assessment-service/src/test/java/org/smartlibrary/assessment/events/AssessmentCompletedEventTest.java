package org.smartlibrary.assessment.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartlibrary.assessment.Api;
import org.smartlibrary.assessment.DatabaseRows;
import org.smartlibrary.kit.kafka.KafkaClients;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.assessment.Api.json;

/** Completing an assessment publishes exactly one contract-valid assessment-completed record, keyed by its id. */
@QuarkusTest
class AssessmentCompletedEventTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
            .getSchema(SchemaLocation.of("classpath:contracts/events/assessment-completed/v1/schema.json"));

    @Inject
    KafkaClients kafka;

    @Inject
    DatabaseRows rows;

    @Inject
    ObjectMapper objectMapper;

    TopicRecords consumer;

    @BeforeEach
    void subscribe() {
        consumer = new TopicRecords(kafka, AssessmentCompletedPayload.TOPIC);
    }

    @AfterEach
    void close() {
        consumer.close();
    }

    @Test
    void completingPublishesOneContractValidRecordKeyedByTheAssessmentId() throws Exception {
        String consortium = "Events " + UUID.randomUUID();
        String id = Api.draftWithContent(consortium);
        Api.addOffer(id, "AUDIENCE_REACH");
        String completedAt = Api.complete(id).statusCode(200).extract().path("completed_at");

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> consumer.withKey(id), received -> !received.isEmpty());
        // nothing else arrives for this key, and the outbox row is gone once the broker acknowledged it
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> consumer.withKey(id).size() == 1 && rows.outboxRowsFor(id) == 0);

        ConsumerRecord<String, String> record = records.get(0);
        List<Error> errors = SCHEMA.validate(record.value(), InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> "the event breaks the contract: " + errors + "\n" + record.value());

        JsonNode event = objectMapper.readTree(record.value());
        assertEquals(event.path("event_id").asText(), header(record, "event_id"));
        assertEquals("assessment-completed", header(record, "event_type"));
        assertEquals("assessment-service", event.path("producer").asText());
        assertEquals("1.2", event.path("schema_version").asText());
        assertEquals(id, event.path("aggregate_id").asText());
        JsonNode payload = event.path("payload");
        assertEquals(id, payload.path("assessment_id").asText());
        assertEquals(1, payload.path("revision").asInt());
        assertEquals(java.time.Instant.parse(completedAt), java.time.Instant.parse(payload.path("completed_at").asText()));
        assertEquals(consortium, payload.path("library").path("consortium").asText());
        assertEquals(0, payload.path("library").path("library_version").asLong(), "a library never changed");
        assertEquals("Eindhoven", payload.path("library").path("city").asText());
        assertEquals(51.4416, payload.path("library").path("location").path("latitude").asDouble());
        assertEquals(1, payload.path("goals").size());
        assertEquals("IT_JOB_SKILLS", payload.path("goals").get(0).path("program_area").asText());
        assertEquals(3, payload.path("needs").size());
        JsonNode robots = payload.path("needs").get(0);
        assertEquals("TECHNOLOGY.ROBOTICS", robots.path("type").asText());
        assertEquals(300, robots.path("quantity").asInt());
        assertEquals("kits", robots.path("unit").asText());
        assertEquals(payload.path("goals").get(0).path("goal_id").asText(), robots.path("goal_id").asText());
        JsonNode grant = payload.path("needs").get(1);
        assertEquals(45000, grant.path("amount").asInt());
        assertEquals("EUR", grant.path("currency").asText());
        assertTrue(grant.path("quantity").isNull());
        assertEquals(2, payload.path("offers").size());
        assertEquals("AUDIENCE_REACH", payload.path("offers").get(1).path("type").asText());
    }

    @Test
    void needsCarryTheirMoneyPeriod() throws Exception {
        String id = Api.createAssessment(Api.createLibrary(null));
        Api.addNeed(id, Api.staffingPerYearNeed());
        Api.addNeed(id, Api.grantNeed()); // no period given: a single amount
        Map<String, Object> perMonth = Api.grantNeed();
        perMonth.put("period", "MONTH");
        Api.addNeed(id, perMonth);
        Api.addNeed(id, Api.robotsNeed());
        Api.complete(id).statusCode(200);

        ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30))
                .until(() -> consumer.withKey(id), received -> !received.isEmpty()).get(0);
        List<Error> errors = SCHEMA.validate(record.value(), InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> "the event breaks the contract: " + errors + "\n" + record.value());
        JsonNode event = objectMapper.readTree(record.value());
        assertEquals("1.2", event.path("schema_version").asText());
        JsonNode needs = event.path("payload").path("needs");
        assertEquals(4, needs.size());
        assertEquals("FINANCIAL.STAFFING", needs.get(0).path("type").asText());
        assertEquals(30000, needs.get(0).path("amount").asInt());
        assertEquals("USD", needs.get(0).path("currency").asText());
        assertEquals("YEAR", needs.get(0).path("period").asText());
        assertEquals("ONE_TIME", needs.get(1).path("period").asText());
        assertEquals("MONTH", needs.get(2).path("period").asText());
        assertFalse(needs.get(3).hasNonNull("period"), () -> "a quantity need has no period: " + needs.get(3));
    }

    @Test
    void aRevisionCompletesAsTheNextRecordWithTheSameKey() {
        String id = Api.draftWithContent(null);
        Api.complete(id).statusCode(200);
        Api.revise(id).statusCode(201);
        Api.addNeed(id, Api.volunteersNeed());
        Api.complete(id).statusCode(200);

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> consumer.withKey(id), received -> received.size() == 2);
        assertEquals(records.get(0).partition(), records.get(1).partition(), "one key, one partition, in order");
        List<Integer> revisions = records.stream().map(record -> revisionOf(record.value())).toList();
        assertEquals(List.of(1, 2), revisions);
        records.forEach(record -> assertTrue(SCHEMA.validate(record.value(), InputFormat.JSON).isEmpty()));
    }

    @Test
    void aRefusedCompletionWritesNoOutboxRowAndSendsNothing() {
        String refused = Api.createAssessment(Api.createLibrary(null));
        Api.addGoal(refused, "STEM");
        Api.complete(refused).statusCode(409);
        assertEquals(0, rows.outboxRowsFor(refused));

        // the relay sends in commit order: once a later completion has arrived, an earlier one would have too
        String later = Api.draftWithContent(null);
        Api.complete(later).statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.withKey(later).size() == 1);
        assertEquals(0, rows.outboxRowsFor(refused));
        assertTrue(consumer.withKey(refused).isEmpty());
    }

    private int revisionOf(String value) {
        try {
            return objectMapper.readTree(value).path("payload").path("revision").asInt();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

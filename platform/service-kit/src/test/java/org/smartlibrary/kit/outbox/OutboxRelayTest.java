package org.smartlibrary.kit.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.RestartableKafka;
import org.smartlibrary.kit.WidgetResource;
import org.smartlibrary.testkit.TestTokens;
import org.smartlibrary.testkit.TopicProbe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox acceptance trio on a real broker and database, plus parking and replay. */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void committedEventIsSentOnceWithEnvelopeKeyAndHeadersThenRemoved() throws Exception {
        try (TopicProbe probe = TopicProbe.open(bootstrapServers, WidgetResource.TOPIC)) {
            String id = createWidget("committed");

            List<ConsumerRecord<String, String>> records = probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
            ConsumerRecord<String, String> record = records.get(0);
            JsonNode envelope = objectMapper.readTree(record.value());
            assertEquals("widget-created", envelope.get("event_type").asText());
            assertEquals("1.0", envelope.get("schema_version").asText());
            assertEquals("service-kit-test", envelope.get("producer").asText());
            assertEquals(id, envelope.get("aggregate_id").asText());
            assertEquals("committed", envelope.at("/payload/name").asText());
            assertNotNull(envelope.get("occurred_at"));
            assertEquals(envelope.get("event_id").asText(), header(record, "event_id"));
            assertEquals("widget-created", header(record, "event_type"));

            await().atMost(Duration.ofSeconds(10)).until(() -> outboxRows(id) == 0);
            assertEquals(1, probe.drain(r -> id.equals(r.key()), Duration.ofSeconds(1)).size());
        }
    }

    @Test
    void rolledBackTransactionSendsNothing() {
        try (TopicProbe probe = TopicProbe.open(bootstrapServers, WidgetResource.TOPIC)) {
            given().contentType(ContentType.JSON).body("{\"name\":\"doomed\"}")
                    .when().post("/widgets/failing")
                    .then().statusCode(409);

            assertEquals(0L, count("select count(*) from kit_widget where name = 'doomed'"));
            assertEquals(0L, count("select count(*) from outbox_message where payload like '%doomed%'"));
            assertTrue(probe.drain(r -> r.value() != null && r.value().contains("doomed"), Duration.ofSeconds(2)).isEmpty());
        }
    }

    @Test
    void brokerOutageKeepsTheEventRetriesAndSendsItAfterRecovery() {
        RestartableKafka.stopBroker();
        String id;
        try {
            id = createWidget("during-outage");
            await().atMost(Duration.ofSeconds(60)).until(() -> attempts(id) >= 2);
            assertEquals(1, outboxRows(id), "the event stays in the outbox while the broker is down");
            assertNotNull(lastError(id));
        } finally {
            RestartableKafka.startBroker();
        }
        try (TopicProbe probe = openFromStart()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> outboxRows(id) == 0);
            assertEquals(1, probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(20)).size());
        }
    }

    @Test
    void failingRowIsParkedVisibleAndCanBeReplayed() {
        UUID eventId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO outbox_message (id, topic, message_key, event_type, payload, created_at, attempts, next_attempt_at)
                        VALUES (?1, 'not a valid topic name!', 'k', 'widget-created', '{}', now(), 49, now())""")
                .setParameter(1, eventId).executeUpdate());

        await().atMost(Duration.ofSeconds(30)).until(() -> parkedAt(eventId) != null);
        given().auth().oauth2(TestTokens.platformAdmin()).when().get("/api/v1/admin/outbox").then()
                .statusCode(200)
                .body("parked_messages.event_id", org.hamcrest.Matchers.hasItem(eventId.toString()));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("slp_outbox_parked"));

        given().auth().oauth2(TestTokens.platformAdmin()).when().post("/api/v1/admin/outbox/parked/" + eventId + "/replay").then().statusCode(204);
        assertNull(parkedAt(eventId));
        given().auth().oauth2(TestTokens.platformAdmin()).when().post("/api/v1/admin/outbox/parked/" + UUID.randomUUID() + "/replay").then()
                .statusCode(404).contentType("application/problem+json");

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("DELETE FROM outbox_message WHERE id = ?1").setParameter(1, eventId).executeUpdate());
    }

    @Test
    void rowWaitingForItsRetryHoldsBackLaterRowsOfItsKeyOnly() {
        String blockedKey = UUID.randomUUID().toString();
        String freeKey = UUID.randomUUID().toString();
        UUID waiting = insertRow(blockedKey, 1, "now() + interval '1 hour'");
        UUID behind = insertRow(blockedKey, 0, "now()");
        insertRow(freeKey, 0, "now()");
        try (TopicProbe probe = openFromStart()) {
            assertEquals(1, probe.await(r -> freeKey.equals(r.key()), 1, Duration.ofSeconds(20)).size());
            await().atMost(Duration.ofSeconds(10)).until(() -> outboxRows(freeKey) == 0);
            assertEquals(2, outboxRows(blockedKey), "the row behind the waiting one stays, in order");
            assertTrue(probe.drain(r -> blockedKey.equals(r.key()), Duration.ofSeconds(1)).isEmpty());

            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "UPDATE outbox_message SET next_attempt_at = now() WHERE id = ?1").setParameter(1, waiting)
                    .executeUpdate());
            List<ConsumerRecord<String, String>> sent = probe.await(r -> blockedKey.equals(r.key()), 2,
                    Duration.ofSeconds(20));
            assertEquals(List.of(waiting.toString(), behind.toString()),
                    sent.stream().map(r -> header(r, "event_id")).toList(), "the retried row first, then the one behind");
            await().atMost(Duration.ofSeconds(10)).until(() -> outboxRows(blockedKey) == 0);
        }
    }

    /** A row as the outbox writes it, after {@code attempts} failures, due at the SQL time {@code due}. */
    private UUID insertRow(String key, int attempts, String due) {
        UUID eventId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO outbox_message (id, topic, message_key, event_type, payload, created_at, attempts,
                                                    next_attempt_at)
                        VALUES (?1, ?2, ?3, 'widget-created', '{}', now(), ?4, %s)""".formatted(due))
                .setParameter(1, eventId).setParameter(2, WidgetResource.TOPIC).setParameter(3, key)
                .setParameter(4, attempts).executeUpdate());
        return eventId;
    }

    @Test
    void backoffGrowsExponentiallyUpToTheMaximum() {
        OutboxRelay relay = new OutboxRelay();
        relay.config = new OutboxConfigStub(Duration.ofMillis(100), Duration.ofSeconds(1));
        long first = relay.backoff(1).toMillis();
        long third = relay.backoff(3).toMillis();
        long late = relay.backoff(20).toMillis();
        assertTrue(first >= 90 && first <= 120, "first backoff ~100 ms, was " + first);
        assertTrue(third >= 360 && third <= 480, "third backoff ~400 ms, was " + third);
        assertTrue(late >= 900 && late <= 1100, "capped at ~1 s, was " + late);
    }

    private TopicProbe openFromStart() {
        return TopicProbe.open(bootstrapServers, WidgetResource.TOPIC).rewind();
    }

    private String createWidget(String name) {
        return given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}")
                .when().post("/widgets")
                .then().statusCode(201)
                .extract().path("id");
    }

    private long outboxRows(String aggregateId) {
        return count("select count(*) from outbox_message where message_key = '" + aggregateId + "'");
    }

    private int attempts(String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select coalesce(max(attempts), 0) from outbox_message where message_key = ?1")
                .setParameter(1, aggregateId).getSingleResult()).intValue());
    }

    private String lastError(String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select max(last_error) from outbox_message where message_key = ?1")
                .setParameter(1, aggregateId).getSingleResult());
    }

    private Object parkedAt(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select parked_at from outbox_message where id = ?1").setParameter(1, eventId).getSingleResult());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

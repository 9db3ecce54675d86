package org.smartlibrary.matching.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.Api;
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Events;
import org.smartlibrary.matching.Events.Place;
import org.smartlibrary.testkit.TopicProbe;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Failures around the offset commit, and which failures are retried and which dead-lettered
 * ({@link ProcessingFailure}), on a topic of the test's own (same contract, same handler, own group), so the service's
 * own consumers never see these records. The test profile allows 3 attempts.
 */
@QuarkusTest
class ConsumerFailureTest {

    @Inject
    KafkaClients clients;

    @Inject
    MatchingConsumers consumers;

    @Inject
    AssessmentCompletedHandler handler;

    @Inject
    ConsumerMetrics metrics;

    @Inject
    DatabaseRows rows;

    @Inject
    EntityManager entityManager;

    private Events events;
    private final Place place = Place.unique();
    private final String topic = "assessment-completed-test-" + UUID.randomUUID();
    private final String group = "matching-failure-test-" + UUID.randomUUID();

    /** Stands for the process dying: an Error is not handled, the loop ends without committing. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash after the database commit, before the offset commit");
        }
    }

    @BeforeEach
    void createTopic() throws Exception {
        events = new Events(clients);
        try (Admin admin = clients.newAdmin()) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        ObjectNode partner = Events.partner("partner-snapshot-it-company", place, 1);
        events.send(Events.PARTNERS, partner);
        rows.awaitPartners(partner);
    }

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void aCrashAfterTheDatabaseCommitRedeliversTheRecordWhichIsRecognisedAsDuplicate() {
        ObjectNode assessment = Events.assessment(place);
        String assessmentId = Events.id(assessment);
        events.send(topic, assessment);

        ConsumerLoop crashing = consumers.create(topic, group, EventContract.ASSESSMENT_COMPLETED, event -> {
            handler.handle(event);
            throw new SimulatedCrash();
        });
        crashing.start();
        await().atMost(Api.TIMEOUT).until(() -> !crashing.isAlive());
        assertThat(rows.processed(assessment.get("event_id").asText())).isTrue();
        Api.awaitReady(assessmentId, 1, 1);

        ConsumerLoop restarted = consumers.create(topic, group, EventContract.ASSESSMENT_COMPLETED, handler);
        restarted.start();
        try {
            await().atMost(Api.TIMEOUT).until(() -> metrics.duplicates(topic) == 1);
        } finally {
            restarted.stop(Duration.ofSeconds(10));
        }
        assertThat(rows.recommendationSets(assessmentId)).isEqualTo(1);
        assertThat(Api.recommendations(assessmentId).getInt("recommendation_set_version")).isEqualTo(1);
    }

    @Test
    void theDatabaseBeingUnreachableIsRetriedPastMaxAttemptsWithoutLosingOrDeadLetteringTheRecord() {
        ObjectNode assessment = Events.assessment(place);
        String assessmentId = Events.id(assessment);
        AtomicInteger attempts = new AtomicInteger();
        // the driver's own answer when nothing listens, identical every time, more often than max-attempts (3)
        ConsumerLoop flaky = consumers.create(topic, group, EventContract.ASSESSMENT_COMPLETED, event -> {
            if (attempts.incrementAndGet() <= 4) {
                throw new JDBCConnectionException("Unable to acquire JDBC Connection", unreachableDatabase());
            }
            return handler.handle(event);
        });
        try (TopicProbe deadLetters = TopicProbe.open(clients.bootstrapServers(), Events.DEAD_LETTER)) {
            flaky.start();
            events.send(topic, assessment);
            Api.awaitReady(assessmentId, 1, 1);
            assertThat(attempts.get()).isEqualTo(5);
            assertThat(deadLetters.drain(record -> assessmentId.equals(record.key()), Duration.ofSeconds(1))).isEmpty();
        } finally {
            flaky.stop(Duration.ofSeconds(10));
        }
        assertThat(metrics.duplicates(topic)).isZero();
    }

    @Test
    void aDeadlockAnsweredByTheDatabaseIsRetriedPastMaxAttemptsAndThenSucceeds() {
        ObjectNode assessment = Events.assessment(place);
        String assessmentId = Events.id(assessment);
        AtomicInteger attempts = new AtomicInteger();
        // the real database raises 40P01 in a transaction of its own, as a deadlock victim's statement would fail
        ConsumerLoop contended = consumers.create(topic, group, EventContract.ASSESSMENT_COMPLETED, event -> {
            if (attempts.incrementAndGet() <= 4) {
                QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "DO $$ BEGIN RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01'; END $$")
                        .executeUpdate());
            }
            return handler.handle(event);
        });
        try (TopicProbe deadLetters = TopicProbe.open(clients.bootstrapServers(), Events.DEAD_LETTER)) {
            contended.start();
            events.send(topic, assessment);
            Api.awaitReady(assessmentId, 1, 1);
            assertThat(attempts.get()).isEqualTo(5);
            assertThat(deadLetters.drain(record -> assessmentId.equals(record.key()), Duration.ofSeconds(1))).isEmpty();
        } finally {
            contended.stop(Duration.ofSeconds(10));
        }
        assertThat(rows.processed(assessment.get("event_id").asText())).isTrue();
    }

    @Test
    void failuresThatDifferFromOneAttemptToTheNextAreNotARunAndAreRetried() {
        ObjectNode assessment = Events.assessment(place);
        String assessmentId = Events.id(assessment);
        AtomicInteger attempts = new AtomicInteger();
        ConsumerLoop changing = consumers.create(topic, group, EventContract.ASSESSMENT_COMPLETED, event -> {
            int attempt = attempts.incrementAndGet();
            if (attempt <= 4) {
                throw new IllegalStateException(attempt % 2 == 0 ? "one failure" : "another failure");
            }
            return handler.handle(event);
        });
        try (TopicProbe deadLetters = TopicProbe.open(clients.bootstrapServers(), Events.DEAD_LETTER)) {
            changing.start();
            events.send(topic, assessment);
            Api.awaitReady(assessmentId, 1, 1);
            assertThat(attempts.get()).isEqualTo(5);
            assertThat(deadLetters.drain(record -> assessmentId.equals(record.key()), Duration.ofSeconds(1))).isEmpty();
        } finally {
            changing.stop(Duration.ofSeconds(10));
        }
    }

    @Test
    void aSchemaValidEventTheDatabaseRefusesIsDeadLetteredAtOnceAndThePartitionMovesOn() {
        // the schema sets no maximum length for a library's name; the assessment table holds 500 characters
        ObjectNode refused = Events.assessment(place);
        ((ObjectNode) refused.get("payload").get("library")).put("name", "L".repeat(501));
        ObjectNode next = Events.assessment(place);
        next.put("aggregate_id", Events.id(refused)); // same key: same partition, behind the refused record
        ((ObjectNode) next.get("payload")).put("assessment_id", Events.id(refused));
        String refusedEventId = refused.get("event_id").asText();
        ConsumerLoop loop = consumers.create(topic, group, EventContract.ASSESSMENT_COMPLETED, handler);
        try (TopicProbe deadLetters = TopicProbe.open(clients.bootstrapServers(), Events.DEAD_LETTER)) {
            loop.start();
            events.send(topic, refused);
            events.send(topic, next);
            var parked = deadLetters.await(record -> Events.id(refused).equals(record.key()), 1, Api.TIMEOUT);
            // PROCESSING_FAILED, not SCHEMA_INVALID: the decoder accepted it, the database refused it
            assertThat(header(parked.get(0), "dlt-reason")).isEqualTo("PROCESSING_FAILED");
            assertThat(header(parked.get(0), "dlt-attempts")).isEqualTo("1");
            assertThat(header(parked.get(0), "dlt-event-id")).isEqualTo(refusedEventId);
            assertThat(header(parked.get(0), "dlt-original-topic")).isEqualTo(topic);
            assertThat(header(parked.get(0), "dlt-detail"))
                    .startsWith("the database refused the record (SQLState 22001)")
                    .contains("value too long");
            Api.awaitReady(Events.id(refused), 1, 1);
            assertThat(rows.processed(next.get("event_id").asText())).isTrue();
            assertThat(rows.processed(refusedEventId)).isFalse();
            assertThat(deadLetters.drain(record -> Events.id(refused).equals(record.key()), Duration.ofSeconds(1)))
                    .hasSize(1); // the refused record once; the one behind it not at all
        } finally {
            loop.stop(Duration.ofSeconds(10));
        }
        assertThat(metrics.deadLettered(topic, "PROCESSING_FAILED")).isEqualTo(1);
    }

    @Test
    void aRecordThatKeepsFailingForAnotherReasonIsDeadLetteredAfterTheLastAttempt() {
        ObjectNode broken = Events.assessment(place);
        ObjectNode next = Events.assessment(place);
        next.put("aggregate_id", Events.id(broken));
        ((ObjectNode) next.get("payload")).put("assessment_id", Events.id(broken));
        String brokenEventId = broken.get("event_id").asText();
        ConsumerLoop loop = consumers.create(topic, group, EventContract.ASSESSMENT_COMPLETED, event -> {
            if (event.eventId().toString().equals(brokenEventId)) {
                throw new IllegalStateException("a bug that no retry fixes");
            }
            return handler.handle(event);
        });
        try (TopicProbe deadLetters = TopicProbe.open(clients.bootstrapServers(), Events.DEAD_LETTER)) {
            loop.start();
            events.send(topic, broken);
            events.send(topic, next);
            var parked = deadLetters.await(record -> Events.id(broken).equals(record.key()), 1, Api.TIMEOUT);
            assertThat(new String(parked.get(0).headers().lastHeader("dlt-reason").value())).isEqualTo("PROCESSING_FAILED");
            assertThat(new String(parked.get(0).headers().lastHeader("dlt-attempts").value())).isEqualTo("3");
            assertThat(new String(parked.get(0).headers().lastHeader("dlt-event-id").value())).isEqualTo(brokenEventId);
            Api.awaitReady(Events.id(broken), 1, 1);
            assertThat(rows.processed(next.get("event_id").asText())).isTrue();
        } finally {
            loop.stop(Duration.ofSeconds(10));
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** What the PostgreSQL driver throws when nothing listens on the database's address. */
    private static SQLException unreachableDatabase() {
        Properties credentials = new Properties();
        credentials.setProperty("user", "slp");
        credentials.setProperty("connectTimeout", "2");
        try {
            new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:1/matching", credentials);
        } catch (SQLException e) {
            return e;
        }
        throw new IllegalStateException("a database answered on port 1");
    }
}

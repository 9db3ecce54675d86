package org.smartlibrary.matching.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The assessment-completed consumer on the real broker: duplicates, poison records, out-of-order revisions. */
@QuarkusTest
class AssessmentConsumerTest {

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    @Inject
    ConsumerMetrics metrics;

    private Events events;
    private final Place place = Place.unique();

    @BeforeEach
    void openProducer() {
        events = new Events(clients);
        ObjectNode partner = Events.partner("partner-snapshot-it-company", place, 1);
        events.send(Events.PARTNERS, partner);
        rows.awaitPartners(partner);
    }

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void theSameEventTwiceGivesOneResult() {
        double duplicatesBefore = metrics.duplicates(Events.ASSESSMENTS);
        ObjectNode assessment = Events.assessment(place);
        events.send(Events.ASSESSMENTS, assessment);
        events.send(Events.ASSESSMENTS, assessment);

        await().atMost(Api.TIMEOUT).until(() -> metrics.duplicates(Events.ASSESSMENTS) >= duplicatesBefore + 1);
        JsonPath ready = Api.awaitReady(Events.id(assessment), 1, 1);
        assertThat(ready.getInt("recommendation_set_version")).isEqualTo(1);
        assertThat(rows.recommendationSets(Events.id(assessment))).isEqualTo(1);
    }

    @Test
    void poisonRecordsAreDeadLetteredWithProvenanceAndTheNextRecordIsProcessed() {
        ObjectNode valid = Events.assessment(place);
        String key = Events.id(valid);
        ObjectNode schemaInvalid = Events.assessment(place);
        schemaInvalid.put("aggregate_id", key);
        ((ObjectNode) schemaInvalid.get("payload")).put("assessment_id", key);
        ((ObjectNode) schemaInvalid.get("payload").get("needs").get(0)).put("quantity", -5);
        ObjectNode unknownMajor = Events.revision(valid, 1);
        unknownMajor.put("schema_version", "2.0");
        String undecodableId = UUID.randomUUID().toString();

        try (TopicProbe deadLetters = TopicProbe.open(clients.bootstrapServers(), Events.DEAD_LETTER)) {
            byte[] notJson = "{\"event_id\": oops".getBytes(StandardCharsets.UTF_8);
            events.send(Events.ASSESSMENTS, key, notJson, undecodableId, "assessment-completed");
            events.send(Events.ASSESSMENTS, key, new byte[]{(byte) 0xC3, (byte) 0x28}, null, null);
            events.send(Events.ASSESSMENTS, schemaInvalid);
            events.send(Events.ASSESSMENTS, unknownMajor);
            events.send(Events.ASSESSMENTS, valid);

            List<ConsumerRecord<String, String>> parked = deadLetters.await(
                    record -> key.equals(record.key()), 4, Api.TIMEOUT);
            Map<String, String> reasonByEventId = parked.stream().collect(Collectors.toMap(
                    record -> header(record, "dlt-event-id") == null ? "none" : header(record, "dlt-event-id"),
                    record -> header(record, "dlt-reason")));
            assertThat(reasonByEventId).containsEntry(undecodableId, "DESERIALIZATION_FAILED")
                    .containsEntry("none", "DESERIALIZATION_FAILED")
                    .containsEntry(schemaInvalid.get("event_id").asText(), "SCHEMA_INVALID")
                    .containsEntry(unknownMajor.get("event_id").asText(), "UNSUPPORTED_SCHEMA_VERSION");
            for (ConsumerRecord<String, String> record : parked) {
                assertThat(header(record, "dlt-original-topic")).isEqualTo(Events.ASSESSMENTS);
                assertThat(header(record, "dlt-original-partition")).matches("[0-9]+");
                assertThat(header(record, "dlt-original-offset")).matches("[0-9]+");
                assertThat(header(record, "dlt-attempts")).isEqualTo("1");
                assertThat(header(record, "dlt-detail")).isNotBlank();
            }
            ConsumerRecord<String, String> undecodable = parked.stream()
                    .filter(record -> undecodableId.equals(header(record, "dlt-event-id"))).findFirst().orElseThrow();
            assertThat(undecodable.value()).isEqualTo("{\"event_id\": oops");
            assertThat(header(undecodable, "event_id")).isEqualTo(undecodableId);
            ConsumerRecord<String, String> schemaRecord = parked.stream()
                    .filter(record -> "SCHEMA_INVALID".equals(header(record, "dlt-reason"))).findFirst().orElseThrow();
            assertThat(header(schemaRecord, "dlt-detail")).contains("quantity");
        }
        JsonPath ready = Api.awaitReady(key, 1, 1);
        assertThat(ready.getList("recommendations")).isNotEmpty();
        assertThat(metrics.deadLettered(Events.ASSESSMENTS, "UNSUPPORTED_SCHEMA_VERSION")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anOlderRevisionArrivingLateDoesNotReplaceTheNewerOne() {
        ObjectNode revision1 = Events.assessment(place);
        ObjectNode revision2 = Events.revision(revision1, 2);
        ((ObjectNode) revision2.get("payload").get("needs").get(0)).put("quantity", 100);
        String assessmentId = Events.id(revision1);

        events.send(Events.ASSESSMENTS, revision2);
        JsonPath ready = Api.awaitReady(assessmentId, 2, 1);
        events.send(Events.ASSESSMENTS, revision1);
        await().atMost(Api.TIMEOUT).until(() -> rows.processed(revision1.get("event_id").asText()));

        JsonPath after = Api.recommendations(assessmentId);
        assertThat(after.getInt("revision")).isEqualTo(2);
        assertThat(after.getInt("recommendation_set_version")).isEqualTo(1);
        assertThat(after.getString("generated_at")).isEqualTo(ready.getString("generated_at"));
        assertThat(rows.storedRevision(assessmentId)).isEqualTo(2);
        assertThat(rows.recommendationSets(assessmentId)).isEqualTo(1);

        ObjectNode revision3 = Events.revision(revision1, 3);
        events.send(Events.ASSESSMENTS, revision3);
        JsonPath third = Api.awaitReady(assessmentId, 3, 1);
        assertThat(third.getInt("changes.compared_with_revision")).isEqualTo(2);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

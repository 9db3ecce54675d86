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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.assessment.Api.json;

/**
 * Creating a library and every change of it publish one contract-valid library-snapshot, keyed by the library id and
 * carrying the version its ETag shows; a refused change publishes nothing; a completion names the library version.
 */
@QuarkusTest
class LibrarySnapshotEventTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
            .getSchema(SchemaLocation.of("classpath:contracts/events/library-directory/v1/schema.json"));

    private static final String LIBRARY = "/api/v1/libraries/{id}";

    @Inject
    KafkaClients kafka;

    @Inject
    DatabaseRows rows;

    @Inject
    ObjectMapper objectMapper;

    TopicRecords snapshots;

    @BeforeEach
    void subscribe() {
        snapshots = new TopicRecords(kafka, LibrarySnapshotPayload.TOPIC);
    }

    @AfterEach
    void close() {
        snapshots.close();
    }

    @Test
    void creatingAndMovingALibraryPublishOneSnapshotEachWithTheVersionOfItsETag() {
        String consortium = "Snapshots " + UUID.randomUUID();
        String libraryId = Api.createLibrary(consortium);
        JsonNode created = awaitSnapshots(libraryId, 1).get(0);

        assertEquals("library-snapshot", created.path("event_type").asText());
        assertEquals("1.0", created.path("schema_version").asText());
        assertEquals("assessment-service", created.path("producer").asText());
        assertEquals(libraryId, created.path("aggregate_id").asText());
        JsonNode payload = created.path("payload");
        assertEquals(libraryId, payload.path("library_id").asText());
        assertEquals(0, payload.path("library_version").asLong());
        assertEquals(consortium, payload.path("consortium").asText());
        assertEquals("Eindhoven City Library", payload.path("name").asText());
        assertEquals("North Brabant", payload.path("region").asText());
        assertEquals("Eindhoven", payload.path("city").asText());
        assertEquals(51.4416, payload.path("location").path("latitude").asDouble());
        Instant createdAt = Instant.parse(payload.path("created_at").asText());
        assertFalse(Instant.parse(payload.path("updated_at").asText()).isBefore(createdAt));

        // a platform administrator takes the library out of its consortium
        json(Api.platformAdmin()).header("If-Match", "\"0\"").body(Api.library(null)).put(LIBRARY, libraryId)
                .then().statusCode(200).header("ETag", "\"1\"");
        List<JsonNode> both = awaitSnapshots(libraryId, 2);
        JsonNode moved = both.get(1).path("payload");
        assertEquals(1, moved.path("library_version").asLong());
        assertTrue(moved.path("consortium").isNull(), () -> "no consortium any more: " + moved);
        assertEquals(createdAt, Instant.parse(moved.path("created_at").asText()));
        assertTrue(Instant.parse(moved.path("updated_at").asText())
                .isAfter(Instant.parse(payload.path("updated_at").asText())), "the move is the later change");
        List<ConsumerRecord<String, String>> records = snapshots.withKey(libraryId);
        assertEquals(records.get(0).partition(), records.get(1).partition(), "one key, one partition, in order");
        records.forEach(record -> {
            assertEquals(header(record, "event_id"), read(record.value()).path("event_id").asText());
            assertEquals("library-snapshot", header(record, "event_type"));
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> rows.outboxRowsFor(libraryId) == 0);
    }

    @Test
    void aRefusedChangePublishesNothing() {
        String libraryId = Api.createLibrary("Refusals " + UUID.randomUUID());
        awaitSnapshots(libraryId, 1);

        json(Api.platformAdmin()).header("If-Match", "\"7\"").body(Api.library("Elsewhere")).put(LIBRARY, libraryId)
                .then().statusCode(412);
        // staff may not move their own library to another consortium
        json(Api.staffOf(libraryId)).body(Api.library("Elsewhere")).put(LIBRARY, libraryId).then().statusCode(403);
        assertEquals(0, rows.outboxRowsFor(libraryId));

        // the relay sends one key in commit order: once the next change has arrived, a refused one would have too
        json(Api.platformAdmin()).header("If-Match", "\"0\"").body(Api.library("Accepted " + UUID.randomUUID()))
                .put(LIBRARY, libraryId)
                .then().statusCode(200);
        List<JsonNode> published = awaitSnapshots(libraryId, 2);
        assertEquals(List.of(0L, 1L), published.stream().map(e -> e.path("payload").path("library_version").asLong())
                .toList());
        assertTrue(published.get(1).path("payload").path("consortium").asText().startsWith("Accepted "));
    }

    @Test
    void aCompletionNamesTheLibraryVersionItWasCompletedWith() {
        String libraryId = Api.createLibrary("Before " + UUID.randomUUID());
        String after = "After " + UUID.randomUUID();
        json(Api.platformAdmin()).header("If-Match", "\"0\"").body(Api.library(after)).put(LIBRARY, libraryId).then()
                .statusCode(200);
        String assessmentId = Api.createAssessment(libraryId);
        Api.addNeed(assessmentId, Api.robotsNeed());
        Api.complete(assessmentId).statusCode(200);

        try (TopicRecords completions = new TopicRecords(kafka, AssessmentCompletedPayload.TOPIC)) {
            JsonNode library = read(await().atMost(Duration.ofSeconds(30))
                    .until(() -> completions.withKey(assessmentId), received -> !received.isEmpty()).get(0).value())
                    .path("payload").path("library");
            assertEquals(1, library.path("library_version").asLong());
            assertEquals(after, library.path("consortium").asText());
        }
        assertEquals(1, awaitSnapshots(libraryId, 2).get(1).path("payload").path("library_version").asLong());
    }

    /** Waits for exactly {@code count} snapshots of the library, each valid against the contract, in order. */
    private List<JsonNode> awaitSnapshots(String libraryId, int count) {
        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> snapshots.withKey(libraryId), received -> received.size() >= count);
        assertEquals(count, records.size(), "snapshots of " + libraryId);
        return records.stream().map(record -> {
            List<Error> errors = SCHEMA.validate(record.value(), InputFormat.JSON);
            assertTrue(errors.isEmpty(), () -> "the event breaks the contract: " + errors + "\n" + record.value());
            return read(record.value());
        }).toList();
    }

    private JsonNode read(String value) {
        try {
            return objectMapper.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

package org.smartlibrary.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every event schema is a valid draft 2020-12 schema; every file in {@code examples/} validates against the schema of
 * its folder, every file in {@code invalid-examples/} fails for the documented reason. Files are discovered by walking
 * target/classes/contracts, so new event types, versions and examples are picked up without touching this test.
 */
class EventExamplesTest {

    static final List<String> ENVELOPE_FIELDS = List.of(
            "event_id", "event_type", "schema_version", "occurred_at", "producer", "aggregate_id", "payload");

    /** Envelope fields whose definition must be identical in every event schema. */
    static final List<String> SHARED_ENVELOPE_FIELDS = List.of(
            "event_id", "schema_version", "occurred_at", "producer", "aggregate_id");

    static final String EXPECTATIONS_FILE = "expected-errors.properties";

    @Test
    void everyPublishedEventTypeHasASchemaFolder() {
        Set<String> folders = ContractFiles.eventVersionDirs().stream()
                .map(ContractFiles::relative)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(folders.containsAll(Set.of(
                        "events/assessment-completed/v1",
                        "events/partner-directory/v1",
                        "events/library-directory/v1",
                        "events/recommendations-ready/v1",
                        "events/consortium-recommendations-ready/v1")),
                "event folders found: " + folders);
    }

    @TestFactory
    Stream<DynamicTest> everyVersionFolderHasSchemaExamplesAndInvalidExamples() {
        return ContractFiles.eventVersionDirs().stream().map(dir -> DynamicTest.dynamicTest(
                ContractFiles.relative(dir), () -> {
                    assertTrue(Files.isRegularFile(dir.resolve("schema.json")), "missing schema.json in " + dir);
                    assertTrue(ContractFiles.jsonFilesIn(dir.resolve("examples")).size() >= 2,
                            "need at least two valid examples in " + dir.resolve("examples"));
                    assertFalse(ContractFiles.jsonFilesIn(dir.resolve("invalid-examples")).isEmpty(),
                            "need at least one invalid example in " + dir.resolve("invalid-examples"));
                }));
    }

    @TestFactory
    Stream<DynamicTest> everySchemaIsAValidDraft202012Schema() {
        Schema meta = ContractFiles.metaSchema();
        return ContractFiles.eventSchemaFiles().stream().map(schemaFile -> DynamicTest.dynamicTest(
                ContractFiles.relative(schemaFile), () -> {
                    List<Error> errors = ContractFiles.validate(meta, schemaFile);
                    assertTrue(errors.isEmpty(), "not a valid JSON Schema:" + ContractFiles.describe(errors));
                    JsonNode schema = ContractFiles.readJson(schemaFile);
                    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
                    assertTrue(schema.path("$id").asText().endsWith("/" + ContractFiles.relative(schemaFile)),
                            "$id must end with the file's path: " + schema.path("$id").asText());
                }));
    }

    @TestFactory
    Stream<DynamicTest> everySchemaDefinesTheEnvelope() {
        JsonNode reference = ContractFiles.readJson(ContractFiles.eventSchemaFiles().get(0));
        return ContractFiles.eventSchemaFiles().stream().map(schemaFile -> DynamicTest.dynamicTest(
                ContractFiles.relative(schemaFile), () -> {
                    JsonNode schema = ContractFiles.readJson(schemaFile);
                    assertEquals(Set.copyOf(ENVELOPE_FIELDS), textSet(schema.path("required")),
                            "envelope fields must be required at the top level");
                    assertFalse(schema.path("additionalProperties").isBoolean()
                                    && !schema.path("additionalProperties").asBoolean(),
                            "events must allow additional properties (additive changes)");
                    for (String field : SHARED_ENVELOPE_FIELDS) {
                        assertEquals(reference.at("/properties/" + field), schema.at("/properties/" + field),
                                "envelope field " + field + " differs from " + ContractFiles.eventSchemaFiles().get(0));
                    }
                    for (String def : List.of("uuid", "date_time")) {
                        assertEquals(reference.at("/$defs/" + def), schema.at("/$defs/" + def),
                                "$defs/" + def + " differs from " + ContractFiles.eventSchemaFiles().get(0));
                    }
                    assertFalse(eventTypes(schema).isEmpty(), "event_type must be a const or an enum");
                }));
    }

    @TestFactory
    Stream<DynamicTest> validExamplesValidate() {
        Map<String, Path> eventIds = new HashMap<>();
        return ContractFiles.eventVersionDirs().stream().flatMap(dir -> {
            Path schemaFile = dir.resolve("schema.json");
            Schema schema = ContractFiles.loadSchema(schemaFile);
            JsonNode schemaJson = ContractFiles.readJson(schemaFile);
            String major = dir.getFileName().toString().substring(1);
            return ContractFiles.jsonFilesIn(dir.resolve("examples")).stream().map(example -> DynamicTest.dynamicTest(
                    ContractFiles.relative(example), () -> {
                        List<Error> errors = ContractFiles.validate(schema, example);
                        assertTrue(errors.isEmpty(), "valid example fails validation:" + ContractFiles.describe(errors));

                        JsonNode event = ContractFiles.readJson(example);
                        assertTrue(event.path("schema_version").asText().startsWith(major + "."),
                                "schema_version major must match folder v" + major);
                        assertTrue(eventTypes(schemaJson).contains(event.path("event_type").asText()));
                        assertAggregateIdMatchesPayload(event);
                        Path previous = eventIds.put(event.path("event_id").asText(), example);
                        assertEquals(null, previous, "event_id reused by " + previous);
                    }));
        });
    }

    @TestFactory
    Stream<DynamicTest> invalidExamplesFailForTheDocumentedReason() {
        return ContractFiles.eventVersionDirs().stream().flatMap(dir -> {
            Schema schema = ContractFiles.loadSchema(dir.resolve("schema.json"));
            Path invalidDir = dir.resolve("invalid-examples");
            Properties expectations = loadExpectations(invalidDir);
            return ContractFiles.jsonFilesIn(invalidDir).stream().map(example -> DynamicTest.dynamicTest(
                    ContractFiles.relative(example), () -> {
                        List<Error> errors = ContractFiles.validate(schema, example);
                        assertFalse(errors.isEmpty(), "invalid example passes validation");

                        String expected = expectations.getProperty(example.getFileName().toString());
                        if (expected == null) {
                            fail("no entry for " + example.getFileName() + " in " + invalidDir.resolve(EXPECTATIONS_FILE)
                                    + "; errors were:" + ContractFiles.describe(errors));
                        }
                        assertFailsAsExpected(expected.trim(), errors);
                    }));
        });
    }

    @TestFactory
    Stream<DynamicTest> expectationFilesNameOnlyExistingInvalidExamples() {
        return ContractFiles.eventVersionDirs().stream().map(dir -> DynamicTest.dynamicTest(
                ContractFiles.relative(dir), () -> {
                    Path invalidDir = dir.resolve("invalid-examples");
                    Set<String> files = ContractFiles.jsonFilesIn(invalidDir).stream()
                            .map(f -> f.getFileName().toString())
                            .collect(Collectors.toCollection(TreeSet::new));
                    assertEquals(files, new TreeSet<>(loadExpectations(invalidDir).stringPropertyNames()));
                }));
    }

    /** Additive evolution: unknown fields anywhere and a newer minor version must not break validation. */
    @TestFactory
    Stream<DynamicTest> schemasAcceptAdditiveChanges() {
        return ContractFiles.eventVersionDirs().stream().flatMap(dir -> {
            Schema schema = ContractFiles.loadSchema(dir.resolve("schema.json"));
            String major = dir.getFileName().toString().substring(1);
            return ContractFiles.jsonFilesIn(dir.resolve("examples")).stream().map(example -> DynamicTest.dynamicTest(
                    ContractFiles.relative(example), () -> {
                        ObjectNode event = (ObjectNode) ContractFiles.readJson(example);
                        event.put("schema_version", major + ".42");
                        event.put("trace_id", "added-in-a-later-minor");
                        addUnknownFieldToEveryObject(event.get("payload"));
                        List<Error> errors = ContractFiles.validate(schema, event);
                        assertTrue(errors.isEmpty(), "additive change rejected:" + ContractFiles.describe(errors));
                    }));
        });
    }

    /** Consumers reject an unknown major version: the schema of major N accepts only "N.x". */
    @TestFactory
    Stream<DynamicTest> schemasRejectOtherMajorVersions() {
        return ContractFiles.eventVersionDirs().stream().flatMap(dir -> {
            Schema schema = ContractFiles.loadSchema(dir.resolve("schema.json"));
            int major = Integer.parseInt(dir.getFileName().toString().substring(1));
            Path example = ContractFiles.jsonFilesIn(dir.resolve("examples")).get(0);
            return Stream.of(String.valueOf(major + 1) + ".0", "0.9", String.valueOf(major), "v" + major + ".0")
                    .map(version -> DynamicTest.dynamicTest(ContractFiles.relative(dir) + " schema_version=" + version,
                            () -> {
                                ObjectNode event = (ObjectNode) ContractFiles.readJson(example);
                                event.put("schema_version", version);
                                List<Error> errors = ContractFiles.validate(schema, event);
                                assertFalse(errors.isEmpty(), "schema_version " + version + " accepted");
                                assertTrue(errors.stream().allMatch(
                                        e -> e.getInstanceLocation().toString().equals("/schema_version")));
                            }));
        });
    }

    // ------------------------------------------------------------------ helpers

    static Set<String> eventTypes(JsonNode schema) {
        JsonNode eventType = schema.at("/properties/event_type");
        if (eventType.has("const")) {
            return Set.of(eventType.get("const").asText());
        }
        return textSet(eventType.path("enum"));
    }

    static Set<String> textSet(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    /** The envelope aggregate_id is the id of the aggregate the payload is about (and the Kafka key). */
    private static void assertAggregateIdMatchesPayload(JsonNode event) {
        JsonNode payload = event.path("payload");
        String aggregateId = event.path("aggregate_id").asText();
        if (payload.has("assessment_id")) {
            assertEquals(payload.get("assessment_id").asText(), aggregateId, "aggregate_id must be the assessment id");
        } else if (payload.has("partner_id")) {
            assertEquals(payload.get("partner_id").asText(), aggregateId, "aggregate_id must be the partner id");
        } else if (payload.has("library_id")) {
            assertEquals(payload.get("library_id").asText(), aggregateId, "aggregate_id must be the library id");
        } else if (payload.has("consortium")) {
            String key = "consortium:" + payload.get("consortium").asText().toLowerCase(Locale.ROOT);
            assertEquals(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString(), aggregateId,
                    "aggregate_id must be the name-based UUID of \"consortium:\" + the consortium in lower case");
        } else {
            fail("payload has neither assessment_id, partner_id, library_id nor consortium");
        }
    }

    /**
     * {@code expected} is {@code keyword@/json/pointer}. Every error must lie at or below the pointer (for
     * "required" errors the missing property is appended to the location) and at least one must be of the keyword.
     */
    private static void assertFailsAsExpected(String expected, List<Error> errors) {
        int at = expected.indexOf('@');
        assertTrue(at > 0, "expectation must look like keyword@/pointer: " + expected);
        String keyword = expected.substring(0, at);
        String pointer = expected.substring(at + 1);

        List<String> outside = new ArrayList<>();
        boolean keywordSeen = false;
        for (Error error : errors) {
            String location = location(error);
            if (!(location.equals(pointer) || location.startsWith(pointer + "/"))) {
                outside.add(error.toString());
            }
            keywordSeen |= keyword.equals(error.getKeyword());
        }
        assertTrue(outside.isEmpty(), "errors outside " + pointer + " (the example fails for another reason): "
                + outside);
        assertTrue(keywordSeen, "no '" + keyword + "' error; errors were:" + ContractFiles.describe(errors));
    }

    private static String location(Error error) {
        String location = error.getInstanceLocation().toString();
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            location = location + "/" + error.getProperty();
        }
        return location;
    }

    private static Properties loadExpectations(Path invalidDir) {
        Properties properties = new Properties();
        Path file = invalidDir.resolve(EXPECTATIONS_FILE);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private static void addUnknownFieldToEveryObject(JsonNode node) {
        if (node.isObject()) {
            List<JsonNode> children = new ArrayList<>();
            node.forEach(children::add);
            children.forEach(EventExamplesTest::addUnknownFieldToEveryObject);
            ((ObjectNode) node).put("x_future_field", true);
        } else if (node.isArray()) {
            node.forEach(EventExamplesTest::addUnknownFieldToEveryObject);
        }
    }
}

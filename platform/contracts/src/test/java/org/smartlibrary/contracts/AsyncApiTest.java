package org.smartlibrary.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The AsyncAPI document parses, documents every topic (partitions, key, producer) and only references existing files. */
class AsyncApiTest {

    /** Topics the design requires, with partitions and cleanup policy. */
    record Topic(int partitions, String cleanupPolicy, String keyMentions, String producer) {
    }

    static final Map<String, Topic> EXPECTED_TOPICS = Map.of(
            "assessment-completed", new Topic(6, "delete", "assessment", "assessment-service"),
            "library-directory", new Topic(6, "delete", "library", "assessment-service"),
            "partner-directory", new Topic(6, "compact", "partner", "partner-service"),
            "recommendations-ready", new Topic(6, "delete", "assessment", "matching-service"),
            "consortium-recommendations-ready", new Topic(6, "delete", "consortium", "matching-service"),
            "matching-dead-letter", new Topic(3, "delete", "original", "matching-service"));

    static final List<String> DLT_HEADERS = List.of(
            "dlt-reason", "dlt-original-topic", "dlt-original-partition", "dlt-original-offset", "dlt-event-id",
            "dlt-attempts");

    static JsonNode doc;
    static Path docDir;

    @BeforeAll
    static void load() {
        doc = ContractFiles.readYaml(ContractFiles.asyncApiFile());
        docDir = ContractFiles.asyncApiFile().getParent();
    }

    @Test
    void isAnAsyncApi3DocumentForKafka() {
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        assertFalse(doc.at("/info/title").asText().isBlank());
        assertFalse(doc.at("/info/version").asText().isBlank());
        assertEquals("application/json", doc.path("defaultContentType").asText());
        assertTrue(doc.path("servers").size() > 0);
        doc.path("servers").forEach(server -> assertEquals("kafka", server.path("protocol").asText()));
    }

    @Test
    void documentsExactlyTheDesignTopics() {
        Set<String> addresses = new TreeSet<>();
        doc.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        assertEquals(new TreeSet<>(EXPECTED_TOPICS.keySet()), addresses);
    }

    @TestFactory
    Stream<DynamicTest> everyTopicDocumentsPartitionsKeyAndProducer() {
        return channels().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            JsonNode channel = entry.getValue();
            String address = channel.path("address").asText();
            JsonNode kafka = channel.at("/bindings/kafka");
            Topic expected = EXPECTED_TOPICS.get(address);

            assertEquals(address, kafka.path("topic").asText(), "binding topic must equal the address");
            assertTrue(kafka.path("partitions").isInt() && kafka.path("partitions").asInt() > 0, "partitions");
            assertEquals(expected.partitions(), kafka.path("partitions").asInt(), "partitions of " + address);
            List<String> cleanup = new ArrayList<>();
            kafka.at("/topicConfiguration/cleanup.policy").forEach(p -> cleanup.add(p.asText()));
            assertEquals(List.of(expected.cleanupPolicy()), cleanup, "cleanup.policy of " + address);

            String key = channel.path("x-key").asText();
            assertTrue(key.contains(expected.keyMentions()), "x-key of " + address + " must document the key: " + key);
            assertEquals(expected.producer(), channel.path("x-producer").asText());
            assertTrue(channel.path("x-consumers").size() > 0, "x-consumers of " + address);

            assertTrue(channel.path("messages").size() > 0, "no messages on " + address);
            channel.path("messages").forEach(ref -> {
                JsonNode message = deref(ref);
                JsonNode messageKey = message.at("/bindings/kafka/key");
                assertFalse(messageKey.isMissingNode(), "message " + message.path("name") + " has no kafka key");
                assertFalse(messageKey.path("description").asText().isBlank(),
                        "message " + message.path("name") + " must describe its key");
            });
        }));
    }

    @Test
    void everyChannelHasTheDocumentedProducerAndConsumers() {
        Map<String, Set<String>> senders = new TreeMap<>();
        Map<String, Set<String>> receivers = new TreeMap<>();
        doc.path("operations").forEach(op -> {
            String address = deref(op.path("channel")).path("address").asText();
            String service = op.path("x-service").asText();
            assertFalse(service.isBlank(), "operation without x-service");
            String channelRef = op.at("/channel/$ref").asText();
            op.path("messages").forEach(m -> assertTrue(m.path("$ref").asText().startsWith(channelRef + "/messages/"),
                    "operation message " + m + " is not a message of its channel " + channelRef));
            (op.path("action").asText().equals("send") ? senders : receivers)
                    .computeIfAbsent(address, k -> new TreeSet<>()).add(service);
        });
        EXPECTED_TOPICS.forEach((address, topic) ->
                assertEquals(Set.of(topic.producer()), senders.get(address), "producer of " + address));
        assertEquals(Set.of("matching-service"), receivers.get("assessment-completed"));
        assertEquals(Set.of("matching-service"), receivers.get("partner-directory"));
        assertEquals(Set.of("matching-service"), receivers.get("library-directory"));
    }

    @Test
    void eventMessagesCarryEventIdAndTypeHeadersAndMatchTheirSchema() {
        Set<Path> referencedSchemas = new HashSet<>();
        int eventMessages = 0;
        for (JsonNode message : doc.at("/components/messages")) {
            String schemaRef = message.at("/payload/schema/$ref").asText();
            if (schemaRef.isEmpty()) {
                continue; // tombstone and dead-letter records: no event envelope
            }
            eventMessages++;
            assertTrue(message.at("/payload/schemaFormat").asText().contains("draft-2020-12"));
            Path schemaFile = docDir.resolve(schemaRef).normalize();
            referencedSchemas.add(schemaFile);

            Set<String> required = new TreeSet<>();
            String headerType = null;
            for (JsonNode part : headerParts(message.path("headers"))) {
                part.path("required").forEach(r -> required.add(r.asText()));
                if (part.at("/properties/event_type").has("const")) {
                    headerType = part.at("/properties/event_type/const").asText();
                }
            }
            assertTrue(required.containsAll(Set.of("event_id", "event_type")),
                    message.path("name") + " headers must require event_id and event_type: " + required);
            assertEquals(message.path("name").asText(), headerType, "header event_type const of " + message.path("name"));
            assertTrue(EventExamplesTest.eventTypes(ContractFiles.readJson(schemaFile)).contains(headerType),
                    headerType + " is not an event_type of " + schemaRef);
        }
        assertEquals(6, eventMessages);
        assertEquals(new HashSet<>(ContractFiles.eventSchemaFiles()), referencedSchemas,
                "every event schema must be referenced by a message, and only those");
    }

    @Test
    void deadLetterRecordsCarryProvenanceHeaders() {
        JsonNode deadLetter = deref(doc.at("/channels/matchingDeadLetter/messages/deadLetter"));
        JsonNode headers = deadLetter.path("headers");
        Set<String> properties = new TreeSet<>();
        headers.path("properties").properties().forEach(e -> properties.add(e.getKey()));
        assertTrue(properties.containsAll(DLT_HEADERS), "dead-letter headers: " + properties);
        Set<String> required = new TreeSet<>();
        headers.path("required").forEach(r -> required.add(r.asText()));
        assertTrue(required.containsAll(List.of("dlt-reason", "dlt-original-topic", "dlt-original-partition",
                "dlt-original-offset", "dlt-attempts")), "required dead-letter headers: " + required);
        assertTrue(properties.containsAll(required));
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertTrue(refs.size() > 10, "expected references in the document");
        Set<Path> files = new TreeSet<>();
        for (String ref : refs) {
            if (ref.startsWith("#")) {
                assertFalse(doc.at(ref.substring(1)).isMissingNode(), "dangling reference " + ref);
                continue;
            }
            String filePart = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
            Path file = docDir.resolve(filePart).normalize();
            assertTrue(file.startsWith(ContractFiles.root()), ref + " points outside the contracts folder");
            assertTrue(Files.isRegularFile(file), "referenced file does not exist: " + ref);
            JsonNode target = ContractFiles.readJson(file);
            if (ref.contains("#")) {
                assertFalse(target.at(ref.substring(ref.indexOf('#') + 1)).isMissingNode(), "dangling reference " + ref);
            }
            files.add(file);
        }
        assertTrue(files.size() >= 3, "schema files referenced: " + files);
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, JsonNode> channels() {
        Map<String, JsonNode> channels = new TreeMap<>();
        doc.path("channels").properties().forEach(e -> channels.put(e.getKey(), e.getValue()));
        return channels;
    }

    /** Follows local "#/..." references. */
    private static JsonNode deref(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            String ref = current.path("$ref").asText();
            assertTrue(ref.startsWith("#"), "not a local reference: " + ref);
            current = doc.at(ref.substring(1));
            assertFalse(current.isMissingNode(), "dangling reference " + ref);
        }
        return current;
    }

    /** A headers schema, or the members of its allOf, dereferenced. */
    private static List<JsonNode> headerParts(JsonNode headers) {
        List<JsonNode> parts = new ArrayList<>();
        JsonNode resolved = deref(headers);
        parts.add(resolved);
        resolved.path("allOf").forEach(part -> parts.add(deref(part)));
        return parts;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            if (node.path("$ref").isTextual()) {
                refs.add(node.get("$ref").asText());
            }
            node.forEach(child -> collectRefs(child, refs));
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}

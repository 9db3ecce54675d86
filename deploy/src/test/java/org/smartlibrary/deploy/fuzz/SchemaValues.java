package org.smartlibrary.deploy.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Values that conform to a JSON schema of an OpenAPI 3.1 document (a best effort: {@code pattern} is honoured only
 * through the examples), drawn from one {@link Random}. Examples are preferred where the schema has them: they
 * carry the taxonomy codes and combinations that a schema alone cannot express.
 */
final class SchemaValues {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] WORDS = {"robot", "library", "coding", "club", "grant", "makerspace", "laptops",
            "mentoring", "evaluation", "design", "volunteers", "reading"};

    private final ApiDocument document;
    private final Fixtures fixtures;
    private final Random random;

    SchemaValues(ApiDocument document, Fixtures fixtures, Random random) {
        this.document = document;
        this.fixtures = fixtures;
        this.random = random;
    }

    /** A value for {@code schema}; {@code name} (a property or parameter name) picks fixture ids for *_id fields. */
    JsonNode valid(JsonNode schemaOrRef, String name, int depth) {
        JsonNode schema = document.resolve(schemaOrRef);
        if (schema.isMissingNode() || schema.isNull()) {
            return NODES.textNode(word());
        }
        JsonNode example = example(schema);
        if (example != null && random.nextInt(10) < 6) {
            return example.deepCopy();
        }
        if (schema.has("const")) {
            return schema.get("const").deepCopy();
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size())).deepCopy();
        }
        if (schema.has("allOf")) {
            return allOf(schema, name, depth);
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (schema.has(choice) && !schema.get(choice).isEmpty()) {
                JsonNode options = schema.get(choice);
                List<JsonNode> nonNull = new ArrayList<>();
                options.forEach(o -> {
                    if (!"null".equals(document.resolve(o).path("type").asText())) {
                        nonNull.add(o);
                    }
                });
                List<JsonNode> from = nonNull.isEmpty() ? List.of(options.get(0)) : nonNull;
                return valid(from.get(random.nextInt(from.size())), name, depth);
            }
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, name, depth);
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" -> NODES.numberNode(integer(schema) + (random.nextBoolean() ? 0.5 : 0.0));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "null" -> NODES.nullNode();
            default -> NODES.textNode(string(schema, name));
        };
    }

    /** The schema's example (or first of its examples), parsed if it is JSON text; null when it has none. */
    JsonNode example(JsonNode schema) {
        JsonNode example = null;
        if (schema.has("example")) {
            example = schema.get("example");
        } else if (schema.path("examples").isArray() && !schema.get("examples").isEmpty()) {
            example = schema.get("examples").get(0);
        }
        return parsedIfJsonText(example, type(schema));
    }

    static JsonNode parsedIfJsonText(JsonNode example, String type) {
        if (example != null && example.isTextual() && (type.equals("object") || type.equals("array"))) {
            String text = example.asText().trim();
            if (text.startsWith("{") || text.startsWith("[")) {
                try {
                    return JSON.readTree(text);
                } catch (IOException notJson) {
                    return example;
                }
            }
        }
        return example;
    }

    /** The schema's type; with a 3.1 type list the first one that is not "null". */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "null";
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "string";
    }

    /** Names of the schema's required properties (following $ref and allOf). */
    Set<String> required(JsonNode schemaOrRef) {
        JsonNode schema = document.resolve(schemaOrRef);
        Set<String> required = new java.util.LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("allOf").forEach(part -> required.addAll(required(part)));
        return required;
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = required(schema);
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode propertySchema = document.resolve(property.getValue());
            if (propertySchema.path("readOnly").asBoolean(false)) {
                continue;
            }
            if (required.contains(property.getKey()) || (depth < 4 && random.nextInt(10) < 6)) {
                object.set(property.getKey(), valid(property.getValue(), property.getKey(), depth + 1));
            }
        }
        return object;
    }

    private JsonNode allOf(JsonNode schema, String name, int depth) {
        JsonNode merged = null;
        for (JsonNode part : schema.get("allOf")) {
            JsonNode value = valid(part, name, depth);
            if (merged == null) {
                merged = value;
            } else if (merged instanceof ObjectNode target && value instanceof ObjectNode source) {
                target.setAll(source);
            }
        }
        return merged == null ? NODES.objectNode() : merged;
    }

    private JsonNode array(JsonNode schema, String name, int depth) {
        ArrayNode array = NODES.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(3), Math.max(min, 3));
        int size = depth > 4 ? min : min + random.nextInt(Math.max(1, max - min + 1));
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < size; i++) {
            JsonNode item = valid(schema.path("items"), name, depth + 1);
            if (!schema.path("uniqueItems").asBoolean(false) || seen.add(item.toString())) {
                array.add(item);
            }
        }
        return array;
    }

    private long integer(JsonNode schema) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong()
                : schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber()
                ? schema.get("exclusiveMinimum").asLong() + 1 : 0;
        long max = schema.has("maximum") ? schema.get("maximum").asLong()
                : schema.has("exclusiveMaximum") && schema.get("exclusiveMaximum").isNumber()
                ? schema.get("exclusiveMaximum").asLong() - 1 : min + 1000;
        if (max < min) {
            return min;
        }
        return switch (random.nextInt(4)) {
            case 0 -> min;
            case 1 -> max;
            default -> min + (long) (random.nextDouble() * (max - min));
        };
    }

    private String string(JsonNode schema, String name) {
        String format = schema.path("format").asText("");
        String value = switch (format) {
            case "uuid" -> uuidFor(name);
            case "date" -> LocalDate.now().plusDays(random.nextInt(400) - 30).toString();
            case "date-time" -> Instant.now().minusSeconds(random.nextInt(86_400 * 400)).toString();
            case "email" -> word() + "@example.org";
            case "uri", "url" -> "https://example.org/" + word();
            default -> words(1 + random.nextInt(4));
        };
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        StringBuilder padded = new StringBuilder(value);
        while (padded.length() < min) {
            padded.append('x');
        }
        return padded.length() > max ? padded.substring(0, max) : padded.toString();
    }

    /** A fixture id for properties named like one (library_id, goal_id, partner_id...), else a random UUID. */
    String uuidFor(String name) {
        String kind = name == null ? "" : name.replace("_id", "").replace("Id", "");
        Fixtures.Item item = fixtures.any(kind, random);
        return item != null && random.nextInt(10) < 8 ? item.id() : randomUuid().toString();
    }

    UUID randomUuid() {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    String words(int count) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                words.append(' ');
            }
            words.append(word());
        }
        return words.toString();
    }
}

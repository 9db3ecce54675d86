package org.smartlibrary.testkit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates the examples of an OpenAPI 3.1 document against their schemas with JSON Schema 2020-12 (the dialect of
 * OpenAPI 3.1 schemas), format assertions on, {@code #/components/...} references resolved inside the document.
 * Objects that list their properties are closed ({@code unevaluatedProperties: false}), as the services refuse
 * unknown request fields and a response example must not show a field the schema does not name.
 */
final class ExampleValidator {

    private final JsonNode document;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    ExampleValidator(JsonNode document) {
        this.document = document;
    }

    /** The examples of one media type object that its schema refuses, each with its place. */
    List<String> check(String where, JsonNode media, boolean request) {
        List<String> invalid = new ArrayList<>();
        if (!media.has("schema")) {
            return invalid;
        }
        if (media.has("example")) {
            invalid.addAll(checkValue(where + " example", media.get("schema"), media.get("example"), request));
        }
        media.path("examples").fields().forEachRemaining(example -> {
            JsonNode value = example.getValue();
            if (value.has("$ref")) {
                value = document.at(value.get("$ref").asText().substring(1));
            }
            if (value.has("value")) {
                invalid.addAll(checkValue(where + " example '" + example.getKey() + "'", media.get("schema"),
                        value.get("value"), request));
            }
        });
        return invalid;
    }

    List<String> checkValue(String where, JsonNode schema, JsonNode value, boolean request) {
        Schema standalone = compiled.computeIfAbsent(schema.toString(), key -> compile(schema));
        List<String> invalid = new ArrayList<>();
        for (Error error : standalone.validate(value.toString(), InputFormat.JSON)) {
            invalid.add(where + ": " + error.getMessage());
        }
        return invalid;
    }

    /** The schema as a document of its own, with the document's components beside it for its references. */
    private Schema compile(JsonNode schema) {
        ObjectNode standalone = schema.deepCopy();
        standalone.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
        ObjectNode components = document.path("components").deepCopy();
        closeObjects(components);
        closeObjects(standalone);
        standalone.set("components", components);
        return registry.getSchema(standalone.toString(), InputFormat.JSON);
    }

    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && object.get("properties").isObject() && !object.has("additionalProperties")
                    && !object.has("unevaluatedProperties")) {
                object.put("unevaluatedProperties", false);
            }
            object.elements().forEachRemaining(ExampleValidator::closeObjects);
        } else if (node != null && node.isArray()) {
            node.elements().forEachRemaining(ExampleValidator::closeObjects);
        }
    }
}

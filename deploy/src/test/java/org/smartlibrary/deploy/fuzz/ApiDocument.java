package org.smartlibrary.deploy.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A service's OpenAPI document ({@code GET /q/openapi?format=json}) as the fuzzer reads it: the operations under
 * {@code /api/}, their parameters, request bodies and security, with {@code $ref}s to {@code #/components/...}
 * resolved on demand.
 */
final class ApiDocument {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** One parameter: path, query or header. */
    record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {
    }

    /** One operation; {@code body} maps each request media type to its schema (empty: no body). */
    record Operation(String method, String path, List<Parameter> parameters, boolean bodyRequired,
                     Map<String, JsonNode> body, JsonNode bodyExample, List<String> roles, boolean secured) {

        List<Parameter> in(String location) {
            return parameters.stream().filter(p -> p.in().equals(location)).toList();
        }

        boolean takesJson() {
            return body.containsKey("application/json");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final String text;
    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();

    ApiDocument(String text) {
        this.text = text;
        try {
            this.root = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON OpenAPI document", e);
        }
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(operation(path.getKey(), method, path.getValue(), operation));
                }
            }
        }
    }

    String text() {
        return text;
    }

    JsonNode root() {
        return root;
    }

    String version() {
        return root.path("openapi").asText();
    }

    List<Operation> operations() {
        return operations;
    }

    /** Follows {@code $ref}s (any depth) to the node they name; other nodes are returned as they are. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 20 && current != null && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return MissingNode.getInstance();
            }
            JsonNode target = root;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current == null ? MissingNode.getInstance() : current;
    }

    private Operation operation(String path, String method, JsonNode pathItem, JsonNode operation) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode raw : source) {
                JsonNode parameter = resolve(raw);
                String in = parameter.path("in").asText();
                String name = parameter.path("name").asText();
                JsonNode example = parameter.has("example") ? parameter.get("example")
                        : firstExample(parameter.path("examples"));
                parameters.put(in + ":" + name, new Parameter(name, in,
                        parameter.path("required").asBoolean(in.equals("path")), parameter.path("schema"), example));
            }
        }
        Map<String, JsonNode> body = new LinkedHashMap<>();
        JsonNode example = MissingNode.getInstance();
        JsonNode requestBody = resolve(operation.path("requestBody"));
        Iterator<Map.Entry<String, JsonNode>> content = requestBody.path("content").fields();
        while (content.hasNext()) {
            Map.Entry<String, JsonNode> media = content.next();
            body.put(media.getKey(), media.getValue().path("schema"));
            if (example.isMissingNode()) {
                example = media.getValue().has("example") ? media.getValue().get("example")
                        : firstExample(media.getValue().path("examples"));
            }
        }
        List<String> roles = new ArrayList<>();
        boolean secured = false;
        for (JsonNode requirement : operation.path("security")) {
            Iterator<Map.Entry<String, JsonNode>> schemes = requirement.fields();
            while (schemes.hasNext()) {
                secured = true;
                schemes.next().getValue().forEach(role -> roles.add(role.asText()));
            }
        }
        return new Operation(method.toUpperCase(Locale.ROOT), path, List.copyOf(parameters.values()),
                requestBody.path("required").asBoolean(false), body, example, List.copyOf(roles), secured);
    }

    private JsonNode firstExample(JsonNode examples) {
        if (examples.isArray() && !examples.isEmpty()) {
            return examples.get(0);
        }
        Iterator<JsonNode> values = examples.elements();
        if (values.hasNext()) {
            JsonNode first = resolve(values.next());
            return first.has("value") ? first.get("value") : MissingNode.getInstance();
        }
        return MissingNode.getInstance();
    }
}

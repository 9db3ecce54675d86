package org.smartlibrary.testkit.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Reads the operations of the running service's OpenAPI document ({@code /q/openapi}). */
public final class OpenApiOperations {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private OpenApiOperations() {
    }

    /** Every operation under {@code /api/}, in document order. */
    public static List<ApiOperation> ofRunningService() {
        String document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        return parse(document);
    }

    static List<ApiOperation> parse(String document) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ApiOperation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(operation(root, path.getKey(), method, operation));
                }
            }
        }
        return operations;
    }

    private static ApiOperation operation(JsonNode root, String path, String method, JsonNode operation) {
        List<String> roles = new ArrayList<>();
        boolean secured = false;
        for (JsonNode requirement : operation.path("security")) {
            Iterator<Map.Entry<String, JsonNode>> schemes = requirement.fields();
            while (schemes.hasNext()) {
                secured = true;
                schemes.next().getValue().forEach(role -> roles.add(role.asText()));
            }
        }
        List<String> pathParameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                pathParameters.add(parameter.path("name").asText());
            }
        }
        return new ApiOperation(method.toUpperCase(Locale.ROOT), path, secured, List.copyOf(roles),
                List.copyOf(pathParameters), requestExample(root, operation));
    }

    private static JsonNode requestExample(JsonNode root, JsonNode operation) {
        JsonNode json = operation.path("requestBody").path("content").path("application/json");
        if (json.isMissingNode()) {
            return null;
        }
        if (json.has("example")) {
            return json.get("example");
        }
        Iterator<JsonNode> examples = json.path("examples").elements();
        if (examples.hasNext()) {
            return examples.next().path("value");
        }
        JsonNode schema = json.path("schema");
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            schema = root.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        // OpenAPI 3.1 writes a schema's examples as an array
        JsonNode schemaExamples = schema.path("examples");
        return schemaExamples.isArray() && !schemaExamples.isEmpty() ? schemaExamples.get(0) : MissingNode.getInstance();
    }
}

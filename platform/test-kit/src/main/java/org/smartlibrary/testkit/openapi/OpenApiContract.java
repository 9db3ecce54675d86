package org.smartlibrary.testkit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a client generator or a validating proxy needs of a service's OpenAPI document, checked on the document the
 * service serves. A service's {@code @QuarkusTest} extends this class. Each rule lists every place that breaks it.
 */
public abstract class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern PATH_PARAMETER = Pattern.compile("/([^/{}]+)/\\{([^}]+)}");
    /** Constructs of Java regular expressions that ECMA-262 (JSON Schema's dialect) does not have or reads otherwise. */
    private static final List<String> NOT_PORTABLE = List.of("(?", "\\p{", "\\P{", "\\A", "\\Z", "\\z", "\\G", "*+", "++",
            "?+", "}+", "\\Q", "\\E", "\\h", "\\R", "\\X");

    private String text;
    private JsonNode document;

    @BeforeEach
    void readTheServedDocument() throws Exception {
        text = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        document = JSON.readTree(text);
    }

    @Test
    void aMaintainedParserReadsTheDocumentWithoutMessages() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        assertTrue(result.getOpenAPI() != null, "the document could not be parsed");
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages());
    }

    @Test
    void everyOperationHasAUniqueOperationId() {
        Map<String, List<String>> byId = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        forEachOperation((path, method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            if (!operation.hasNonNull("operationId") || operation.get("operationId").asText().isBlank()) {
                missing.add(where);
            } else {
                byId.computeIfAbsent(operation.get("operationId").asText(), id -> new ArrayList<>()).add(where);
            }
        });
        assertEquals(List.of(), missing, "operations without an operationId");
        byId.values().removeIf(places -> places.size() == 1);
        assertEquals(Map.of(), byId, "operationIds used more than once");
    }

    @Test
    void eachResourceHasOnePathParameterName() {
        Map<String, Set<String>> namesBySegment = new TreeMap<>();
        document.path("paths").fieldNames().forEachRemaining(path -> {
            Matcher matcher = PATH_PARAMETER.matcher(path);
            int from = 0;
            while (matcher.find(from)) {
                namesBySegment.computeIfAbsent(matcher.group(1), segment -> new LinkedHashSet<>()).add(matcher.group(2));
                from = matcher.end() - 1;
            }
        });
        Map<String, Set<String>> ambiguous = new TreeMap<>();
        namesBySegment.forEach((segment, names) -> {
            if (names.size() > 1 || names.contains("id")) {
                ambiguous.put(segment, names);
            }
        });
        assertEquals(Map.of(), ambiguous, "resources whose id goes by several names, or by the bare name 'id'");
    }

    @Test
    void noReferenceCarriesSiblingKeywords() {
        List<String> places = new ArrayList<>();
        walk(document, "#", (pointer, node) -> {
            if (node.isObject() && node.has("$ref") && node.size() > 1) {
                places.add(pointer);
            }
        });
        assertEquals(List.of(), places, "$ref with sibling keywords (wrap them in allOf)");
    }

    @Test
    void everyRequestBodyAndSuccessResponseHasAnExample() {
        List<String> missing = new ArrayList<>();
        forEachOperation((path, method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            operation.path("requestBody").path("content").fields().forEachRemaining(media -> {
                if (!hasExample(media.getValue())) {
                    missing.add(where + " request " + media.getKey());
                }
            });
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    resolve(response.getValue()).path("content").fields().forEachRemaining(media -> {
                        if (!hasExample(media.getValue())) {
                            missing.add(where + " " + response.getKey() + " " + media.getKey());
                        }
                    });
                }
            });
        });
        assertEquals(List.of(), missing, "request bodies and success responses without an example");
    }

    @Test
    void everyResponseHeaderHasASchema() {
        List<String> missing = new ArrayList<>();
        forEachOperation((path, method, operation) -> operation.path("responses").fields().forEachRemaining(response ->
                resolve(response.getValue()).path("headers").fields().forEachRemaining(header -> {
                    if (!resolve(header.getValue()).has("schema")) {
                        missing.add(method.toUpperCase() + " " + path + " " + response.getKey() + " " + header.getKey());
                    }
                })));
        assertEquals(List.of(), missing, "response headers without a schema");
    }

    @Test
    void everyExampleIsValidAgainstItsSchema() {
        ExampleValidator validator = new ExampleValidator(document);
        List<String> invalid = new ArrayList<>();
        forEachOperation((path, method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            operation.path("requestBody").path("content").fields().forEachRemaining(media ->
                    invalid.addAll(validator.check(where + " request", media.getValue(), true)));
            operation.path("responses").fields().forEachRemaining(response ->
                    resolve(response.getValue()).path("content").fields().forEachRemaining(media ->
                            invalid.addAll(validator.check(where + " " + response.getKey(), media.getValue(), false))));
            operation.path("parameters").forEach(parameter -> {
                if (parameter.has("example") && parameter.has("schema")) {
                    invalid.addAll(validator.checkValue(where + " parameter " + parameter.path("name").asText(),
                            parameter.get("schema"), parameter.get("example"), true));
                }
            });
        });
        assertEquals(List.of(), invalid, "examples that their own schema refuses");
    }

    @Test
    void responseObjectsListTheirRequiredProperties() {
        // a response object's properties are always present (null rather than left out), so it names them
        Set<String> names = new LinkedHashSet<>();
        forEachOperation((path, method, operation) -> operation.path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                walk(resolve(response.getValue()).path("content"), "", (pointer, node) -> collectReferences(node, names));
            }
        }));
        Set<String> requestNames = new LinkedHashSet<>();
        forEachOperation((path, method, operation) -> walk(operation.path("requestBody"), "", (pointer, node) ->
                collectReferences(node, requestNames)));
        Set<String> requestObjects = reachableSchemas(requestNames);
        List<String> without = new ArrayList<>();
        for (String name : reachableSchemas(names)) {
            if (requestObjects.contains(name)) {
                continue; // shared with requests: required lists what a request must send
            }
            JsonNode schema = document.path("components").path("schemas").path(name);
            if (schema.path("properties").size() > 0 && schema.path("required").size() == 0) {
                without.add(name);
            }
        }
        assertEquals(List.of(), without, "response objects that list no required property");
    }

    @Test
    void everyPatternIsPortable() {
        List<String> places = new ArrayList<>();
        walk(document, "#", (pointer, node) -> {
            if (node.isObject() && node.path("pattern").isTextual()) {
                String pattern = node.get("pattern").asText();
                boolean portable = NOT_PORTABLE.stream().noneMatch(pattern::contains);
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    portable = false;
                }
                if (!portable) {
                    places.add(pointer + ": " + pattern);
                }
            }
        });
        assertEquals(List.of(), places, "patterns outside the ECMA-262 subset JSON Schema uses");
    }

    // --- reading the document ---

    private interface OperationVisitor {
        void visit(String path, String method, JsonNode operation);
    }

    private interface NodeVisitor {
        void visit(String pointer, JsonNode node);
    }

    private void forEachOperation(OperationVisitor visitor) {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                visitor.visit(path.getKey(), method.getKey(), method.getValue());
            }
        }));
    }

    private static void walk(JsonNode node, String pointer, NodeVisitor visitor) {
        visitor.visit(pointer, node);
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    walk(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }

    /** A response given as a reference to {@code #/components/responses/...}, read from there. */
    private JsonNode resolve(JsonNode response) {
        if (response.has("$ref")) {
            String ref = response.get("$ref").asText();
            return document.at(ref.substring(1));
        }
        return response;
    }

    private static boolean hasExample(JsonNode media) {
        return media.has("example") || media.path("examples").size() > 0;
    }

    private static void collectReferences(JsonNode node, Set<String> names) {
        if (node.isObject() && node.path("$ref").asText().startsWith("#/components/schemas/")) {
            names.add(node.get("$ref").asText().substring("#/components/schemas/".length()));
        }
    }

    private Set<String> reachableSchemas(Set<String> roots) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(roots);
        Map<String, Set<String>> cache = new HashMap<>();
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            if (seen.add(name)) {
                Set<String> referred = cache.computeIfAbsent(name, key -> {
                    Set<String> found = new LinkedHashSet<>();
                    walk(document.path("components").path("schemas").path(key), "", (pointer, node) ->
                            collectReferences(node, found));
                    return found;
                });
                pending.addAll(referred);
            }
        }
        return seen;
    }
}

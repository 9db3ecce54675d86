package org.smartlibrary.deploy.fuzz;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a response conforms to the service's OpenAPI document.
 *
 * <p>Two validators share the work, because the services publish OpenAPI <b>3.1</b> and
 * {@code swagger-request-validator} (2.46.0) validates bodies with a JSON Schema draft-04 engine
 * (java-json-tools) that does not read 3.1 schemas as 3.1 means them (type lists such as
 * {@code ["string","null"]}, numeric {@code exclusiveMinimum}, {@code $ref} with siblings, {@code examples}):
 * <ul>
 *   <li>{@code swagger-request-validator} finds the operation by method and path and checks the <b>status</b>
 *       (documented for the operation), the <b>Content-Type</b> (one the status documents) and the documented
 *       response headers; its body-schema messages are switched off;</li>
 *   <li>the <b>body</b> is validated by {@code com.networknt:json-schema-validator} (draft 2020-12, the dialect
 *       OpenAPI 3.1 schemas are written in, format assertions on) against the schema the document gives for that
 *       status and media type, with {@code #/components/...} references resolved inside the same document.</li>
 * </ul>
 */
final class Conformance {

    private final ApiDocument document;
    private final OpenApiInteractionValidator validator;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    Conformance(ApiDocument document) {
        this.document = document;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document.text())
                .withLevelResolver(LevelResolver.create()
                        // bodies: networknt below (2020-12); the draft-04 engine would misjudge 3.1 schemas
                        .withLevel("validation.response.body.schema", ValidationReport.Level.IGNORE)
                        .withLevel("validation.schema", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.body.schema", ValidationReport.Level.IGNORE)
                        // who may call is the services' business (401/403/404 by tenant), not the schema's
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        // OpenAPI does not forbid query parameters a path does not list; the services ignore them
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.IGNORE)
                        // Accept is a preference; whether the response's content type is documented is checked above
                        .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** The ways the response departs from the document (empty when it conforms). */
    List<String> check(RequestGenerator.FuzzRequest request, int status, Map<String, List<String>> headers, String body) {
        List<String> problems = new ArrayList<>();
        if (!isUri(request.target()) || !validHeaderValues(request.headers())) {
            // not an HTTP request the document can describe: Quarkus refuses a request target that is not a URI
            // (java.net.URI, e.g. a malformed percent-encoding), and Netty a header value with a control character
            // (RFC 9110 5.5), with a bare 400 before any application code runs
            if (status != 400) {
                problems.add("a request with a target that is not a URI or a header value with a control character "
                        + "answered " + status + " instead of 400");
            }
            return problems;
        }
        String contentType = first(headers, "content-type");
        if (hasDotSegments(request.path())) {
            // "/needs/.." is "/" of the assessment: the server resolves dot segments, so the target is another
            // resource than the operation's (or none); what is left to ask is a problem document for an error
            if (status >= 400 && !Problem.isProblem(contentType)) {
                problems.add("a path with dot segments answered " + status + " without a problem document");
            }
            return problems;
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        headers.forEach((name, values) -> response.withHeader(name, values));
        ValidationReport report = validator.validateResponse(request.path(),
                Request.Method.valueOf(request.operation().method()), response.build());
        boolean pathKnown = true;
        boolean ndjson = isNdjson(contentType);
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                if (ndjson && message.getKey().equals("validation.response.body.missing")) {
                    continue; // NDJSON of no records is an empty body; its schema is that of one line
                }
                if (message.getKey().endsWith(".path.missing")) {
                    pathKnown = false;
                } else {
                    problems.add(message.getKey() + ": " + message.getMessage());
                }
            }
        }
        if (!pathKnown) {
            // a path value that makes the path another shape (an empty or dot segment): no operation documents it,
            // so the least the response must be is a problem document
            if (!Problem.isProblem(contentType)) {
                problems.add("path not in the document and the " + status + " response is not application/problem+json");
            }
            return problems;
        }
        JsonNode schema = responseSchema(request.operation(), status, contentType);
        if (schema != null && body != null && !body.isEmpty()) {
            // NDJSON: the schema is one line's, so each line is checked on its own
            List<String> documents = ndjson ? body.lines().filter(line -> !line.isBlank()).toList() : List.of(body);
            for (int line = 0; line < documents.size() && problems.size() < 10; line++) {
                String where = ndjson ? "body line " + (line + 1) + ": " : "body: ";
                for (Error error : schema(request.operation(), status, contentType, schema)
                        .validate(documents.get(line), InputFormat.JSON)) {
                    problems.add(where + error.toString());
                    if (problems.size() >= 10) {
                        break;
                    }
                }
            }
        }
        return problems;
    }

    /**
     * The ways the request departs from the document, by both validators: swagger-request-validator for the
     * operation, parameters, headers and content type; networknt (2020-12) for a JSON body. Empty: the document
     * accepts the request, so the service must not refuse it as invalid (400).
     */
    List<String> requestProblems(RequestGenerator.FuzzRequest request) {
        List<String> problems = new ArrayList<>();
        if (!isUri(request.target()) || !validHeaderValues(request.headers()) || hasDotSegments(request.path())) {
            problems.add("not a request the document can describe");
            return problems;
        }
        Map<String, List<String>> query = queryParameters(request.query());
        if (query == null) {
            problems.add("query: undecodable " + request.query());
            return problems;
        }
        SimpleRequest.Builder built = new SimpleRequest.Builder(request.operation().method(), request.path());
        query.forEach((name, values) -> values.forEach(value -> built.withQueryParam(name, value)));
        request.headers().forEach(built::withHeader);
        String bodyText = request.body() == null ? null : new String(request.body(), java.nio.charset.StandardCharsets.UTF_8);
        if (bodyText != null && !bodyText.isEmpty()) {
            built.withBody(bodyText);
        }
        try {
            for (ValidationReport.Message message : validator.validateRequest(built.build()).getMessages()) {
                if (message.getLevel() == ValidationReport.Level.ERROR) {
                    problems.add(message.getKey() + ": " + message.getMessage());
                }
            }
        } catch (RuntimeException unreadable) {
            // e.g. a body nested deeper than a JSON parser reads: no document accepts it
            problems.add("request unreadable by the validator: " + unreadable.getClass().getSimpleName());
            return problems;
        }
        problems.addAll(parameterProblems(request, query));
        String contentType = first(toLists(request.headers()), "content-type");
        JsonNode schema = request.operation().body().get("application/json");
        if (problems.isEmpty() && schema != null && bodyText != null && !bodyText.isEmpty() && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            JsonNode json;
            try {
                json = SchemaValues.JSON.readTree(bodyText);
            } catch (java.io.IOException | RuntimeException malformed) {
                problems.add("body: not JSON");
                return problems;
            }
            try {
                for (Error error : schema(request.operation(), 0, "request", schema).validate(json.toString(), InputFormat.JSON)) {
                    problems.add("request body: " + error);
                    if (problems.size() >= 5) {
                        break;
                    }
                }
            } catch (RuntimeException unreadable) {
                problems.add("request body unreadable by the validator: " + unreadable.getClass().getSimpleName());
            }
        }
        return problems;
    }

    private static boolean isNdjson(String contentType) {
        return contentType != null && contentType.split(";")[0].trim().toLowerCase(Locale.ROOT).endsWith("ndjson");
    }

    /**
     * Query and header values against their schemas with networknt (2020-12): swagger-request-validator's draft-04
     * engine does not read the 3.1 parameter schemas (type lists, references beside keywords) the way 3.1 means them.
     * A value is read as the JSON its schema's type asks for (an integer, a boolean, a string); an array parameter is
     * checked item by item.
     */
    private List<String> parameterProblems(RequestGenerator.FuzzRequest request, Map<String, List<String>> query) {
        List<String> problems = new ArrayList<>();
        for (ApiDocument.Parameter parameter : request.operation().parameters()) {
            List<String> values = switch (parameter.in()) {
                case "query" -> query.getOrDefault(parameter.name(), List.of());
                case "header" -> request.headers().entrySet().stream()
                        .filter(header -> header.getKey().equalsIgnoreCase(parameter.name()))
                        .map(Map.Entry::getValue).toList();
                default -> List.of();
            };
            if (values.isEmpty() || parameter.schema() == null || parameter.schema().isMissingNode()) {
                continue;
            }
            JsonNode schema = parameter.schema();
            boolean array = "array".equals(typeOf(schema));
            JsonNode itemSchema = array ? schema.path("items") : schema;
            String itemType = typeOf(itemSchema);
            for (String value : values) {
                JsonNode json = asJson(value, itemType);
                try {
                    for (Error error : schema(request.operation(), -1, parameter.in() + ":" + parameter.name(), itemSchema)
                            .validate(json.toString(), InputFormat.JSON)) {
                        problems.add(parameter.in() + " " + parameter.name() + ": " + error);
                    }
                } catch (RuntimeException unreadable) {
                    problems.add(parameter.in() + " " + parameter.name() + ": unreadable by the validator");
                }
            }
        }
        return problems;
    }

    /** The JSON type a schema asks for, looking through a reference or a composition (null: any). */
    private String typeOf(JsonNode schema) {
        for (int depth = 0; depth < 5 && schema != null && !schema.isMissingNode(); depth++) {
            JsonNode type = schema.path("type");
            if (type.isTextual()) {
                return type.asText();
            }
            if (type.isArray()) {
                for (JsonNode option : type) {
                    if (!"null".equals(option.asText())) {
                        return option.asText();
                    }
                }
            }
            if (schema.has("$ref")) {
                schema = document.root().at(schema.get("$ref").asText().substring(1));
            } else if (schema.has("allOf")) {
                schema = schema.path("allOf").path(0);
            } else if (schema.has("anyOf")) {
                schema = schema.path("anyOf").path(0);
            } else {
                return null;
            }
        }
        return null;
    }

    /** A parameter value as the JSON of its schema's type; a value that is not of that type stays a string. */
    private static JsonNode asJson(String value, String type) {
        if ("integer".equals(type) || "number".equals(type)) {
            if (value.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                try {
                    return SchemaValues.JSON.readTree(value);
                } catch (java.io.IOException notANumber) {
                    return SchemaValues.JSON.getNodeFactory().textNode(value);
                }
            }
        } else if ("boolean".equals(type) && (value.equals("true") || value.equals("false"))) {
            return SchemaValues.JSON.getNodeFactory().booleanNode(Boolean.parseBoolean(value));
        }
        return SchemaValues.JSON.getNodeFactory().textNode(value);
    }

    /** The decoded query parameters in their order, or null when a name or value cannot be decoded. */
    private static Map<String, List<String>> queryParameters(String query) {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name == null || value == null) {
                return null;
            }
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException undecodable) {
            return null;
        }
    }

    private static Map<String, List<String>> toLists(Map<String, String> headers) {
        Map<String, List<String>> lists = new java.util.HashMap<>();
        headers.forEach((name, value) -> lists.put(name, List.of(value)));
        return lists;
    }

    /** The documented schema for this status and media type, or null (undocumented: reported by the validator). */
    private JsonNode responseSchema(ApiDocument.Operation operation, int status, String contentType) {
        JsonNode responses = document.root().path("paths").path(operation.path())
                .path(operation.method().toLowerCase(Locale.ROOT)).path("responses");
        JsonNode response = responses.path(Integer.toString(status));
        if (response.isMissingNode()) {
            response = responses.path((status / 100) + "XX");
        }
        if (response.isMissingNode()) {
            response = responses.path("default");
        }
        response = document.resolve(response);
        if (response.isMissingNode() || contentType == null) {
            return null;
        }
        String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        Iterator<Map.Entry<String, JsonNode>> content = response.path("content").fields();
        while (content.hasNext()) {
            Map.Entry<String, JsonNode> media = content.next();
            if (media.getKey().equalsIgnoreCase(mediaType) || media.getKey().equals("*/*")) {
                return media.getValue().path("schema").isMissingNode() ? null : media.getValue().path("schema");
            }
        }
        return null;
    }

    /** The schema as a 2020-12 document whose {@code components} are the OpenAPI document's (for its $refs). */
    private Schema schema(ApiDocument.Operation operation, int status, String contentType, JsonNode schema) {
        String key = operation + " " + status + " " + contentType;
        return schemas.computeIfAbsent(key, k -> {
            ObjectNode standalone = schema.deepCopy();
            if (!standalone.isObject()) {
                standalone = SchemaValues.JSON.createObjectNode();
            }
            ObjectNode components = document.root().path("components").deepCopy();
            closeObjects(standalone);
            closeObjects(components);
            standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            standalone.set("components", components);
            return registry.getSchema(standalone.toString(), InputFormat.JSON);
        });
    }

    private static boolean hasDotSegments(String path) {
        try {
            return !new java.net.URI(path).normalize().getRawPath().equals(path);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /**
     * Strict about property names: an object schema that lists its properties and says nothing about others gets
     * {@code unevaluatedProperties: false} (2020-12, so that allOf/$ref compositions still see each other's
     * properties), as swagger-request-validator does for 3.0 by default. A response field the document does not
     * name (or names differently, e.g. camelCase for snake_case) is then a finding.
     */
    private static void closeObjects(com.fasterxml.jackson.databind.JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && object.get("properties").isObject() && !object.has("additionalProperties")
                    && !object.has("unevaluatedProperties")) {
                object.put("unevaluatedProperties", false);
            }
            object.elements().forEachRemaining(Conformance::closeObjects);
        } else if (node != null && node.isArray()) {
            node.elements().forEachRemaining(Conformance::closeObjects);
        }
    }

    /** RFC 9110 field values: visible characters, spaces and tabs, no other control characters. */
    static boolean validHeaderValues(Map<String, String> headers) {
        for (String value : headers.values()) {
            for (char c : value.toCharArray()) {
                if ((c < 0x20 && c != '\t') || c == 0x7F) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean isUri(String target) {
        try {
            new java.net.URI(target);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        return null;
    }

    /** Problem documents (RFC 9457). */
    static final class Problem {
        private Problem() {
        }

        static boolean isProblem(String contentType) {
            return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
        }
    }
}

package org.smartlibrary.assessment.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.smartlibrary.contracts.taxonomy.Taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the API is documented: summary, tag, the roles that may call it, every response with a schema
 * and an example.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Taxonomy taxonomy;

    @Test
    void everyOperationHasSummaryTagsAndDocumentedResponses() throws Exception {
        JsonNode document = objectMapper.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) document.path("paths")::fields) {
            // the kit's operations endpoints (/api/v1/admin) are documented by the kit
            if (!path.getKey().startsWith("/api/v1/") || path.getKey().startsWith("/api/v1/admin/")) {
                continue;
            }
            for (var operation : (Iterable<java.util.Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                if (op.path("summary").asText().isBlank()) {
                    problems.add(name + ": no summary");
                }
                if (op.path("tags").isEmpty()) {
                    problems.add(name + ": no tag");
                }
                // nothing of this service is public: every operation names the roles that may call it
                if (op.path("security").path(0).path("bearer").isEmpty()) {
                    problems.add(name + ": no bearer security requirement with roles");
                }
                for (var response : (Iterable<java.util.Map.Entry<String, JsonNode>>) op.path("responses")::fields) {
                    JsonNode resolved = resolve(document, response.getValue());
                    if (response.getKey().equals("204")) {
                        continue;
                    }
                    JsonNode content = resolved.path("content");
                    if (content.isEmpty()) {
                        problems.add(name + " " + response.getKey() + ": no content");
                        continue;
                    }
                    content.fields().forEachRemaining(media -> {
                        if (media.getValue().path("schema").isMissingNode()) {
                            problems.add(name + " " + response.getKey() + " " + media.getKey() + ": no schema");
                        }
                        if (response.getKey().startsWith("4") && !media.getKey().equals("application/problem+json")) {
                            problems.add(name + " " + response.getKey() + ": errors must be application/problem+json");
                        }
                        if (response.getKey().startsWith("4") && media.getValue().path("examples").isEmpty()) {
                            problems.add(name + " " + response.getKey() + ": no example");
                        }
                    });
                }
            }
        }
        assertTrue(operations >= 25, "expected the whole API, found " + operations + " operations");
        assertEquals(List.of(), problems);
        JsonNode schemas = document.path("components").path("schemas");
        JsonNode needRequest = schemas.path("NeedRequest").path("properties");
        JsonNode typeProperty = needRequest.path("type");
        String example = typeProperty.has("examples") ? typeProperty.path("examples").path(0).asText()
                : typeProperty.path("example").asText();
        assertEquals("TECHNOLOGY.ROBOTICS", example, typeProperty::toString);
        assertTrue(needRequest.has("current_capacity"), "schemas use the snake_case JSON names");
        // the documented money periods are the taxonomy's (the taxonomy's MoneyPeriod schema, referred to)
        List<String> periods = List.copyOf(taxonomy.moneyPeriods());
        assertEquals(periods, texts(codeList(document, needRequest.path("period")).path("enum")), needRequest.path("period")::toString);
        assertTrue(needRequest.path("period").path("description").asText().contains("FINANCIAL.STAFFING"),
                "the period is explained with an example");
        JsonNode moneyTotal = schemas.path("MoneyTotal").path("properties");
        assertEquals(periods, texts(codeList(document, moneyTotal.path("period")).path("enum")), moneyTotal::toString);
        // a quantity need shows period null: the response schemas must allow it (an enum without null would not)
        for (String schema : List.of("Need", "TopNeed")) {
            JsonNode period = schemas.path(schema).path("properties").path("period");
            assertTrue(period.path("type").toString().contains("\"null\"")
                    || period.path("anyOf").toString().contains("{\"type\":\"null\"}"), () -> schema + ".period: " + period);
            assertTrue(!period.has("enum") || period.path("enum").toString().contains("null"), () -> schema + ".period: " + period);
        }

        assertEquals(List.of("platform-admin"), roles(document, "/api/v1/libraries", "post"));
        assertEquals(List.of("library-staff", "consortium-analyst", "portal", "platform-admin"),
                roles(document, "/api/v1/libraries/{libraryId}", "get"));
        assertEquals(List.of("library-staff", "portal", "platform-admin"), roles(document, "/api/v1/assessments/{assessmentId}", "get"));
        assertEquals(List.of("library-staff"), roles(document, "/api/v1/assessments/{assessmentId}/needs", "post"));
        assertEquals(List.of("consortium-analyst", "portal", "platform-admin"),
                roles(document, "/api/v1/consortia/{consortiumId}/needs-aggregate", "get"));
        JsonNode needsPost = document.path("paths").path("/api/v1/assessments/{assessmentId}/needs").path("post");
        assertEquals("https://smartlibrary.org/problems/forbidden",
                needsPost.path("responses").path("403").path("content").path("application/problem+json")
                        .path("examples").path("forbidden").path("value").path("type").asText(), needsPost::toString);
        assertEquals("TECHNOLOGY.ROBOTICS", needsPost.path("requestBody").path("content").path("application/json")
                .path("examples").path("robot-kits").path("value").path("type").asText(),
                "write operations carry a valid request example");
    }

    /**
     * Every write of a versioned resource requires If-Match and documents 428 without it; adding a goal, need or
     * offer (a creation) takes the assessment's ETag as an optional If-Match.
     */
    @Test
    void everyWriteOfAVersionedResourceRequiresIfMatch() throws Exception {
        JsonNode paths = objectMapper.readTree(given().queryParam("format", "json").get("/q/openapi").asString())
                .path("paths");
        List<String> conditional = List.of("put /api/v1/libraries/{libraryId}", "put /api/v1/assessments/{assessmentId}",
                "post /api/v1/assessments/{assessmentId}/completion", "post /api/v1/assessments/{assessmentId}/revisions",
                "put /api/v1/assessments/{assessmentId}/goals/{goalId}", "delete /api/v1/assessments/{assessmentId}/goals/{goalId}",
                "put /api/v1/assessments/{assessmentId}/needs/{needId}", "delete /api/v1/assessments/{assessmentId}/needs/{needId}",
                "put /api/v1/assessments/{assessmentId}/offers/{offerId}", "delete /api/v1/assessments/{assessmentId}/offers/{offerId}");
        for (String operation : conditional) {
            String[] methodAndPath = operation.split(" ");
            JsonNode op = paths.path(methodAndPath[1]).path(methodAndPath[0]);
            assertTrue(ifMatch(op).path("required").asBoolean(false), () -> operation + ": If-Match required " + op);
            assertEquals("#/components/responses/PreconditionRequired", op.path("responses").path("428").path("$ref").asText(),
                    operation + " documents 428");
        }
        for (String items : List.of("goals", "needs", "offers")) {
            JsonNode create = paths.path("/api/v1/assessments/{assessmentId}/" + items).path("post");
            assertEquals(false, ifMatch(create).path("required").asBoolean(false), () -> items + ": " + create);
            assertTrue(create.path("responses").path("428").isMissingNode(), () -> items + ": " + create);
        }
    }

    private static JsonNode ifMatch(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if ("If-Match".equals(parameter.path("name").asText())) {
                return parameter;
            }
        }
        throw new AssertionError("no If-Match parameter: " + operation);
    }

    /** The code list a property refers to, directly or through allOf / anyOf (beside null). */
    private static JsonNode codeList(JsonNode document, JsonNode property) {
        String ref = property.path("$ref").asText();
        for (String group : List.of("allOf", "anyOf")) {
            for (JsonNode part : property.path(group)) {
                if (part.has("$ref")) {
                    ref = part.path("$ref").asText();
                }
            }
        }
        return ref.isEmpty() ? property : document.at(ref.substring(1));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> {
            if (!item.isNull()) {
                texts.add(item.asText());
            }
        });
        return texts;
    }

    private static List<String> roles(JsonNode document, String path, String method) {
        List<String> roles = new ArrayList<>();
        document.path("paths").path(path).path(method).path("security").path(0).path("bearer")
                .forEach(role -> roles.add(role.asText()));
        return roles;
    }

    private static JsonNode resolve(JsonNode document, JsonNode response) {
        String ref = response.path("$ref").asText();
        if (ref.isEmpty()) {
            return response;
        }
        return document.at(ref.substring(1));
    }
}

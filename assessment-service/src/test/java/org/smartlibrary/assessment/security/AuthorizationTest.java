package org.smartlibrary.assessment.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartlibrary.assessment.Api;
import org.smartlibrary.assessment.DatabaseRows;
import org.smartlibrary.testkit.TestTokens;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smartlibrary.assessment.Api.json;

/**
 * What the cross-tenant matrix does not cover: lists filtered per role, creates naming another tenant's library,
 * the consortium field staff may not change, mass assignment, idempotent replays across tenants, invalid tokens
 * and limits. Tenant A: libraries LA and LA2 in consortium CA, an assessment of LA; tenant B: library LB in
 * consortium CB with an assessment.
 */
@QuarkusTest
class AuthorizationTest {

    @Inject
    DatabaseRows rows;

    String consortiumA;
    String consortiumB;
    String libraryA;
    String libraryA2;
    String libraryB;
    String assessmentA;
    String assessmentB;

    @BeforeEach
    void tenants() {
        consortiumA = "Consortium A " + UUID.randomUUID();
        consortiumB = "Consortium B " + UUID.randomUUID();
        libraryA = Api.createLibrary(consortiumA);
        libraryA2 = Api.createLibrary(consortiumA);
        libraryB = Api.createLibrary(consortiumB);
        assessmentA = Api.createAssessment(libraryA);
        Api.addNeed(assessmentA, Api.robotsNeed());
        assessmentB = Api.createAssessment(libraryB);
        Api.addNeed(assessmentB, Api.grantNeed());
        Api.complete(assessmentA).statusCode(200);
        Api.complete(assessmentB).statusCode(200);
    }

    @Test
    void withoutAValidTokenEveryOperationAnswers401() {
        for (String token : new String[] {null, TestTokens.expired(), TestTokens.fromOtherIssuer(),
                TestTokens.signedByUnknownKey()}) {
            unauthorized(token, () -> request(token).get("/api/v1/libraries").then());
            unauthorized(token, () -> request(token).get("/api/v1/assessments/{id}", assessmentA).then());
            unauthorized(token, () -> request(token).body(Map.of("library_id", libraryA, "title", "t"))
                    .post("/api/v1/assessments").then());
            unauthorized(token, () -> request(token).get("/api/v1/consortia/{c}/needs-aggregate", consortiumA).then());
        }
    }

    @Test
    void onlyPlatformAdministratorsOnboardLibraries() {
        for (String token : List.of(Api.staffOf(libraryA), TestTokens.consortiumAnalyst(consortiumA), Api.portal(),
                TestTokens.partnerAdmin(UUID.randomUUID()))) {
            Map<String, Long> before = rows.snapshot();
            json(token).body(Api.library(consortiumA)).post("/api/v1/libraries").then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://smartlibrary.org/problems/forbidden"));
            assertEquals(before, rows.snapshot(), "a refused create writes nothing");
        }
        json(Api.platformAdmin()).body(Api.library(consortiumA)).post("/api/v1/libraries").then().statusCode(201);
    }

    @Test
    void theLibraryListShowsWhatTheCallerMaySee() {
        // staff: their own library, whatever they filter on
        libraryIds(Api.staffOf(libraryA), Map.of()).body("items.id", equalTo(List.of(libraryA)));
        libraryIds(Api.staffOf(libraryA), Map.of("consortium", consortiumB)).body("items", hasSize(0));
        libraryIds(Api.staffOf(libraryB), Map.of()).body("items.id", equalTo(List.of(libraryB)));
        // analysts: the member libraries of their consortium (newest first), nothing of another
        String analystA = TestTokens.consortiumAnalyst(consortiumA);
        libraryIds(analystA, Map.of()).body("items.id", equalTo(List.of(libraryA2, libraryA)));
        libraryIds(analystA, Map.of("consortium", consortiumA.toUpperCase())).body("items.id", equalTo(List.of(libraryA2, libraryA)));
        libraryIds(analystA, Map.of("consortium", consortiumB)).body("items", hasSize(0));
        libraryIds(TestTokens.consortiumAnalyst(consortiumB), Map.of()).body("items.id", equalTo(List.of(libraryB)));
        // portals and platform administrators: every library
        libraryIds(Api.portal(), Map.of("consortium", consortiumB)).body("items.id", equalTo(List.of(libraryB)));
        libraryIds(Api.platformAdmin(), Map.of("consortium", consortiumA)).body("items.id", equalTo(List.of(libraryA2, libraryA)));
        // a token without its tenancy claim owns nothing
        libraryIds(TestTokens.withRoleOnly("library-staff"), Map.of()).body("items", hasSize(0));
        libraryIds(TestTokens.withRoleOnly("consortium-analyst"), Map.of()).body("items", hasSize(0));
        json(TestTokens.partnerAdmin(UUID.randomUUID())).get("/api/v1/libraries").then().statusCode(403);
    }

    @Test
    void anotherTenantsLibraryIsNotFoundExactlyLikeAMissingOne() {
        String missing = UUID.randomUUID().toString();
        for (String token : List.of(Api.staffOf(libraryB), TestTokens.consortiumAnalyst(consortiumB))) {
            sameProblem(json(token).get("/api/v1/libraries/{id}", libraryA), libraryA,
                    json(token).get("/api/v1/libraries/{id}", missing), missing);
        }
        json(TestTokens.consortiumAnalyst(consortiumA)).get("/api/v1/libraries/{id}", libraryA2).then().statusCode(200);
        json(TestTokens.consortiumAnalyst(consortiumA.toLowerCase())).get("/api/v1/libraries/{id}", libraryA).then()
                .statusCode(200);
        json(Api.staffOf(libraryA)).get("/api/v1/libraries/{id}", libraryA2).then().statusCode(404);
        Map<String, Long> before = rows.snapshot();
        sameProblem(json(Api.staffOf(libraryB)).body(Api.library(consortiumA)).put("/api/v1/libraries/{id}", libraryA),
                libraryA, json(Api.staffOf(libraryB)).body(Api.library(consortiumA)).put("/api/v1/libraries/{id}", missing),
                missing);
        assertEquals(before, rows.snapshot());
    }

    @Test
    void staffDescribeTheirLibraryButOnlyPlatformAdministratorsSetItsConsortium() {
        String staff = Api.staffOf(libraryA);
        Map<String, Object> renamed = Api.library(consortiumA);
        renamed.put("name", "Eindhoven Central Library");
        Api.ifMatchOf(json(staff), "/api/v1/libraries/{id}", libraryA).body(renamed).put("/api/v1/libraries/{id}", libraryA)
                .then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("Eindhoven Central Library"));

        Map<String, Object> moved = Api.library(consortiumB);
        moved.put("name", "Moved");
        json(staff).body(moved).put("/api/v1/libraries/{id}", libraryA).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/forbidden"))
                .body("detail", org.hamcrest.Matchers.containsString("consortium"));
        json(staff).body(Api.library(null)).put("/api/v1/libraries/{id}", libraryA).then().statusCode(403);
        json(staff).get("/api/v1/libraries/{id}", libraryA).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Eindhoven Central Library"))
                .body("consortium", equalTo(consortiumA));

        Api.ifMatchOf(json(Api.platformAdmin()), "/api/v1/libraries/{id}", libraryA).body(moved)
                .put("/api/v1/libraries/{id}", libraryA).then().statusCode(200)
                .body("consortium", equalTo(consortiumB));
    }

    @Test
    void assessmentsAreStartedOnlyForTheCallersOwnLibrary() {
        String missing = UUID.randomUUID().toString();
        Map<String, Long> before = rows.snapshot();
        // another library's id is answered exactly like an id of no library
        Response forOther = json(Api.staffOf(libraryB)).body(Map.of("library_id", libraryA, "title", "Not ours"))
                .post("/api/v1/assessments");
        Response forMissing = json(Api.staffOf(libraryB)).body(Map.of("library_id", missing, "title", "Not ours"))
                .post("/api/v1/assessments");
        forOther.then().statusCode(400).body("errors.field", equalTo(List.of("library_id")));
        sameProblem(forOther, libraryA, forMissing, missing);
        json(TestTokens.withRoleOnly("library-staff")).body(Map.of("library_id", libraryA, "title", "No claim"))
                .post("/api/v1/assessments").then().statusCode(400).body("errors.field", equalTo(List.of("library_id")));
        for (String token : List.of(Api.portal(), Api.platformAdmin(), TestTokens.consortiumAnalyst(consortiumA),
                TestTokens.partnerAdmin(UUID.randomUUID()))) {
            json(token).body(Map.of("library_id", libraryA, "title", "Not staff")).post("/api/v1/assessments").then()
                    .statusCode(403).contentType("application/problem+json");
        }
        assertEquals(before, rows.snapshot(), "nothing was written");
    }

    @Test
    void clientsCannotSetIdsOwnersOrStatus() {
        Map<String, Long> before = rows.snapshot();
        String staff = Api.staffOf(libraryA);
        massAssignment("id", () -> json(staff).body(with(Api.library(consortiumA), "id", libraryB))
                .put("/api/v1/libraries/{id}", libraryA).then());
        massAssignment("created_at", () -> json(Api.platformAdmin())
                .body(with(Api.library(consortiumA), "created_at", "2020-01-01T00:00:00Z")).post("/api/v1/libraries").then());
        massAssignment("status", () -> json(staff).body(Map.of("library_id", libraryA, "title", "t", "status", "COMPLETED"))
                .post("/api/v1/assessments").then());
        massAssignment("id", () -> json(staff).body(Map.of("library_id", libraryA, "title", "t", "id", assessmentB))
                .post("/api/v1/assessments").then());
        massAssignment("revision", () -> json(staff).body(Map.of("library_id", libraryA, "title", "t", "revision", 7))
                .post("/api/v1/assessments").then());
        massAssignment("library_id", () -> json(staff).body(Map.of("title", "t", "library_id", libraryB))
                .put("/api/v1/assessments/{id}", assessmentA).then());
        massAssignment("revision_id", () -> json(staff).body(with(Api.robotsNeed(), "revision_id", UUID.randomUUID()))
                .post("/api/v1/assessments/{id}/needs", assessmentA).then());
        assertEquals(before, rows.snapshot(), "nothing was written");
        json(staff).get("/api/v1/assessments/{id}", assessmentA).then()
                .body("library_id", equalTo(libraryA)).body("status", equalTo("COMPLETED"));
    }

    @Test
    void anIdempotencyKeyNeverReplaysAnotherTenantsResponse() {
        String draftA = Api.createAssessment(libraryA);
        String key = UUID.randomUUID().toString();
        json(Api.staffOf(libraryA)).header("Idempotency-Key", key).body(Api.robotsNeed())
                .post("/api/v1/assessments/{id}/needs", draftA).then().statusCode(201);
        Map<String, Long> before = rows.snapshot();
        json(Api.staffOf(libraryB)).header("Idempotency-Key", key).body(Api.robotsNeed())
                .post("/api/v1/assessments/{id}/needs", draftA).then().statusCode(404)
                .header("Idempotent-Replayed", nullValue());
        json(Api.staffOf(libraryB)).header("Idempotency-Key", key)
                .post("/api/v1/assessments/{id}/completion", draftA).then().statusCode(404);

        String createKey = UUID.randomUUID().toString();
        Map<String, Object> create = Map.of("library_id", libraryA, "title", "Once");
        json(Api.staffOf(libraryA)).header("Idempotency-Key", createKey).body(create).post("/api/v1/assessments")
                .then().statusCode(201);
        before = rows.snapshot();
        json(Api.staffOf(libraryB)).header("Idempotency-Key", createKey).body(create).post("/api/v1/assessments")
                .then().statusCode(400).header("Idempotent-Replayed", nullValue())
                .body("errors.field", equalTo(List.of("library_id")));
        assertEquals(before, rows.snapshot());
    }

    @Test
    void theAssessmentListShowsStaffTheirOwnLibrarysOnly() {
        String staffA = Api.staffOf(libraryA);
        assessmentIds(staffA, Map.of()).body("items.id", equalTo(List.of(assessmentA)));
        assessmentIds(staffA, Map.of("library_id", libraryA)).body("items.id", equalTo(List.of(assessmentA)));
        assessmentIds(staffA, Map.of("library_id", libraryB)).body("items", hasSize(0));
        assessmentIds(staffA, Map.of("consortium", consortiumB)).body("items", hasSize(0));
        assessmentIds(Api.staffOf(libraryB), Map.of()).body("items.id", equalTo(List.of(assessmentB)));
        assessmentIds(Api.staffOf(libraryA2), Map.of()).body("items", hasSize(0));
        assessmentIds(TestTokens.withRoleOnly("library-staff"), Map.of()).body("items", hasSize(0));

        assessmentIds(Api.portal(), Map.of("consortium", consortiumA)).body("items.id", equalTo(List.of(assessmentA)));
        assessmentIds(Api.platformAdmin(), Map.of("library_id", libraryB)).body("items.id", equalTo(List.of(assessmentB)));

        // consortium analysts read the aggregate, not individual assessments
        json(TestTokens.consortiumAnalyst(consortiumA)).get("/api/v1/assessments").then().statusCode(403);
        json(TestTokens.partnerAdmin(UUID.randomUUID())).get("/api/v1/assessments").then().statusCode(403);
    }

    @Test
    void consortiumAnalystsReadTheirConsortiumsAggregateOnly() {
        String analystA = TestTokens.consortiumAnalyst(consortiumA);
        json(analystA).get("/api/v1/consortia/{c}/needs-aggregate", consortiumA).then().statusCode(200)
                .body("member_libraries", equalTo(2)).body("assessments_included", equalTo(1));
        json(analystA).get("/api/v1/consortia/{c}/needs-aggregate", consortiumA.toUpperCase()).then().statusCode(200);
        json(Api.portal()).get("/api/v1/consortia/{c}/needs-aggregate", consortiumB).then().statusCode(200)
                .body("assessments_included", equalTo(1));

        String missing = "No such " + UUID.randomUUID();
        String analystB = TestTokens.consortiumAnalyst(consortiumB);
        sameProblem(json(analystB).get("/api/v1/consortia/{c}/needs-aggregate", consortiumA), consortiumA,
                json(Api.portal()).get("/api/v1/consortia/{c}/needs-aggregate", missing), missing);
        json(Api.staffOf(libraryA)).get("/api/v1/consortia/{c}/needs-aggregate", consortiumA).then().statusCode(403);
        json(analystA).get("/api/v1/assessments/{id}", assessmentA).then().statusCode(403);
        json(analystA).get("/api/v1/assessments/{id}/summary", assessmentA).then().statusCode(403);
    }

    @Test
    void limitsAndLongSearchTextAreRefused() {
        String portal = Api.portal();
        tooLarge("limit", () -> json(portal).queryParam("limit", 101).get("/api/v1/libraries").then());
        tooLarge("limit", () -> json(portal).queryParam("limit", 101).get("/api/v1/assessments").then());
        tooLarge("limit", () -> json(portal).queryParam("limit", 101).get("/api/v1/assessments/{id}/revisions", assessmentA).then());
        String longText = "x".repeat(201);
        for (String parameter : List.of("consortium", "region", "city")) {
            tooLarge(parameter, () -> json(portal).queryParam(parameter, longText).get("/api/v1/libraries").then());
        }
        tooLarge("consortium", () -> json(portal).queryParam("consortium", longText).get("/api/v1/assessments").then());
        // the path parameter is named as the document names it
        tooLarge("consortiumId", () -> json(portal).get("/api/v1/consortia/{c}/needs-aggregate", longText).then());
        json(portal).queryParam("limit", 100).queryParam("consortium", "x".repeat(200)).get("/api/v1/libraries").then()
                .statusCode(200).body("items", hasSize(0));
    }

    private static void unauthorized(String token, Supplier<ValidatableResponse> request) {
        request.get().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://smartlibrary.org/problems/unauthorized"));
    }

    private static io.restassured.specification.RequestSpecification request(String token) {
        return token == null ? json() : json(token);
    }

    private static ValidatableResponse libraryIds(String token, Map<String, ?> query) {
        return json(token).queryParams(query).queryParam("limit", 100).get("/api/v1/libraries").then().statusCode(200);
    }

    private static ValidatableResponse assessmentIds(String token, Map<String, ?> query) {
        return json(token).queryParams(query).queryParam("limit", 100).get("/api/v1/assessments").then().statusCode(200);
    }

    private void massAssignment(String field, Supplier<ValidatableResponse> request) {
        request.get().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static void tooLarge(String parameter, Supplier<ValidatableResponse> request) {
        request.get().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/validation"))
                .body("errors.field", hasItem(parameter));
    }

    /** The denial says nothing that the answer for a missing object would not: the same document but for the id. */
    private static void sameProblem(Response denied, String deniedId, Response missing, String missingId) {
        assertEquals(missing.statusCode(), denied.statusCode(), denied::asString);
        assertEquals(missing.contentType(), denied.contentType());
        assertEquals(withoutId(missing.asString(), missingId), withoutId(denied.asString(), deniedId));
    }

    private static String withoutId(String body, String id) {
        String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
        return body.replace(id, "<id>").replace(encoded, "<id>");
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }
}

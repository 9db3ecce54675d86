package org.smartlibrary.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartlibrary.assessment.Api;
import org.smartlibrary.assessment.DatabaseRows;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smartlibrary.assessment.Api.json;

/** Every bad input is a 4xx problem+json naming the field, and nothing is written. */
@QuarkusTest
class BadInputTest {

    @Inject
    DatabaseRows rows;

    String draftId;

    /** The staff of the draft's library. */
    String owner;

    @BeforeEach
    void draft() {
        draftId = Api.draftWithContent("Bad input " + UUID.randomUUID());
        owner = Api.ownerOf(draftId);
    }

    @Test
    void libraryFieldsMissingOversizedOrOutOfRange() {
        refused(400, "name", () -> post(Api.platformAdmin(), "/api/v1/libraries", without(Api.library(null), "name")));
        refused(400, "name", () -> post(Api.platformAdmin(), "/api/v1/libraries", with(Api.library(null), "name", "x".repeat(201))));
        refused(400, "region", () -> post(Api.platformAdmin(), "/api/v1/libraries", with(Api.library(null), "region", "  ")));
        refused(400, "consortium", () -> post(Api.platformAdmin(), "/api/v1/libraries", with(Api.library(null), "consortium", " ")));
        refused(400, "location.latitude", () -> post(Api.platformAdmin(), "/api/v1/libraries",
                with(Api.library(null), "location", Map.of("latitude", 91, "longitude", 5))));
        refused(400, "location.longitude", () -> post(Api.platformAdmin(), "/api/v1/libraries",
                with(Api.library(null), "location", Map.of("latitude", 51))));
    }

    @Test
    void assessmentForUnknownLibraryOrWithoutTitle() {
        refused(400, "library_id", () -> post(Api.staffOf(UUID.randomUUID().toString()), "/api/v1/assessments",
                Map.of("library_id", UUID.randomUUID().toString(), "title", "t")));
        refused(400, "title", () -> post(Api.staffOf(UUID.randomUUID().toString()), "/api/v1/assessments",
                Map.of("library_id", UUID.randomUUID().toString())));
        refused(400, "library_id", () -> post(Api.staffOf(UUID.randomUUID().toString()), "/api/v1/assessments", Map.of("library_id", "not-a-uuid", "title", "t")));
    }

    @Test
    void needWithUnknownCodesNegativeQuantityOrWrongHorizon() {
        String needs = "/api/v1/assessments/" + draftId + "/needs";
        refused(400, "category", () -> post(owner, needs, with(Api.robotsNeed(), "category", "MAGIC")));
        refused(400, "type", () -> post(owner, needs, with(Api.robotsNeed(), "type", "TECHNOLOGY.TIME_MACHINES")));
        refused(400, "type", () -> post(owner, needs, with(Api.robotsNeed(), "type", "HUMAN.MENTORING")));
        refused(400, "quantity", () -> post(owner, needs, with(Api.robotsNeed(), "quantity", -3)));
        refused(400, "quantity", () -> post(owner, needs, without(Api.robotsNeed(), "quantity")));
        refused(400, "current_capacity", () -> post(owner, needs, with(Api.robotsNeed(), "current_capacity", -1)));
        refused(400, "horizon", () -> post(owner, needs, with(Api.robotsNeed(), "horizon", "MEDIUM_TERM")));
        refused(400, "priority", () -> post(owner, needs, with(Api.robotsNeed(), "priority", 6)));
        refused(400, "priority", () -> post(owner, needs, without(Api.robotsNeed(), "priority")));
        refused(400, "description", () -> post(owner, needs, with(Api.robotsNeed(), "description", "x".repeat(2001))));
        refused(400, "amount", () -> post(owner, needs, with(Api.robotsNeed(), "amount", 100)));
        refused(400, "amount", () -> post(owner, needs, without(Api.grantNeed(), "amount")));
        refused(400, "quantity", () -> post(owner, needs, with(Api.grantNeed(), "quantity", 1)));
        refused(400, "currency", () -> post(owner, needs, with(Api.grantNeed(), "currency", "eur")));
        refused(400, "goal_id", () -> post(owner, needs, with(Api.robotsNeed(), "goal_id", UUID.randomUUID().toString())));
        refused(400, "priority", () -> post(owner, needs, with(Api.robotsNeed(), "priority", "urgent")));
    }

    @Test
    void periodOnAQuantityNeedOrAnUnknownPeriod() {
        String needs = "/api/v1/assessments/" + draftId + "/needs";
        Map<String, Object> assessmentBefore = assessment();
        refused(400, "period", () -> post(owner, needs, with(Api.robotsNeed(), "period", "YEAR")));
        refused(400, "period", () -> post(owner, needs, with(Api.volunteersNeed(), "period", "ONE_TIME")));
        refused(400, "period", () -> post(owner, needs, with(Api.robotsNeed(), "period", "FORTNIGHT")));
        refused(400, "period", () -> post(owner, needs, with(Api.grantNeed(), "period", "WEEK")));
        refused(400, "period", () -> post(owner, needs, with(Api.grantNeed(), "period", "year")));
        refused(400, "period", () -> post(owner, needs, with(Api.grantNeed(), "period", "")));
        json(owner).body(with(Api.robotsNeed(), "period", "MONTH")).post(needs).then().statusCode(400)
                .body("errors.field", equalTo(List.of("period"))) // one error for the field, not two
                .body("errors[0].message", containsString("must be absent"));
        json(owner).body(with(Api.grantNeed(), "period", "DAY")).post(needs).then().statusCode(400)
                .body("errors[0].message", containsString("ONE_TIME, MONTH, YEAR"));
        assertEquals(assessmentBefore, assessment(), "the assessment is unchanged");
    }

    @Test
    void updateWithABadPeriodLeavesTheNeedAndTheAssessmentAsTheyWere() {
        String robotsId = json(owner).get("/api/v1/assessments/{id}", draftId).path("needs[0].id");
        String grantId = json(owner).get("/api/v1/assessments/{id}", draftId).path("needs[1].id");
        Map<String, Object> assessmentBefore = assessment();
        refused(400, "period", () -> json(owner).header("If-Match", "\"0\"").body(with(Api.robotsNeed(), "period", "YEAR"))
                .put("/api/v1/assessments/{id}/needs/{needId}", draftId, robotsId).then());
        refused(400, "period", () -> json(owner).header("If-Match", "\"0\"").body(with(Api.grantNeed(), "period", "QUARTER"))
                .put("/api/v1/assessments/{id}/needs/{needId}", draftId, grantId).then());
        // a grant may not turn into a quantity while keeping its period
        refused(400, "period", () -> json(owner).header("If-Match", "\"0\"").body(with(with(Api.robotsNeed(), "period", "YEAR"), "description", "changed"))
                .put("/api/v1/assessments/{id}/needs/{needId}", draftId, grantId).then());
        json(owner).get("/api/v1/assessments/{id}/needs/{needId}", draftId, robotsId).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("quantity", equalTo(300))
                .body("period", nullValue());
        json(owner).get("/api/v1/assessments/{id}/needs/{needId}", draftId, grantId).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("amount", equalTo(45000))
                .body("period", equalTo("ONE_TIME"));
        assertEquals(assessmentBefore, assessment(), "the assessment is unchanged");
    }

    @Test
    void goalAndOfferWithUnknownCodes() {
        refused(400, "program_area", () -> post(owner, "/api/v1/assessments/" + draftId + "/goals",
                Map.of("program_area", "ASTROLOGY")));
        refused(400, "type", () -> post(owner, "/api/v1/assessments/" + draftId + "/offers", Map.of("type", "FREE_LUNCH")));
        refused(400, "type", () -> post(owner, "/api/v1/assessments/" + draftId + "/offers", Map.of("description", "no type")));
    }

    @Test
    void updateWithBadInputLeavesTheNeedAsItWas() {
        String needId = json(owner).get("/api/v1/assessments/{id}", draftId).path("needs[0].id");
        refused(400, "horizon", () -> json(owner).header("If-Match", "\"0\"").body(with(Api.robotsNeed(), "horizon", "SOMEDAY"))
                .put("/api/v1/assessments/{id}/needs/{needId}", draftId, needId).then());
        json(owner).get("/api/v1/assessments/{id}/needs/{needId}", draftId, needId).then()
                .body("horizon", equalTo("SHORT_TERM")).header("ETag", "\"0\"");
    }

    @Test
    void malformedAndUnknownJson() {
        Map<String, Long> before = rows.snapshot();
        json(Api.platformAdmin()).body("{\"name\": \"Library\", ").post("/api/v1/libraries").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/malformed-json"));
        json(owner).body("").post("/api/v1/assessments/{id}/needs", draftId).then().statusCode(400)
                .contentType("application/problem+json");
        refused(400, "mass_assignment", () -> post(Api.platformAdmin(), "/api/v1/libraries", with(Api.library(null), "mass_assignment", true)));
        refused(400, "status", () -> post(owner, "/api/v1/assessments/" + draftId + "/offers",
                Map.of("type", "SPACE", "status", "COMPLETED")));
        json(Api.platformAdmin()).contentType("text/plain").body("hello").post("/api/v1/libraries").then().statusCode(415)
                .contentType("application/problem+json");
        assertEquals(before, rows.snapshot());
    }

    @Test
    void unknownIdsAreNotFound() {
        Map<String, Long> before = rows.snapshot();
        String unknown = UUID.randomUUID().toString();
        notFound(json(Api.platformAdmin()).get("/api/v1/libraries/{id}", unknown).then());
        notFound(json(owner).get("/api/v1/assessments/{id}", unknown).then());
        notFound(json(owner).get("/api/v1/assessments/{id}/summary", unknown).then());
        notFound(json(owner).get("/api/v1/assessments/{id}/revisions/1", unknown).then());
        notFound(json(owner).body(Api.robotsNeed()).post("/api/v1/assessments/{id}/needs", unknown).then());
        notFound(json(owner).body(Map.of("program_area", "STEM")).post("/api/v1/assessments/{id}/goals", unknown).then());
        notFound(json(owner).post("/api/v1/assessments/{id}/completion", unknown).then());
        notFound(json(owner).post("/api/v1/assessments/{id}/revisions", unknown).then());
        notFound(json(owner).get("/api/v1/assessments/{id}/needs/{needId}", draftId, unknown).then());
        notFound(json(owner).delete("/api/v1/assessments/{id}/offers/{offerId}", draftId, unknown).then());
        // an id that is not a UUID is the client's mistake, named as the document names the parameter
        refused(400, "assessmentId", () -> json(owner).get("/api/v1/assessments/{id}", "not-a-uuid").then());
        // a need of another assessment is not reachable through this one
        String otherNeed = json(Api.portal()).get("/api/v1/assessments/{id}", Api.draftWithContent(null)).path("needs[0].id");
        before = rows.snapshot();
        notFound(json(owner).delete("/api/v1/assessments/{id}/needs/{needId}", draftId, otherNeed).then());
        assertEquals(before, rows.snapshot());
    }

    @Test
    void badQueryParameters() {
        refused(400, "limit", () -> json(Api.portal()).queryParam("limit", 0).get("/api/v1/assessments").then());
        refused(400, "limit", () -> json(Api.portal()).queryParam("limit", "ten").get("/api/v1/assessments").then());
        refused(400, "limit", () -> json(Api.portal()).queryParam("limit", 101).get("/api/v1/libraries").then());
        refused(400, "status", () -> json(Api.portal()).queryParam("status", "ARCHIVED").get("/api/v1/assessments").then());
        refused(400, "category", () -> json(Api.portal()).queryParam("category", "MAGIC").get("/api/v1/assessments").then());
        refused(400, "type", () -> json(Api.portal()).queryParam("type", "X.Y").get("/api/v1/assessments").then());
        refused(400, "library_id", () -> json(Api.portal()).queryParam("library_id", "nope").get("/api/v1/assessments").then());
        refused(400, "completed_after", () -> json(Api.portal()).queryParam("completed_after", "yesterday").get("/api/v1/assessments").then());
        refused(400, "cursor", () -> json(Api.portal()).queryParam("cursor", "garbage!").get("/api/v1/assessments").then());
        refused(400, "top", () -> json(owner).queryParam("top", 0).get("/api/v1/assessments/{id}/summary", draftId).then());
    }

    /**
     * An empty or blank value is refused for every type of field, not read as absent: an id ({@code goal_id},
     * {@code library_id}), a code, a number or a text sent as {@code ""}, {@code " "} or {@code "\u0000"} answers 400
     * naming the field, and nothing is written (an optional field is omitted or null instead).
     */
    @Test
    void blankIdsCodesNumbersAndTextsAreRefusedNamingTheField() {
        String needs = "/api/v1/assessments/" + draftId + "/needs";
        Map<String, Object> assessmentBefore = assessment();
        for (String blank : new String[]{"", " ", "\u0000"}) {
            refused(400, "goal_id", () -> post(owner, needs, with(Api.robotsNeed(), "goal_id", blank)));
            refused(400, "category", () -> post(owner, needs, with(Api.robotsNeed(), "category", blank)));
            refused(400, "horizon", () -> post(owner, needs, with(Api.robotsNeed(), "horizon", blank)));
            refused(400, "quantity", () -> post(owner, needs, with(Api.robotsNeed(), "quantity", blank)));
            refused(400, "unit", () -> post(owner, needs, with(Api.robotsNeed(), "unit", blank)));
            refused(400, "currency", () -> post(owner, needs, with(Api.grantNeed(), "currency", blank)));
        }
        // a replaced need keeps its goal when the new goal_id is blank
        String needId = json(owner).get("/api/v1/assessments/{id}", draftId).path("needs[0].id");
        Map<String, Object> needBefore = json(owner).get("/api/v1/assessments/{id}/needs/{needId}", draftId, needId)
                .jsonPath().getMap("$");
        refused(400, "goal_id", () -> json(owner).header("If-Match", "\"0\"").body(with(Api.robotsNeed(), "goal_id", ""))
                .put("/api/v1/assessments/{id}/needs/{needId}", draftId, needId).then());
        refused(400, "goal_id", () -> json(owner).header("If-Match", "\"0\"").body(with(Api.robotsNeed(), "goal_id", "\u0000"))
                .put("/api/v1/assessments/{id}/needs/{needId}", draftId, needId).then());
        assertEquals(needBefore, json(owner).get("/api/v1/assessments/{id}/needs/{needId}", draftId, needId)
                .then().statusCode(200).header("ETag", "\"0\"").extract().jsonPath().getMap("$"));
        assertEquals(assessmentBefore, assessment(), "the assessment is unchanged");
        // the id that starts an assessment, and the optional consortium of a library
        String libraryId = json(owner).get("/api/v1/assessments/{id}", draftId).path("library_id");
        refused(400, "library_id", () -> post(owner, "/api/v1/assessments", Map.of("library_id", "", "title", "t")));
        refused(400, "library_id", () -> post(owner, "/api/v1/assessments", Map.of("library_id", "\u0000", "title", "t")));
        refused(400, "consortium", () -> post(Api.platformAdmin(), "/api/v1/libraries", with(Api.library(null), "consortium", "")));
        refused(400, "program_area", () -> post(owner, "/api/v1/assessments/" + draftId + "/goals", Map.of("program_area", "")));
        refused(400, "type", () -> post(owner, "/api/v1/assessments/" + draftId + "/offers", Map.of("type", "\u0000")));
        json(owner).get("/api/v1/libraries/{id}", libraryId).then().statusCode(200).header("ETag", "\"0\"");
    }

    /**
     * Regression for the 500s deploy/fuzz/run found (PostgreSQL: invalid byte sequence for encoding "UTF8": 0x00):
     * a NUL character in a body field, or encoded in the path or query, is refused with 400 and nothing is written.
     */
    @Test
    void nulCharactersAreRefusedNotStored() {
        refused(400, "city", () -> post(Api.platformAdmin(), "/api/v1/libraries", with(Api.library(null), "city", "nul\u0000byte")));
        refused(400, "description", () -> post(owner, "/api/v1/assessments/" + draftId + "/needs",
                with(Api.robotsNeed(), "description", "robots\u0000")));
        refused(400, "title", () -> json(owner).header("If-Match", "\"0\"").body(Map.of("title", "\u0000"))
                .put("/api/v1/assessments/{id}", draftId).then());
        Map<String, Long> before = rows.snapshot();
        for (String target : new String[]{"/api/v1/consortia/nul%00byte/needs-aggregate",
                "/api/v1/assessments?consortium=nul%00byte", "/api/v1/libraries?cursor=%00"}) {
            json(Api.portal()).urlEncodingEnabled(false).get(target).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://smartlibrary.org/problems/malformed-request"));
        }
        assertEquals(before, rows.snapshot());
    }

    /** The draft as its owner reads it, with its ETag. */
    private Map<String, Object> assessment() {
        Response response = json(owner).get("/api/v1/assessments/{id}", draftId);
        response.then().statusCode(200);
        return Map.of("etag", response.header("ETag"), "body", response.jsonPath().getMap("$"));
    }

    /** Sends the request and checks the problem names the field and no table changed. */
    private void refused(int status, String field, Supplier<ValidatableResponse> request) {
        Map<String, Long> before = rows.snapshot();
        request.get().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("errors.field", hasItem(field))
                .body("detail", containsString(field))
                .body("detail", not(containsString("Exception")));
        assertEquals(before, rows.snapshot(), "a refused request must not write anything");
    }

    private static void notFound(ValidatableResponse response) {
        response.statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    private static ValidatableResponse post(String token, String path, Object body) {
        return json(token).body(body).post(path).then();
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> without(Map<String, Object> body, String field) {
        body.remove(field);
        return body;
    }

}

package org.smartlibrary.assessment;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import org.smartlibrary.testkit.TestTokens;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/**
 * Builds valid requests and creates test data through the public API, the way clients do: libraries are
 * onboarded by a platform administrator, assessments are written by the staff of their library.
 */
public final class Api {

    /** An assessment: its ETag is the one of its newest revision, which completion, revision and a title change need. */
    public static final String ASSESSMENT = "/api/v1/assessments/{id}";
    private static final String PLATFORM_ADMIN = TestTokens.platformAdmin();
    private static final String PORTAL = TestTokens.portal();
    private static final Map<String, String> STAFF_TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, String> LIBRARY_OF_ASSESSMENT = new ConcurrentHashMap<>();

    private Api() {
    }

    /** A JSON request without a token. */
    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A JSON request with the bearer token. */
    public static RequestSpecification json(String token) {
        return json().auth().oauth2(token);
    }

    /** A request with the bearer token and nothing else (no Content-Type, as for a POST without a body). */
    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    public static String platformAdmin() {
        return PLATFORM_ADMIN;
    }

    public static String portal() {
        return PORTAL;
    }

    /** A library-staff token of the library (one per library, reused). */
    public static String staffOf(String libraryId) {
        return STAFF_TOKENS.computeIfAbsent(libraryId, id -> TestTokens.libraryStaff(UUID.fromString(id)));
    }

    /** A library-staff token of the assessment's library: the one who may change it. */
    public static String ownerOf(String assessmentId) {
        return staffOf(LIBRARY_OF_ASSESSMENT.computeIfAbsent(assessmentId, id ->
                json(PLATFORM_ADMIN).get("/api/v1/assessments/{id}", id).then().statusCode(200).extract().path("library_id")));
    }

    public static Map<String, Object> library(String consortium) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Eindhoven City Library");
        body.put("consortium", consortium);
        body.put("region", "North Brabant");
        body.put("city", "Eindhoven");
        body.put("location", Map.of("latitude", 51.4416, "longitude", 5.4697));
        return body;
    }

    public static Map<String, Object> robotsNeed() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", "TECHNOLOGY");
        body.put("type", "TECHNOLOGY.ROBOTICS");
        body.put("description", "Programmable educational robots for the coding club");
        body.put("quantity", 300);
        body.put("unit", "kits");
        body.put("horizon", "SHORT_TERM");
        body.put("priority", 5);
        body.put("current_capacity", 20);
        return body;
    }

    public static Map<String, Object> grantNeed() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", "FINANCIAL");
        body.put("type", "FINANCIAL.PROGRAM");
        body.put("description", "Two-year program grant for the coding club");
        body.put("amount", 45000);
        body.put("currency", "EUR");
        body.put("horizon", "LONG_TERM");
        body.put("priority", 4);
        body.put("current_capacity", 5000);
        return body;
    }

    /** A recurring money need: 30000 USD every year. */
    public static Map<String, Object> staffingPerYearNeed() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", "FINANCIAL");
        body.put("type", "FINANCIAL.STAFFING");
        body.put("description", "A part-time makerspace coordinator");
        body.put("amount", 30000);
        body.put("currency", "USD");
        body.put("period", "YEAR");
        body.put("horizon", "LONG_TERM");
        body.put("priority", 4);
        body.put("current_capacity", 5000);
        return body;
    }

    public static Map<String, Object> volunteersNeed() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", "HUMAN");
        body.put("type", "HUMAN.WORKSHOP_VOLUNTEERS");
        body.put("quantity", 12);
        body.put("unit", "volunteers");
        body.put("horizon", "LONG_TERM");
        body.put("priority", 4);
        return body;
    }

    public static String createLibrary(String consortium) {
        return json(PLATFORM_ADMIN).body(library(consortium)).post("/api/v1/libraries").then().statusCode(201).extract().path("id");
    }

    public static String createAssessment(String libraryId) {
        String id = json(staffOf(libraryId)).body(Map.of("library_id", libraryId, "title", "Coding club and makerspace"))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        LIBRARY_OF_ASSESSMENT.put(id, libraryId);
        return id;
    }

    public static String addGoal(String assessmentId, String programArea) {
        return json(ownerOf(assessmentId)).body(Map.of("program_area", programArea, "description", "why we need it"))
                .post("/api/v1/assessments/{id}/goals", assessmentId).then().statusCode(201).extract().path("id");
    }

    public static String addNeed(String assessmentId, Map<String, Object> need) {
        return json(ownerOf(assessmentId)).body(need).post("/api/v1/assessments/{id}/needs", assessmentId)
                .then().statusCode(201).extract().path("id");
    }

    public static String addOffer(String assessmentId, String type) {
        return json(ownerOf(assessmentId)).body(Map.of("type", type, "description", "what we give"))
                .post("/api/v1/assessments/{id}/offers", assessmentId).then().statusCode(201).extract().path("id");
    }

    /** Completion has no body: clients send no Content-Type. If-Match: the assessment's ETag, read first. */
    public static ValidatableResponse complete(String assessmentId) {
        return ifMatchOf(as(ownerOf(assessmentId)), ASSESSMENT, assessmentId).accept(ContentType.JSON)
                .post("/api/v1/assessments/{id}/completion", assessmentId).then();
    }

    public static ValidatableResponse revise(String assessmentId) {
        return ifMatchOf(as(ownerOf(assessmentId)), ASSESSMENT, assessmentId).accept(ContentType.JSON)
                .post("/api/v1/assessments/{id}/revisions", assessmentId).then();
    }

    /** The resource's ETag as a GET answers it now (read as a platform administrator); null when there is none. */
    public static String etagOf(String path, Object... pathParams) {
        return as(PLATFORM_ADMIN).accept(ContentType.JSON).get(path, pathParams).header("ETag");
    }

    /**
     * The request with If-Match: the resource's current ETag, as a client sends it after a GET (left as it is when
     * the GET finds nothing, so a request for a missing resource still gets its 404).
     */
    public static RequestSpecification ifMatchOf(RequestSpecification request, String path, Object... pathParams) {
        String etag = etagOf(path, pathParams);
        return etag == null ? request : request.header("If-Match", etag);
    }

    /** A library with a DRAFT assessment holding one goal, three needs (one linked to the goal) and one offer. */
    public static String draftWithContent(String consortium) {
        String assessmentId = createAssessment(createLibrary(consortium));
        String goalId = addGoal(assessmentId, "IT_JOB_SKILLS");
        Map<String, Object> robots = robotsNeed();
        robots.put("goal_id", goalId);
        addNeed(assessmentId, robots);
        addNeed(assessmentId, grantNeed());
        addNeed(assessmentId, volunteersNeed());
        addOffer(assessmentId, "SPACE");
        return assessmentId;
    }
}

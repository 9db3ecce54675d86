package org.smartlibrary.deploy.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole flow across the three packaged services, each a separate process, through one real broker and
 * one real PostgreSQL: partners register offerings, a library completes an assessment, matching recommends;
 * then an offering changes and the recommendations follow.
 */
class EndToEndFlowIT {

    private static final String ADMIN = TestTokens.platformAdmin();
    private static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.start();
    }

    @Test
    void completedAssessmentGetsExplainedRecommendationsThatFollowDirectoryChanges() {
        String today = LocalDate.now().toString();
        String robolab = registerPartner("Riverside RoboLab", "IT_COMPANY", "[\"Central Valley\"]", "[]", "[\"EVENT_HOSTING\"]");
        addOffering(robolab, """
                {"category":"TECHNOLOGY","type":"TECHNOLOGY.ROBOTICS","description":"Educational robot kits",
                 "quantity":500,"unit":"robots","horizon":"ANY"}""");
        String tinyBots = registerPartner("Tiny Bots Workshop", "MAKERSPACE", "[\"Central Valley\"]", "[]", "[]");
        String tinyOffering = addOffering(tinyBots, """
                {"category":"TECHNOLOGY","type":"TECHNOLOGY.ROBOTICS","description":"A few robots to lend",
                 "quantity":20,"unit":"robots","horizon":"SHORT_TERM"}""");
        String fund = registerPartner("Civic Futures Foundation", "FOUNDATION", "[]", "[]", "[\"VISIBILITY\"]", true);
        addOffering(fund, """
                {"category":"FINANCIAL","type":"FINANCIAL.PROGRAM","description":"Three-year digital skills grant",
                 "amount":60000,"currency":"EUR","available_from":"%s","available_until":"%s","horizon":"LONG_TERM"}"""
                .formatted(today, LocalDate.now().plusYears(3)));
        String farAway = registerPartner("Faraway Robotics", "IT_COMPANY", "[\"Other Province\"]", "[]", "[]");
        addOffering(farAway, """
                {"category":"TECHNOLOGY","type":"TECHNOLOGY.ROBOTICS","description":"Robots, local delivery only",
                 "quantity":1000,"unit":"robots","horizon":"ANY"}""");

        String library = post(ADMIN, suite.assessmentUrl() + "/api/v1/libraries", """
                {"name":"Springfield Public Library","consortium":"Valley Libraries","region":"Central Valley",
                 "city":"Springfield","location":{"latitude":45.1,"longitude":7.6}}""");
        String staff = TestTokens.libraryStaff(UUID.fromString(library));
        String assessment = post(staff, suite.assessmentUrl() + "/api/v1/assessments",
                "{\"library_id\":\"" + library + "\",\"title\":\"Coding club and makerspace 2027\"}");
        String robotsNeed = post(staff, suite.assessmentUrl() + "/api/v1/assessments/" + assessment + "/needs", """
                {"category":"TECHNOLOGY","type":"TECHNOLOGY.ROBOTICS","description":"Robots for the coding club",
                 "quantity":300,"unit":"robots","horizon":"SHORT_TERM","priority":5}""");
        String grantNeed = post(staff, suite.assessmentUrl() + "/api/v1/assessments/" + assessment + "/needs", """
                {"category":"FINANCIAL","type":"FINANCIAL.PROGRAM","description":"Running the program for years",
                 "amount":40000,"currency":"EUR","period":"YEAR","horizon":"LONG_TERM","priority":4}""");
        String evaluationNeed = post(staff, suite.assessmentUrl() + "/api/v1/assessments/" + assessment + "/needs", """
                {"category":"HUMAN","type":"HUMAN.RESEARCH_EVALUATION","description":"Evaluate the impact",
                 "quantity":2,"unit":"people","horizon":"SHORT_TERM","priority":2}""");
        post(staff, suite.assessmentUrl() + "/api/v1/assessments/" + assessment + "/offers",
                "{\"type\":\"EVENT_HOSTING\",\"description\":\"Our auditorium for partner events\"}");
        String assessmentUrl = suite.assessmentUrl() + "/api/v1/assessments/" + assessment;
        given().auth().oauth2(staff).header("If-Match", Etags.of(staff, assessmentUrl))
                .when().post(assessmentUrl + "/completion")
                .then().statusCode(200);

        JsonPath ready = awaitRecommendations(staff, assessment, 1);
        List<String> ranked = ready.getList("recommendations.partner_id");
        assertTrue(ranked.contains(robolab) && ranked.contains(tinyBots) && ranked.contains(fund), ranked.toString());
        assertFalse(ranked.contains(farAway), "out-of-area partner is not recommended");
        assertTrue(ranked.indexOf(robolab) < ranked.indexOf(tinyBots), "full cover ranks above partial cover");

        Map<String, Object> robolabEntry = entry(ready, robolab);
        String explanations = String.valueOf(robolabEntry.get("explanation"));
        assertTrue(explanations.contains("500") && explanations.contains("300"), explanations);
        assertTrue(ready.getList("coverage_plan.partner_ids").containsAll(List.of(robolab, fund)),
                ready.getList("coverage_plan.partner_ids").toString());
        List<String> unmet = ready.getList("unmet_needs.need_id");
        assertTrue(unmet.contains(evaluationNeed), "nobody offers evaluation: " + unmet);
        assertFalse(unmet.contains(robotsNeed), "robots are fully covered");
        assertEquals(Boolean.TRUE, coveredNeed(ready, tinyBots, robotsNeed).get("partial"), "20 of 300 robots is partial");
        assertEquals(Boolean.FALSE, coveredNeed(ready, robolab, robotsNeed).get("partial"), "500 of 300 robots is full");
        assertEquals(Boolean.TRUE, coveredNeed(ready, fund, grantNeed).get("partial"),
                "a one-time grant of 60,000 over three years only partly covers 40,000 a year");

        String tinyOfferingUrl = suite.partnerUrl() + "/api/v1/partners/" + tinyBots + "/offerings/" + tinyOffering;
        String tinyBotsAdmin = TestTokens.partnerAdmin(UUID.fromString(tinyBots));
        given().auth().oauth2(tinyBotsAdmin).header("If-Match", Etags.of(tinyBotsAdmin, tinyOfferingUrl))
                .contentType(ContentType.JSON).body("""
                        {"category":"TECHNOLOGY","type":"TECHNOLOGY.ROBOTICS","description":"Now many robots to lend",
                         "quantity":900,"unit":"robots","horizon":"ANY"}""")
                .when().put(tinyOfferingUrl)
                .then().statusCode(200);

        String recommendations = suite.matchingUrl() + "/api/v1/assessments/" + assessment + "/recommendations";
        given().when().get(recommendations).then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(TestTokens.libraryStaff(UUID.randomUUID())).when().get(recommendations)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.partnerAdmin(UUID.fromString(farAway))).contentType(ContentType.JSON)
                .body("""
                        {"category":"TECHNOLOGY","type":"TECHNOLOGY.ROBOTICS","description":"Another partner's edit",
                         "quantity":1,"unit":"robots","horizon":"ANY"}""")
                .when().put(suite.partnerUrl() + "/api/v1/partners/" + tinyBots + "/offerings/" + tinyOffering)
                .then().statusCode(403);

        int firstVersion = ready.getInt("recommendation_set_version");
        JsonPath updated = awaitRecommendations(staff, assessment, firstVersion + 1);
        assertEquals(Boolean.FALSE, coveredNeed(updated, tinyBots, robotsNeed).get("partial"),
                "the larger offering now covers the robots fully");
        assertFalse(updated.getList("unmet_needs.need_id").contains(robotsNeed));
    }

    private static JsonPath awaitRecommendations(String token, String assessment, int minimumSetVersion) {
        String url = suite.matchingUrl() + "/api/v1/assessments/" + assessment + "/recommendations";
        try {
            return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
                var response = given().auth().oauth2(token).when().get(url);
                return response.statusCode() == 200 ? response.jsonPath() : null;
            }, json -> json != null && "READY".equals(json.getString("status"))
                    && json.getInt("recommendation_set_version") >= minimumSetVersion);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("recommendations not ready: " + given().auth().oauth2(token).get(url).asString() + "\n" + suite.logs(), e);
        }
    }

    private static Map<String, Object> entry(JsonPath recommendations, String partnerId) {
        List<Map<String, Object>> entries = recommendations.getList("recommendations");
        return entries.stream().filter(e -> partnerId.equals(e.get("partner_id"))).findFirst()
                .orElseThrow(() -> new AssertionError(partnerId + " not in " + entries));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> coveredNeed(JsonPath recommendations, String partnerId, String needId) {
        List<Map<String, Object>> covered = (List<Map<String, Object>>) entry(recommendations, partnerId).get("covered_needs");
        return covered.stream().filter(c -> needId.equals(c.get("need_id"))).findFirst()
                .orElseThrow(() -> new AssertionError(partnerId + " does not cover " + needId + ": " + covered));
    }

    private static String registerPartner(String name, String type, String regions, String cities, String seeks) {
        return registerPartner(name, type, regions, cities, seeks, false);
    }

    private static String registerPartner(String name, String type, String regions, String cities, String seeks,
                                          boolean national) {
        return post(ADMIN, suite.partnerUrl() + "/api/v1/partners", """
                {"name":"%s","partner_type":"%s","service_area":{"remote":false,"national":%s,"regions":%s,"cities":%s},
                 "contact":{"name":"Partnerships desk","email":"partners@example.org"},"seeks":%s}"""
                .formatted(name, type, national, regions, cities, seeks));
    }

    private static String addOffering(String partner, String body) {
        return post(TestTokens.partnerAdmin(UUID.fromString(partner)),
                suite.partnerUrl() + "/api/v1/partners/" + partner + "/offerings", body);
    }

    private static String post(String token, String url, String body) {
        var response = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(url);
        assertEquals(201, response.statusCode(), url + " → " + response.asString());
        return response.jsonPath().getString("id");
    }
}

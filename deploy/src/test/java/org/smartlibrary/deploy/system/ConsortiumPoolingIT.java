package org.smartlibrary.deploy.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.TestTokens;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pooled path across the three packaged services and Kafka: four small libraries of one consortium each need
 * 30 licences from a vendor that sells from 100; none qualifies alone, the consortium's pool of 120 does, and each
 * member's share is its 30. Then a platform administrator takes one library out of the consortium: without any new
 * completion the consortium's recommendations show a new version pooling the other three, below the minimum order.
 */
class ConsortiumPoolingIT {

    private static final String ADMIN = TestTokens.platformAdmin();
    private static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.start();
    }

    @Test
    void membersBelowAVendorsMinimumOrderReachItTogether() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String region = "Pooling Valley " + suffix;
        String consortium = "Pooling Valley Cooperative " + suffix;
        String vendor = post(ADMIN, suite.partnerUrl() + "/api/v1/partners", """
                {"name":"Valley Learning Software %s","partner_type":"IT_COMPANY",
                 "service_area":{"remote":false,"national":false,"regions":["%s"],"cities":[]},
                 "contact":{"name":"Education sales","email":"education@example.org"},"seeks":[]}"""
                .formatted(suffix, region));
        post(TestTokens.partnerAdmin(UUID.fromString(vendor)), suite.partnerUrl() + "/api/v1/partners/" + vendor
                + "/offerings", """
                {"category":"TECHNOLOGY","type":"TECHNOLOGY.SOFTWARE","description":"Coding course licences, education price",
                 "quantity":500,"unit":"licenses","horizon":"ANY","min_order":{"quantity":100,"unit":"licenses"}}""");

        List<String> libraries = new ArrayList<>();
        List<String> assessments = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String library = post(ADMIN, suite.assessmentUrl() + "/api/v1/libraries", """
                    {"name":"Pooling Branch %d %s","consortium":"%s","region":"%s","city":"Town %d"}"""
                    .formatted(i, suffix, consortium, region, i));
            String staff = TestTokens.libraryStaff(UUID.fromString(library));
            String assessment = post(staff, suite.assessmentUrl() + "/api/v1/assessments",
                    "{\"library_id\":\"" + library + "\",\"title\":\"Coding club licences\"}");
            post(staff, suite.assessmentUrl() + "/api/v1/assessments/" + assessment + "/needs", """
                    {"category":"TECHNOLOGY","type":"TECHNOLOGY.SOFTWARE","description":"Licences for the coding club",
                     "quantity":30,"unit":"licenses","horizon":"SHORT_TERM","priority":4}""");
            given().auth().oauth2(staff)
                    .header("If-Match", Etags.of(staff, suite.assessmentUrl() + "/api/v1/assessments/" + assessment))
                    .when().post(suite.assessmentUrl() + "/api/v1/assessments/" + assessment + "/completion")
                    .then().statusCode(200);
            libraries.add(library);
            assessments.add(assessment);
        }

        for (int i = 0; i < 4; i++) {
            JsonPath own = awaitOwnRecommendations(TestTokens.libraryStaff(UUID.fromString(libraries.get(i))),
                    assessments.get(i));
            assertFalse(own.getList("recommendations.partner_id").contains(vendor),
                    "30 licences alone are below the vendor's minimum order of 100");
        }

        String url = suite.matchingUrl() + "/api/v1/consortia/{consortium}/recommendations";
        String analyst = TestTokens.consortiumAnalyst(consortium);
        JsonPath pooled = awaitPooled(analyst, url, consortium, vendor);
        assertEquals(4, pooled.getList("members").size());
        Map<String, Object> need = pooled.getMap("pooled_needs.find { it.need_type == 'TECHNOLOGY.SOFTWARE' }");
        assertEquals(0, new BigDecimal(String.valueOf(need.get("quantity"))).compareTo(new BigDecimal(120)), need.toString());
        assertEquals(4, need.get("libraries"));
        List<Map<String, Object>> shares = pooled.getList("shares.findAll { it.pool_key == '" + need.get("pool_key") + "' }");
        assertEquals(4, shares.size(), shares.toString());
        for (Map<String, Object> share : shares) {
            assertEquals(0, new BigDecimal(String.valueOf(share.get("share"))).compareTo(new BigDecimal(30)),
                    "each member receives its 30: " + share);
        }
        String explanation = String.valueOf(pooled.getList("recommendations.find { it.partner_id == '" + vendor
                + "' }.explanation.text"));
        assertTrue(explanation.contains("120") && explanation.contains("4 libraries"), explanation);

        given().auth().oauth2(TestTokens.consortiumAnalyst("Another Cooperative " + suffix)).when().get(url, consortium)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.libraryStaff(UUID.fromString(libraries.get(0)))).when().get(url, consortium)
                .then().statusCode(403); // library staff have no role for a consortium's view

        // the fourth library leaves the consortium (assessment-service publishes its library-snapshot)
        String leaving = libraries.get(3);
        String leavingUrl = suite.assessmentUrl() + "/api/v1/libraries/" + leaving;
        given().auth().oauth2(ADMIN).header("If-Match", Etags.of(ADMIN, leavingUrl)).contentType(ContentType.JSON).body("""
                {"name":"Pooling Branch 4 %s","consortium":null,"region":"%s","city":"Town 4"}"""
                        .formatted(suffix, region))
                .when().put(leavingUrl)
                .then().statusCode(200);
        int before = pooled.getInt("set_version");
        JsonPath after = awaitSet(analyst, url, consortium, json -> json.getInt("set_version") > before
                && !json.getList("members.library_id").contains(leaving));
        assertEquals(3, after.getList("members").size(), after.prettify());
        Map<String, Object> remaining = after.getMap("pooled_needs.find { it.need_type == 'TECHNOLOGY.SOFTWARE' }");
        assertEquals(0, new BigDecimal(String.valueOf(remaining.get("quantity"))).compareTo(new BigDecimal(90)),
                remaining.toString());
        assertFalse(after.getList("recommendations.partner_id").contains(vendor),
                "90 licences are below the vendor's minimum order of 100");
        assertTrue(after.getList("changes.members_left.library_id").contains(leaving), after.prettify());
    }

    private static JsonPath awaitPooled(String token, String url, String consortium, String partner) {
        return awaitSet(token, url, consortium, json -> json.getList("members").size() == 4
                && json.getList("recommendations.partner_id").contains(partner));
    }

    /** Waits until the consortium's current set satisfies the condition. */
    private static JsonPath awaitSet(String token, String url, String consortium, Predicate<JsonPath> condition) {
        try {
            return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
                Response response = given().auth().oauth2(token).when().get(url, consortium);
                return response.statusCode() == 200 ? response.jsonPath() : null;
            }, json -> json != null && condition.test(json));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("no such consortium set: " + given().auth().oauth2(token).get(url, consortium).asString()
                    + "\n" + suite.logs(), e);
        }
    }

    private static JsonPath awaitOwnRecommendations(String token, String assessment) {
        String url = suite.matchingUrl() + "/api/v1/assessments/" + assessment + "/recommendations";
        try {
            return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
                Response response = given().auth().oauth2(token).when().get(url);
                return response.statusCode() == 200 ? response.jsonPath() : null;
            }, json -> json != null && "READY".equals(json.getString("status")));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("recommendations not ready: " + given().auth().oauth2(token).get(url).asString()
                    + "\n" + suite.logs(), e);
        }
    }

    private static String post(String token, String url, String body) {
        Response response = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(url);
        assertEquals(201, response.statusCode(), url + " → " + response.asString());
        return response.jsonPath().getString("id");
    }
}

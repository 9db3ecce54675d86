package org.smartlibrary.console;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The proxy passes calls to the service unchanged, and answers problems itself only when it cannot. */
@QuarkusTest
@QuarkusTestResource(value = EchoUpstream.class, restrictToAnnotatedClass = true)
class ApiProxyTest {

    private static final String TOKEN = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl";

    @Test
    void getIsForwardedWithItsRawQueryAndHeadersAndTheAnswerComesBackUnchanged() {
        given().header("Authorization", TOKEN)
                .header("Accept", "text/csv")
                .header("If-None-Match", "\"2.1\"")
                .urlEncodingEnabled(false)
                .when().get("/api/assessment/v1/consortia/North%20Shore/needs-aggregate?limit=5&q=a%2Bb")
                .then().statusCode(200)
                .header("ETag", EchoUpstream.ETAG)
                .contentType(startsWith("application/json"))
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/v1/consortia/North%20Shore/needs-aggregate?limit=5&q=a%2Bb"))
                .body("headers.authorization", equalTo(TOKEN))
                .body("headers.accept", equalTo("text/csv"))
                .body("headers.if-none-match", equalTo("\"2.1\""))
                .body("body", emptyString());
    }

    @Test
    void postSendsItsBodyAndConditionalHeadersAndGetsTheCreatedAnswerWithLocation() {
        String body = "{\"outcome\":\"DECLINED\",\"decline_reason\":\"TIMING\",\"note\":\"next year — maybe\"}";
        given().header("Authorization", TOKEN)
                .header("If-Match", "\"4\"")
                .header("Idempotency-Key", "k-1")
                .contentType("application/json")
                .body(body)
                .when().post("/api/matching/v1/created")
                .then().statusCode(201)
                .header("Location", EchoUpstream.LOCATION)
                .header("ETag", EchoUpstream.ETAG)
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/v1/created"))
                .body("headers.content-type", startsWith("application/json"))
                .body("headers.if-match", equalTo("\"4\""))
                .body("headers.idempotency-key", equalTo("k-1"))
                .body("body", equalTo(body));
    }

    @Test
    void putAndDeleteKeepTheirMethod() {
        given().contentType("application/json").body("{\"name\":\"x\"}")
                .when().put("/api/assessment/v1/libraries/abc")
                .then().statusCode(200).body("method", equalTo("PUT")).body("body", equalTo("{\"name\":\"x\"}"));
        given().header("If-Match", "*")
                .when().delete("/api/assessment/v1/assessments/a/goals/b")
                .then().statusCode(200).body("method", equalTo("DELETE"))
                .body("uri", equalTo("/api/v1/assessments/a/goals/b"))
                .body("headers.if-match", equalTo("*"));
    }

    @Test
    void hopByHopHeadersStayAtTheProxy() {
        Response response = given().header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("TE", "trailers")
                .when().get("/api/assessment/v1/libraries");
        response.then().statusCode(200)
                .body("headers.proxy-authorization", nullValue())
                .body("headers.te", nullValue());
    }

    @Test
    void aCallFromTheConsolesOwnPageReachesTheServiceWithoutItsOrigin() {
        given().header("Origin", "http://localhost:" + RestAssured.port)
                .contentType("application/json").body("{\"outcome\":\"CONTACTED\"}")
                .when().post("/api/matching/v1/created")
                .then().statusCode(201)
                .body("headers.origin", nullValue())
                .body("body", equalTo("{\"outcome\":\"CONTACTED\"}"));
    }

    @Test
    void aCallFromAnotherSiteIsRefusedWithoutReachingTheService() {
        given().header("Origin", "https://elsewhere.example")
                .contentType("application/json").body("{\"outcome\":\"CONTACTED\"}")
                .when().post("/api/matching/v1/created")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("https://elsewhere.example"));
    }

    @Test
    void aProblemFromTheServiceComesBackAsItWas() {
        given().header("Authorization", TOKEN)
                .when().get("/api/assessment/v1/missing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body(equalTo(EchoUpstream.PROBLEM));
    }

    @Test
    void notModifiedComesBackWithoutBody() {
        given().header("If-None-Match", EchoUpstream.ETAG)
                .when().get("/api/matching/v1/unchanged")
                .then().statusCode(304)
                .header("ETag", EchoUpstream.ETAG)
                .body(emptyString());
    }

    @Test
    void aServiceThatIsDownAnswers502ProblemNamingIt() {
        given().header("Authorization", TOKEN)
                .when().get("/api/partner/v1/partners")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/upstream-unavailable"))
                .body("status", equalTo(502))
                .body("title", equalTo("Service unavailable"))
                .body("detail", containsString("partner-service could not be reached"))
                .body("instance", equalTo("/api/partner/v1/partners"));
    }

    @Test
    void aBodySentToAServiceThatIsDownStillGets502() {
        given().contentType("application/json").body("{\"name\":\"Makers Guild\"}")
                .when().post("/api/partner/v1/partners")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("status", equalTo(502));
    }

    @Test
    void pathsOutsideTheServicesApisAreNotForwarded() {
        given().when().get("/api/library/v1/libraries")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/not-found"));
        given().when().get("/api/assessment/q/metrics")
                .then().statusCode(404).contentType("application/problem+json");
        given().urlEncodingEnabled(false).when().get("/api/assessment/v1/%2e%2e/%2e%2e/q/metrics")
                .then().statusCode(404).contentType("application/problem+json");
    }
}

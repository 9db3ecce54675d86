package org.smartlibrary.matching;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.smartlibrary.testkit.TestTokens;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** REST calls the tests repeat, and requests carrying the token of a role. */
public final class Api {

    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Api() {
    }

    /** A request with this bearer token. */
    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** A request of a platform administrator (reads every tenant's recommendations and feedback). */
    public static RequestSpecification asPlatformAdmin() {
        return as(TestTokens.platformAdmin());
    }

    /** A request of staff of the library whose assessment-completed event this is. */
    public static RequestSpecification asStaffOf(ObjectNode assessment) {
        return as(TestTokens.libraryStaff(Events.libraryId(assessment)));
    }

    /** A request of an administrator of this partner. */
    public static RequestSpecification asAdminOf(String partnerId) {
        return as(TestTokens.partnerAdmin(UUID.fromString(partnerId)));
    }

    /** Waits until the assessment's recommendations are READY with at least this set version. */
    public static JsonPath awaitReady(String assessmentId, int revision, int setVersion) {
        return await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> recommendations(assessmentId),
                json -> json != null && "READY".equals(json.getString("status"))
                        && json.getInt("revision") == revision
                        && json.getInt("recommendation_set_version") >= setVersion);
    }

    /** Waits until the assessment's recommendations are READY and satisfy the condition. */
    public static JsonPath awaitReadyWhere(String assessmentId, Predicate<JsonPath> condition) {
        return await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> recommendations(assessmentId),
                json -> json != null && "READY".equals(json.getString("status")) && condition.test(json));
    }

    /** The recommendations document (read as platform administrator), or null while the API answers 404. */
    public static JsonPath recommendations(String assessmentId) {
        var response = asPlatformAdmin().get("/api/v1/assessments/{id}/recommendations", assessmentId);
        if (response.statusCode() == 404) {
            return null;
        }
        response.then().statusCode(200);
        return response.jsonPath();
    }
}

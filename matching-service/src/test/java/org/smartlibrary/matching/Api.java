package org.smartlibrary.matching;

import io.restassured.path.json.JsonPath;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** REST calls the tests repeat. */
public final class Api {

    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Api() {
    }

    /** Waits until the assessment's recommendations are READY with at least this set version. */
    public static JsonPath awaitReady(String assessmentId, int revision, int setVersion) {
        return await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> recommendations(assessmentId),
                json -> json != null && "READY".equals(json.getString("status"))
                        && json.getInt("revision") == revision
                        && json.getInt("recommendation_set_version") >= setVersion);
    }

    /** The recommendations document, or null while the API answers 404. */
    public static JsonPath recommendations(String assessmentId) {
        var response = given().get("/api/v1/assessments/{id}/recommendations", assessmentId);
        if (response.statusCode() == 404) {
            return null;
        }
        response.then().statusCode(200);
        return response.jsonPath();
    }
}

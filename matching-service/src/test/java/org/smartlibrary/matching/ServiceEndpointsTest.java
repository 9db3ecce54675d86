package org.smartlibrary.matching;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

/** The platform endpoints every service offers, against the real database and broker. */
@QuarkusTest
class ServiceEndpointsTest {

    @Test
    void readyWithDatabaseAndKafka() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Kafka")))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void servesOpenApiSwaggerAndMetrics() {
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200).body("info.title", equalTo("Matching service"))
                // secured operations list their roles in the bearer requirement and document 401/403
                .body("paths.'/api/v1/assessments/{assessmentId}/recommendations'.get.security[0].bearer",
                        containsInAnyOrder("library-staff", "portal", "platform-admin"))
                .body("paths.'/api/v1/assessments/{assessmentId}/recommendations/{partnerId}/feedback'.post.security[0].bearer",
                        containsInAnyOrder("library-staff"))
                .body("paths.'/api/v1/partners/{partnerId}/matching-libraries'.get.security[0].bearer",
                        containsInAnyOrder("partner-admin", "portal", "platform-admin"))
                .body("paths.'/api/v1/assessments/{assessmentId}/recommendations'.get.responses", hasKey("401"))
                .body("paths.'/api/v1/assessments/{assessmentId}/recommendations'.get.responses", hasKey("403"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void unknownPathIsAProblem() {
        given().when().get("/api/v1/no-such-thing").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("https://smartlibrary.org/problems/not-found"));
    }
}

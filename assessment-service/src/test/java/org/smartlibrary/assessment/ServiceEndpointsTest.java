package org.smartlibrary.assessment;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
                .statusCode(200).body("info.title", equalTo("Assessment service"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void exposesTheOutboxStateAsMetricsAndAdminEndpoint() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("slp_outbox_backlog"))
                .body(containsString("slp_outbox_parked"));
        given().auth().oauth2(Api.platformAdmin()).when().get("/api/v1/admin/outbox").then().statusCode(200)
                .body("parked", equalTo(0));
        given().when().get("/api/v1/admin/outbox").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Api.portal()).when().get("/api/v1/admin/outbox").then().statusCode(403)
                .contentType("application/problem+json");
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

package org.smartlibrary.testkit.endpoints;

import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The platform endpoints every service offers (health with its database and broker, OpenAPI, Swagger UI, metrics,
 * the outbox admin endpoint, problem documents for unknown paths), checked the same way for each service. A service's
 * {@code @QuarkusTest} extends this class and names its OpenAPI title.
 */
public abstract class ServiceEndpointsContract {

    /** The {@code info.title} of the service's OpenAPI document. */
    protected abstract String openApiTitle();

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
                .statusCode(200).body("info.title", equalTo(openApiTitle()));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void exposesTheOutboxStateAsMetricsAndAdminEndpoint() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("slp_outbox_backlog"))
                .body(containsString("slp_outbox_parked"));
        given().auth().oauth2(TestTokens.platformAdmin()).when().get("/api/v1/admin/outbox").then().statusCode(200)
                .body("parked", equalTo(0));
        given().when().get("/api/v1/admin/outbox").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.portal()).when().get("/api/v1/admin/outbox").then().statusCode(403)
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

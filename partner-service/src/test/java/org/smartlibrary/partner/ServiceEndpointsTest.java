package org.smartlibrary.partner;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
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
                .statusCode(200).body("info.title", equalTo("Partner service"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void openApiDescribesThePeriodAndTheEligibilityOfOfferings() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("components.schemas.OfferingRequest.properties.period.enum",
                        hasItems("ONE_TIME", "MONTH", "YEAR"))
                .body("components.schemas.OfferingRequest.properties.period.description", containsString("ONE_TIME"))
                .body("components.schemas.OfferingRequest.properties.min_joint_libraries.minimum", equalTo(2))
                .body("components.schemas.OfferingRequest.properties.min_joint_libraries.maximum", equalTo(100))
                .body("components.schemas.OfferingRequest.properties", hasKey("min_order"))
                .body("components.schemas.Offering.properties.period.enum", hasItems("ONE_TIME", "MONTH", "YEAR"))
                .body("components.schemas.Offering.properties", hasKey("min_order"))
                .body("components.schemas.Offering.properties", hasKey("min_joint_libraries"))
                .body("components.schemas.MinOrder.properties.keySet()",
                        hasItems("quantity", "unit", "amount", "currency"));
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

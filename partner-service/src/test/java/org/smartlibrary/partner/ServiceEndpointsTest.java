package org.smartlibrary.partner;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.endpoints.ServiceEndpointsContract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

/** The platform endpoints every service offers, and this service's additions, against the real database and broker. */
@QuarkusTest
class ServiceEndpointsTest extends ServiceEndpointsContract {

    @Override
    protected String openApiTitle() {
        return "Partner service";
    }

    @Test
    void openApiDescribesThePeriodAndTheEligibilityOfOfferings() {
        // the period is a taxonomy code: the money_periods list is the MoneyPeriod schema, which both refer to
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("components.schemas.MoneyPeriod.enum", hasItems("ONE_TIME", "MONTH", "YEAR"))
                .body("components.schemas.OfferingRequest.properties.period.anyOf.'$ref'",
                        hasItem("#/components/schemas/MoneyPeriod"))
                .body("components.schemas.OfferingRequest.properties.period.description", containsString("ONE_TIME"))
                .body("components.schemas.OfferingRequest.properties.min_joint_libraries.minimum", equalTo(2))
                .body("components.schemas.OfferingRequest.properties.min_joint_libraries.maximum", equalTo(100))
                .body("components.schemas.OfferingRequest.properties", hasKey("min_order"))
                .body("components.schemas.Offering.properties.period.anyOf.'$ref'",
                        hasItem("#/components/schemas/MoneyPeriod"))
                .body("components.schemas.Offering.properties", hasKey("min_order"))
                .body("components.schemas.Offering.properties", hasKey("min_joint_libraries"))
                .body("components.schemas.MinOrder.properties.keySet()",
                        hasItems("quantity", "unit", "amount", "currency"));
    }
}

package org.smartlibrary.matching;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.endpoints.ServiceEndpointsContract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasKey;

/** The platform endpoints every service offers, and this service's additions, against the real database and broker. */
@QuarkusTest
class ServiceEndpointsTest extends ServiceEndpointsContract {

    @Override
    protected String openApiTitle() {
        return "Matching service";
    }

    @Test
    void documentsTheRolesOfSecuredOperations() {
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200)
                // secured operations list their roles in the bearer requirement and document 401/403
                .body("paths.'/api/v1/assessments/{assessmentId}/recommendations'.get.security[0].bearer",
                        containsInAnyOrder("library-staff", "portal", "platform-admin"))
                .body("paths.'/api/v1/assessments/{assessmentId}/recommendations/{partnerId}/feedback'.post.security[0].bearer",
                        containsInAnyOrder("library-staff"))
                .body("paths.'/api/v1/partners/{partnerId}/matching-libraries'.get.security[0].bearer",
                        containsInAnyOrder("partner-admin", "portal", "platform-admin"))
                .body("paths.'/api/v1/assessments/{assessmentId}/recommendations'.get.responses", hasKey("401"))
                .body("paths.'/api/v1/assessments/{assessmentId}/recommendations'.get.responses", hasKey("403"));
    }
}

package org.smartlibrary.kit.http;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The problems the HTTP layer answers for any operation are in the OpenAPI document of every operation (found by
 * the API fuzzer, deploy/fuzz/run, as undocumented statuses) and are problem documents on the wire.
 */
@QuarkusTest
class HttpProblemsInOpenApiTest {

    private static final String PROBLEM_REF = "content.'application/problem+json'.schema.$ref";

    @Test
    void everyOperationDocuments400And406And413And414AndOperationsWithABody415() {
        var document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
        for (String status : new String[]{"400", "406", "413", "414", "415"}) {
            document.body("paths.'/widgets'.post.responses.'" + status + "'." + PROBLEM_REF,
                    equalTo("#/components/schemas/Problem"));
        }
        for (String status : new String[]{"400", "406", "413", "414"}) {
            document.body("paths.'/widgets'.get.responses.'" + status + "'." + PROBLEM_REF,
                    equalTo("#/components/schemas/Problem"));
        }
        document.body("paths.'/widgets'.get.responses.'415'", nullValue());
    }

    @Test
    void notAcceptableIsAProblemDocument() {
        given().auth().oauth2(TestTokens.platformAdmin()).accept("text/html").when().get("/api/v1/admin/outbox").then()
                .statusCode(406).contentType("application/problem+json");
        // 413 and 414: SecurityBoundaryTest; 415 needs an @Consumes resource (the services', checked by the fuzzer)
    }
}

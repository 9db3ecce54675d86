package org.smartlibrary.kit.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The kit's security boundary, seen from a client: token checks, role checks, limits and CORS. */
@QuarkusTest
class SecurityBoundaryTest {

    private static final String ADMIN_PATH = "/api/v1/admin/outbox";

    @Test
    void noTokenIsUnauthorizedWithABearerChallenge() {
        given().when().get(ADMIN_PATH).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://smartlibrary.org/problems/unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    void tokensThatFailVerificationAreUnauthorized() {
        for (String token : new String[]{TestTokens.expired(), TestTokens.fromOtherIssuer(),
                TestTokens.signedByUnknownKey(), "not-a-jwt"}) {
            given().auth().oauth2(token).when().get(ADMIN_PATH).then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aPublicOperationStillRefusesABrokenToken() {
        given().when().get("/widgets").then().statusCode(200);
        given().auth().oauth2(TestTokens.portal()).when().get("/widgets").then().statusCode(200);
        for (String token : new String[]{TestTokens.expired(), TestTokens.signedByUnknownKey(), "not-a-jwt"}) {
            given().auth().oauth2(token).when().get("/widgets").then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer");
        }
    }

    @Test
    void aValidTokenWithTheWrongRoleIsForbidden() {
        given().auth().oauth2(TestTokens.portal()).when().get(ADMIN_PATH).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/forbidden"));
    }

    @Test
    void theRightRoleGetsIn() {
        given().auth().oauth2(TestTokens.platformAdmin()).when().get(ADMIN_PATH).then().statusCode(200);
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedBeforeItIsRead() {
        String large = "{\"name\":\"" + "x".repeat(300_000) + "\"}";
        given().contentType(ContentType.JSON).body(large).when().post("/widgets").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("at most 262144"));
    }

    @Test
    void aQueryStringLongerThanTheLimitIsRefused() {
        given().queryParam("q", "y".repeat(3000)).when().get("/widgets").then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/uri-too-long"));
    }

    @Test
    void corsAllowsTheConfiguredOriginAndExposesTheHeadersClientsRead() {
        given().header("Origin", "https://portal.example.org")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match")
                .when().options(ADMIN_PATH).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://portal.example.org");
        given().header("Origin", "https://portal.example.org")
                .auth().oauth2(TestTokens.platformAdmin())
                .when().get(ADMIN_PATH).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://portal.example.org")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Link"));
    }

    @Test
    void corsGivesOtherOriginsNothing() {
        given().header("Origin", "https://evil.example.com")
                .auth().oauth2(TestTokens.platformAdmin())
                .when().get(ADMIN_PATH).then()
                .header("Access-Control-Allow-Origin", not(equalTo("https://evil.example.com")));
    }

    @Test
    void openApiDeclaresTheBearerSchemeAndTheRolesOfSecuredOperations() {
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/admin/outbox'.get.security[0].bearer", hasItems("platform-admin"))
                .body("paths.'/api/v1/admin/outbox'.get.responses.'401'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/admin/outbox'.get.responses.'403'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"));
    }
}

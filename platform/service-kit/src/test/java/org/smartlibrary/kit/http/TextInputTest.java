package org.smartlibrary.kit.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Regression for the 500s deploy/fuzz/run found: a NUL character reached PostgreSQL ("invalid byte sequence for
 * encoding UTF8: 0x00"). It is now refused with 400 before anything reads the request further.
 */
@QuarkusTest
class NulCharactersTest {

    @Test
    void aJsonStringWithANulCharacterIsAValidationProblemNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"nul\\u0000byte\"}").when().post("/widgets").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must not contain the NUL character (U+0000)"));
    }

    @Test
    void otherStringsStillReadAsBefore() {
        given().contentType(ContentType.JSON).body("{\"name\":\"ÿ名🙂 \\u0001 \\\" \\\\ fine\"}").when().post("/widgets").then()
                .statusCode(201);
        given().contentType(ContentType.JSON).body("{\"name\":42}").when().post("/widgets").then()
                .statusCode(201).body("name", equalTo("42"));
    }

    @Test
    void anEncodedNulCharacterInThePathOrQueryIsAMalformedRequest() {
        for (String target : new String[]{"/widgets?cursor=a%00b", "/widgets/nul%00byte", "/q/openapi?x=%00"}) {
            given().urlEncodingEnabled(false).when().get(target).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://smartlibrary.org/problems/malformed-request"));
        }
        // an encoded percent sign followed by 00 is text, not a NUL character
        given().urlEncodingEnabled(false).when().get("/widgets?cursor=%2500").then().statusCode(400)
                .body("type", equalTo("https://smartlibrary.org/problems/validation"));
    }
}

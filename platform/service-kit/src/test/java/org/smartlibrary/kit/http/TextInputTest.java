package org.smartlibrary.kit.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Text in a request: no NUL character anywhere (PostgreSQL cannot store it), and no empty or blank value for any
 * field or query parameter (a client bug must not become a silently missing id, date or text).
 */
@QuarkusTest
class TextInputTest {

    private static final String BLANK = "must not be empty or blank: omit it or send null instead";

    @Test
    void aJsonStringWithANulCharacterIsAValidationProblemNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"nul\\u0000byte\"}").when().post("/widgets").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must not contain the NUL character (U+0000)"));
    }

    @Test
    void otherStringsStillReadAsBeforeButOnlyStringsAreText() {
        given().contentType(ContentType.JSON).body("{\"name\":\"ÿ名🙂 \\u0001 \\\" \\\\ fine\"}").when().post("/widgets").then()
                .statusCode(201);
        // text is a JSON string, as the documents say: a number or a boolean is not read as its digits
        for (String notText : new String[]{"42", "4.2", "true"}) {
            given().contentType(ContentType.JSON).body("{\"name\":" + notText + "}").when().post("/widgets").then()
                    .statusCode(400).body("errors[0].field", equalTo("name"));
        }
    }

    @Test
    void anEmptyOrBlankValueIsRefusedWhateverTheFieldsType() {
        String[] blanks = {"\"\"", "\" \"", "\"\\t\\n\"", "\"\\u0000\"", "\" \\u0000 \"", "\"\\u0007\""};
        String[] fields = {"note", "parent_id", "due", "count", "shape"};
        for (String field : fields) {
            for (String blank : blanks) {
                String body = "{\"name\":\"blank " + field + "\",\"" + field + "\":" + blank + "}";
                try {
                    given().contentType(ContentType.JSON)
                            .body(body)
                            .when().post("/widgets").then()
                            .statusCode(400)
                            .contentType("application/problem+json")
                            .body("errors", hasSize(1))
                            .body("errors[0].field", equalTo(field))
                            .body("errors[0].message", equalTo(BLANK));
                } catch (AssertionError failure) {
                    throw new AssertionError("for " + body + ": " + failure.getMessage(), failure);
                }
            }
        }
        given().contentType(ContentType.JSON).body("{\"name\":\"   \"}").when().post("/widgets").then()
                .statusCode(400).body("errors[0].field", equalTo("name")).body("errors[0].message", equalTo(BLANK));
    }

    @Test
    void anOptionalFieldMayBeNullOrOmitted() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"optional\",\"note\":null,\"parent_id\":null,\"due\":null,\"count\":null,\"shape\":null}")
                .when().post("/widgets").then().statusCode(201).body("name", equalTo("optional"));
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"filled\",\"note\":\" a note \",\"parent_id\":\"6f1c4c52-08a3-4b5e-9d53-0e6a1f3f4a10\","
                        + "\"due\":\"2027-01-31\",\"count\":3,\"shape\":\"ROUND\"}")
                .when().post("/widgets").then().statusCode(201).body("name", equalTo("filled"));
    }

    @Test
    void aQueryParameterWithAnEmptyOrBlankValueIsRefusedNamingIt() {
        for (String target : new String[]{"/widgets?cursor=", "/widgets?limit=%20", "/widgets?limit=5&cursor=%09"}) {
            given().urlEncodingEnabled(false).when().get(target).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://smartlibrary.org/problems/validation"))
                    .body("errors[0].message", equalTo(BLANK));
        }
        given().urlEncodingEnabled(false).when().get("/widgets?cursor=").then()
                .body("errors[0].field", equalTo("cursor"));
        given().urlEncodingEnabled(false).when().get("/widgets?limit=5").then().statusCode(200);
    }

    @Test
    void anIdempotencyKeyOrIfMatchSentEmptyIsRefusedNamingItWhereTheOperationReadsOne() {
        for (String empty : new String[]{"", " ", "\t"}) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", empty).body("{\"name\":\"keyed\"}")
                    .when().post("/widgets").then()
                    .statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"))
                    .body("errors[0].message", equalTo(BLANK));
        }
        // an operation that takes no key is not concerned by one
        given().header("Idempotency-Key", "").when().get("/widgets").then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", " ").body("{\"name\":\"matched\"}")
                .when().put("/widgets/" + createdWidget()).then()
                .statusCode(400).body("errors[0].field", equalTo("If-Match"));
    }

    private static String createdWidget() {
        return given().contentType(ContentType.JSON).body("{\"name\":\"to match\"}").when().post("/widgets").then()
                .statusCode(201).extract().path("id");
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

package org.smartlibrary.kit.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** An id in the path that is not a UUID is the client's mistake (400 naming it); a UUID of nothing is a 404. */
@QuarkusTest
class UuidParametersTest {

    @Test
    void aPathIdThatIsNotAUuidIsAValidationProblemNamingTheParameter() {
        for (String id : new String[]{"not-a-uuid", "1-1-1-1-1", "6f1c4c52-08a3-4b5e-9d53-0e6a1f3f4a1"}) {
            given().contentType(ContentType.JSON).body("{\"name\":\"x\"}").when().put("/widgets/" + id).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("id"))
                    .body("errors[0].message", equalTo("must be a UUID (8-4-4-4-12 hexadecimal digits)"));
        }
    }

    @Test
    void aUuidOfNothingIsNotFound() {
        given().contentType(ContentType.JSON).body("{\"name\":\"x\"}").when().put("/widgets/" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }
}

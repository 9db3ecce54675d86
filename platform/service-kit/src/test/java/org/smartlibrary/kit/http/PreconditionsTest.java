package org.smartlibrary.kit.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.problem.ProblemException;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class PreconditionsTest {

    @Test
    void ifMatchAcceptsAbsentWildcardWeakAndListedTags() {
        assertDoesNotThrow(() -> Preconditions.checkIfMatch(null, 3));
        assertDoesNotThrow(() -> Preconditions.checkIfMatch("*", 3));
        assertDoesNotThrow(() -> Preconditions.checkIfMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Preconditions.checkIfMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> Preconditions.checkIfMatch("\"1\", \"3\"", 3));
        ProblemException stale = assertThrows(ProblemException.class, () -> Preconditions.checkIfMatch("\"2\"", 3));
        assertEquals(412, stale.status());
    }

    @Test
    void staleIfMatchOnAWriteIs412AndChangesNothing() {
        String id = given().contentType(ContentType.JSON).body("{\"name\":\"etag\"}")
                .when().post("/widgets").then().statusCode(201).extract().path("id");
        String etag = given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"name\":\"etag-2\"}")
                .when().put("/widgets/" + id).then().statusCode(200).extract().header("ETag");
        assertEquals("\"1\"", etag);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"name\":\"lost update\"}")
                .when().put("/widgets/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/precondition-failed"));
    }
}

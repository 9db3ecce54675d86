package org.smartlibrary.kit.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.problem.ProblemException;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** If-Match on writes: required (428), compared strongly (a weak tag never matches), {@code *} and lists. */
@QuarkusTest
class PreconditionsTest {

    @Test
    void ifMatchAcceptsTheCurrentTagTheWildcardAndAListHoldingTheCurrentTag() {
        assertDoesNotThrow(() -> Preconditions.checkIfMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Preconditions.checkIfMatch("*", 3));
        assertDoesNotThrow(() -> Preconditions.checkIfMatch(" * ", 3));
        assertDoesNotThrow(() -> Preconditions.checkIfMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> Preconditions.checkIfMatch("W/\"3\", \"3\"", 3), "the strong tag in the list matches");
    }

    @Test
    void aMissingIfMatchIs428NamingTheHeaderAndHowToGetTheETag() {
        ProblemException missing = assertThrows(ProblemException.class, () -> Preconditions.checkIfMatch(null, 3));
        assertEquals(428, missing.status());
        assertTrue(missing.getMessage().contains("If-Match"), missing.getMessage());
        assertTrue(missing.getMessage().contains("GET the resource first"), missing.getMessage());
    }

    @Test
    void aWeakTagNeverMatchesAndSaysWhy() {
        for (String weak : new String[]{"W/\"3\"", "W/\"2\", W/\"3\""}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> Preconditions.checkIfMatch(weak, 3));
            assertEquals(412, refused.status(), weak);
            assertTrue(refused.getMessage().contains("weak tags cannot be used with If-Match"), refused.getMessage());
        }
    }

    @Test
    void aStaleTagOrAListOfStaleTagsIs412() {
        for (String stale : new String[]{"\"2\"", "\"1\", \"2\"", "\"33\""}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> Preconditions.checkIfMatch(stale, 3));
            assertEquals(412, refused.status(), stale);
            assertTrue(refused.getMessage().contains("does not match the current version \"3\""), refused.getMessage());
        }
    }

    @Test
    void aBlankIfMatchIs400NamingIt() {
        for (String blank : new String[]{"", " ", "\t"}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> Preconditions.checkIfMatch(blank, 3));
            assertEquals(400, refused.status());
            assertEquals("If-Match", refused.toProblem(null).errors().get(0).field());
        }
    }

    @Test
    void aCreationUnderAVersionedResourceMayLeaveIfMatchOutButWhenSentItIsComparedTheSameWay() {
        assertDoesNotThrow(() -> Preconditions.checkIfMatchWhenSent(null, 3));
        assertDoesNotThrow(() -> Preconditions.checkIfMatchWhenSent("\"3\"", 3));
        assertEquals(412, assertThrows(ProblemException.class,
                () -> Preconditions.checkIfMatchWhenSent("W/\"3\"", 3)).status());
        assertEquals(412, assertThrows(ProblemException.class,
                () -> Preconditions.checkIfMatchWhenSent("\"2\"", 3)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> Preconditions.checkIfMatchWhenSent(" ", 3)).status());
    }

    @Test
    void aWriteWithoutIfMatchIs428AndChangesNothing() {
        String id = created("required");
        given().contentType(ContentType.JSON).body("{\"name\":\"blind write\"}")
                .when().put("/widgets/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/precondition-required"))
                .body("status", equalTo(428))
                .body("detail", containsString("If-Match"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"name\":\"seen\"}")
                .when().put("/widgets/" + id).then().statusCode(200).body("name", equalTo("seen"));
    }

    @Test
    void staleOrWeakIfMatchOnAWriteIs412AndChangesNothing() {
        String id = created("etag");
        String etag = given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"name\":\"etag-2\"}")
                .when().put("/widgets/" + id).then().statusCode(200).extract().header("ETag");
        assertEquals("\"1\"", etag);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"name\":\"lost update\"}")
                .when().put("/widgets/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/precondition-failed"));
        given().contentType(ContentType.JSON).header("If-Match", "W/" + etag).body("{\"name\":\"weak\"}")
                .when().put("/widgets/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("weak tags cannot be used with If-Match"));
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"name\":\"any version\"}")
                .when().put("/widgets/" + id).then().statusCode(200).header("ETag", equalTo("\"2\""));
    }

    private static String created(String name) {
        return given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}")
                .when().post("/widgets").then().statusCode(201).extract().path("id");
    }
}

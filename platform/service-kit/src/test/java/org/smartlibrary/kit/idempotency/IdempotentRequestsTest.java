package org.smartlibrary.kit.idempotency;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class IdempotentRequestsTest {

    @Test
    void sameKeyAndBodyAnswersTheFirstResponseWithoutCreatingAgain() {
        String key = UUID.randomUUID().toString();
        Response first = post(key, "{\"name\":\"idem\"}");
        Response second = post(key, "{\"name\":\"idem\"}");

        assertEquals(201, first.statusCode());
        assertEquals(201, second.statusCode());
        assertEquals(first.path("id").toString(), second.path("id").toString());
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals("true", second.header("Idempotent-Replayed"));
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        post(key, "{\"name\":\"first\"}").then().statusCode(201);
        post(key, "{\"name\":\"second\"}").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/idempotency-key-reused"));
    }

    @Test
    void withoutKeyEveryRequestCreates() {
        String a = post(null, "{\"name\":\"no-key\"}").path("id");
        String b = post(null, "{\"name\":\"no-key\"}").path("id");
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
    }

    @Test
    void oversizedKeyIsAProblem() {
        post("k".repeat(256), "{\"name\":\"x\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    private static Response post(String key, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/widgets");
    }
}

package org.smartlibrary.kit.idempotency;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    void aKeyIsScopedToTheCallerSoAnotherTenantNeverReceivesTheStoredResponse() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"tenant-scoped\"}";
        UUID partnerA = UUID.randomUUID();
        Response tenantA = post(key, body, TestTokens.partnerAdmin(partnerA));
        Response tenantB = post(key, body, TestTokens.partnerAdmin(UUID.randomUUID()));
        Response tenantAWithAnotherToken = post(key, body, TestTokens.partnerAdmin(partnerA));

        assertEquals(201, tenantA.statusCode());
        assertEquals(201, tenantB.statusCode());
        assertNotEquals(tenantA.path("id").toString(), tenantB.path("id").toString(),
                "another tenant sending the same key and body runs its own request");
        assertNull(tenantB.header("Idempotent-Replayed"));
        assertEquals("true", tenantAWithAnotherToken.header("Idempotent-Replayed"), "same tenant, new token: replay");
        assertEquals(tenantA.path("id").toString(), tenantAWithAnotherToken.path("id").toString());
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
    void concurrentFirstRequestsWithOneKeyCreateOnceAndNeverFail() throws Exception {
        String key = UUID.randomUUID().toString();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> post(key, "{\"name\":\"race\"}")));
            }
            java.util.Set<String> created = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Response> answer : answers) {
                Response response = answer.get();
                org.junit.jupiter.api.Assertions.assertTrue(response.statusCode() == 201 || response.statusCode() == 409,
                        "201 or 409, was " + response.statusCode() + ": " + response.asString());
                if (response.statusCode() == 201) {
                    created.add(response.path("id"));
                } else {
                    assertEquals("https://smartlibrary.org/problems/idempotency-key-in-use", response.path("type"));
                }
            }
            assertEquals(1, created.size(), "every 201 names the same widget");
        } finally {
            pool.shutdownNow();
        }
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
        return post(key, body, null);
    }

    private static Response post(String key, String body, String token) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/widgets");
    }
}

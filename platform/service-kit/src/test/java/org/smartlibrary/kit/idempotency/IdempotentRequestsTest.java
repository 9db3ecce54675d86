package org.smartlibrary.kit.idempotency;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.TestTokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class IdempotentRequestsTest {

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyPurge purge;

    @Inject
    MeterRegistry registry;

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

    @Test
    void aKeyWhoseResponseExpiredRunsTheRequestAgain() {
        String key = UUID.randomUUID().toString();
        Response first = post(key, "{\"name\":\"expiring\"}");
        age(key, Duration.ofHours(25));

        Response again = post(key, "{\"name\":\"expiring\"}");

        assertEquals(201, again.statusCode());
        assertNull(again.header("Idempotent-Replayed"), "after the 24 h retention the key is new again");
        assertNotEquals(first.path("id").toString(), again.path("id").toString());
        assertEquals(1, records(key), "one record: the new response");
    }

    @Test
    void purgeDeletesExpiredRecordsInBatchesAndKeepsTheOthers() {
        List<String> expired = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // more than the test's batch size of 2: the purge goes on batch after batch
            String key = UUID.randomUUID().toString();
            post(key, "{\"name\":\"old\"}").then().statusCode(201);
            age(key, Duration.ofHours(24).plusMinutes(1));
            expired.add(key);
        }
        String recent = UUID.randomUUID().toString();
        post(recent, "{\"name\":\"recent\"}").then().statusCode(201);
        age(recent, Duration.ofHours(23));
        double countedBefore = registry.counter("slp.idempotency.purged").count();

        long purged = purge.purgeExpired();

        assertTrue(purged >= 5, "at least the five expired records, was " + purged);
        expired.forEach(key -> assertEquals(0, records(key), "expired " + key));
        assertEquals(1, records(recent), "a record within its retention stays");
        assertEquals(countedBefore + purged, registry.counter("slp.idempotency.purged").count());
        assertEquals("true", post(recent, "{\"name\":\"recent\"}").header("Idempotent-Replayed"));
    }

    private void age(String key, Duration age) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE idempotency_record SET created_at = now() - ?2 * INTERVAL '1 minute' WHERE idem_key = ?1")
                .setParameter(1, key).setParameter(2, age.toMinutes()).executeUpdate());
    }

    private long records(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM idempotency_record WHERE idem_key = ?1").setParameter(1, key)
                .getSingleResult()).longValue());
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

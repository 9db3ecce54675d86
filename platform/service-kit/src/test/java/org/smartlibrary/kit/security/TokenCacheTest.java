package org.smartlibrary.kit.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.TestTokens;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bearer token is verified once within its lifetime, seen through the services' real authentication: requests,
 * their answers and the cache's metrics.
 * <p>
 * Runs with a profile of its own (one more application start): a clock skew of one second (the least smallrye-jwt
 * allows; the default is a minute), so a token is refused a second after it expires, and a small cache. Its tokens are signed with a key pair of this test, so that one can expire seconds
 * after it was issued.
 */
@QuarkusTest
@TestProfile(TokenCacheTest.ShortCache.class)
class TokenCacheTest {

    static final int SIZE = 5;
    static final String ADMIN_PATH = "/api/v1/admin/outbox";

    /** One second of clock skew, a cache of {@value #SIZE} tokens, this test's key trusted instead of the kit's. */
    public static class ShortCache implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mp.jwt.verify.clock.skew", "1",
                    "slp.security.token-cache.size", String.valueOf(SIZE),
                    "mp.jwt.verify.publickey", Keys.publicKeyPem());
        }
    }

    @Inject
    MeterRegistry registry;

    @Test
    void aSecondRequestWithTheSameTokenIsNotVerifiedAgain() {
        String token = Keys.sign("platform-admin", Duration.ofHours(1));

        double misses = misses();
        double hits = hits();
        given().auth().oauth2(token).when().get(ADMIN_PATH).then().statusCode(200);
        assertEquals(misses + 1, misses(), "the first request verifies the token");
        assertEquals(hits, hits());

        given().auth().oauth2(token).when().get(ADMIN_PATH).then().statusCode(200);
        given().auth().oauth2(token).when().get("/widgets").then().statusCode(200);
        assertEquals(misses + 1, misses(), "later requests are not verified again");
        assertEquals(hits + 2, hits());
    }

    @Test
    void aCachedTokenThatExpiresIsRefusedWithTheSameProblemAsBefore() {
        Response anonymous = given().when().get(ADMIN_PATH);
        String token = Keys.sign("platform-admin", Duration.ofSeconds(2));
        given().auth().oauth2(token).when().get(ADMIN_PATH).then().statusCode(200);
        given().auth().oauth2(token).when().get(ADMIN_PATH).then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().auth().oauth2(token).when().get(ADMIN_PATH).statusCode() == 401);

        Response expired = given().auth().oauth2(token).when().get(ADMIN_PATH);
        assertEquals(401, expired.statusCode());
        assertEquals("application/problem+json", expired.contentType());
        assertEquals("Bearer", expired.header("WWW-Authenticate"));
        for (String field : new String[]{"type", "title", "status", "detail", "instance"}) {
            assertEquals(anonymous.jsonPath().getString(field), expired.jsonPath().getString(field), field);
        }
        given().auth().oauth2(token).when().get("/widgets").then().statusCode(401);
    }

    @Test
    void aTokenWithABadSignatureIsRefusedEveryTime() {
        String forged = Keys.signWithUnknownKey("platform-admin");
        double misses = misses();
        double hits = hits();

        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(forged).when().get(ADMIN_PATH).then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer");
        }

        assertEquals(misses + 3, misses(), "each request verifies the token again");
        assertEquals(hits, hits());
    }

    @Test
    void differentTokensNeverShareAnEntry() {
        String admin = Keys.sign("platform-admin", Duration.ofHours(1));
        given().auth().oauth2(admin).when().get(ADMIN_PATH).then().statusCode(200);

        String portal = Keys.sign("portal", Duration.ofHours(1));
        given().auth().oauth2(portal).when().get(ADMIN_PATH).then().statusCode(403);

        String header = admin.substring(0, admin.indexOf('.'));
        String payload = admin.substring(admin.indexOf('.') + 1, admin.lastIndexOf('.'));
        String forgedSignature = Keys.signWithUnknownKey("platform-admin");
        String samePayloadOtherSignature = header + "." + payload
                + forgedSignature.substring(forgedSignature.lastIndexOf('.'));
        for (String other : new String[]{samePayloadOtherSignature, admin + "x",
                admin.substring(0, admin.length() - 2), admin + "." + admin}) {
            given().auth().oauth2(other).when().get(ADMIN_PATH).then().statusCode(401);
        }

        given().auth().oauth2(admin).when().get(ADMIN_PATH).then().statusCode(200);
    }

    @Test
    void theCacheHoldsAtMostItsSize() {
        double evictions = evictions();
        for (int i = 0; i < SIZE + 3; i++) {
            given().auth().oauth2(Keys.sign("portal", Duration.ofHours(1))).when().get("/widgets").then()
                    .statusCode(200);
            assertTrue(size() <= SIZE, "size " + size());
        }
        assertTrue(evictions() >= evictions + 3, "evictions " + (evictions() - evictions));

        given().when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("slp_token_cache_hits_total"))
                .body(containsString("slp_token_cache_misses_total"))
                .body(containsString("slp_token_cache_evictions_total"))
                .body(containsString("slp_token_cache_size"));
    }

    private double hits() {
        return registry.get("slp.token.cache.hits").functionCounter().count();
    }

    private double misses() {
        return registry.get("slp.token.cache.misses").functionCounter().count();
    }

    private double evictions() {
        return registry.get("slp.token.cache.evictions").functionCounter().count();
    }

    private double size() {
        return registry.get("slp.token.cache.size").gauge().value();
    }

    /** The key pair this test's tokens are signed with, and one the service does not trust. */
    static final class Keys {
        private static final KeyPair TRUSTED = generate();
        private static final KeyPair UNKNOWN = generate();

        static String sign(String role, Duration validFor) {
            return sign(role, validFor, TRUSTED.getPrivate());
        }

        static String signWithUnknownKey(String role) {
            return sign(role, Duration.ofHours(1), UNKNOWN.getPrivate());
        }

        static String publicKeyPem() {
            return "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(TRUSTED.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
        }

        private static String sign(String role, Duration validFor, PrivateKey key) {
            Instant now = Instant.now();
            return Jwt.issuer(TestTokens.ISSUER)
                    .subject(role + "-" + UUID.randomUUID())
                    .groups(role)
                    .issuedAt(now)
                    .expiresAt(now.plus(validFor))
                    .jws().keyId("test").sign(key);
        }

        private static KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

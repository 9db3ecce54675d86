package org.smartlibrary.localtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevTokensTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static KeyPair keyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    static JsonNode part(String token, int index) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
    }

    static boolean verifies(String token, PublicKey key) throws Exception {
        String[] parts = token.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    @Test
    void mintsAnRs256TokenWithTheClaimsTheServicesRead() throws Exception {
        KeyPair pair = keyPair();
        DevTokens tokens = new DevTokens(pair.getPrivate());
        Map<String, String> tenancy = Map.of("library-staff", "library_id", "partner-admin", "partner_id",
                "consortium-analyst", "consortium_id");
        for (String role : DevTokens.ROLES) {
            String tenant = tenancy.containsKey(role) ? "tenant-42" : null;
            long before = Instant.now().getEpochSecond();
            String token = tokens.mint(role, tenant);

            assertEquals(3, token.split("\\.").length, role + ": three parts");
            assertFalse(token.contains("="), role + ": base64url without padding");
            JsonNode header = part(token, 0);
            assertEquals("RS256", header.path("alg").asText());
            assertEquals("JWT", header.path("typ").asText());
            assertEquals("slp-local-dev", header.path("kid").asText());

            JsonNode claims = part(token, 1);
            assertEquals("https://auth.smartlibrary.local", claims.path("iss").asText(), role + ": issuer");
            assertEquals(1, claims.path("groups").size(), role + ": one group");
            assertEquals(role, claims.path("groups").get(0).asText(), role + ": groups");
            String subject = tenant == null ? role : role + "@" + tenant;
            assertEquals(subject, claims.path("sub").asText());
            assertEquals(subject, claims.path("upn").asText());
            assertFalse(claims.path("jti").asText().isEmpty(), role + ": jti");
            long iat = claims.path("iat").asLong();
            assertTrue(iat >= before && iat <= Instant.now().getEpochSecond(), role + ": iat is now");
            assertEquals(iat + 12 * 3600, claims.path("exp").asLong(), role + ": valid 12 hours");
            for (Map.Entry<String, String> e : tenancy.entrySet()) {
                if (e.getKey().equals(role)) {
                    assertEquals("tenant-42", claims.path(e.getValue()).asText(), role + ": tenancy claim");
                } else {
                    assertFalse(claims.has(e.getValue()), role + " must not carry " + e.getValue());
                }
            }
            assertTrue(verifies(token, pair.getPublic()), role + ": signature verifies with the public key");
            assertFalse(verifies(token, keyPair().getPublic()), role + ": signature fails with another key");
        }
    }

    @Test
    void refusesUnknownRolesAndMissingTenants() throws Exception {
        DevTokens tokens = new DevTokens(keyPair().getPrivate());
        assertThrows(IllegalArgumentException.class, () -> tokens.mint("admin", null));
        assertThrows(IllegalArgumentException.class, () -> tokens.mint("library-staff", null));
        assertThrows(IllegalArgumentException.class, () -> tokens.mint("partner-admin", " "));
    }

    @Test
    void keysOnDiskSignTokensThatThePemPublicKeyVerifies(@TempDir Path dir) throws Exception {
        Path publicFile = DevTokens.ensureKeys(dir.resolve("jwt"));
        byte[] privateBefore = Files.readAllBytes(dir.resolve("jwt/private-key.pk8"));
        assertEquals(publicFile, DevTokens.ensureKeys(dir.resolve("jwt")), "second call keeps the keys");
        assertEquals(Base64.getEncoder().encodeToString(privateBefore),
                Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve("jwt/private-key.pk8"))));

        String pem = Files.readString(publicFile);
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n") && pem.endsWith("-----END PUBLIC KEY-----\n"), pem);
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));

        String token = DevTokens.load(dir.resolve("jwt")).mint("partner-admin", "p-1");
        assertTrue(verifies(token, publicKey));
        assertEquals("p-1", part(token, 1).path("partner_id").asText());
    }
}

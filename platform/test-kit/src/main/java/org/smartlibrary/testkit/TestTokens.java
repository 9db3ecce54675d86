package org.smartlibrary.testkit;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Signs bearer tokens for tests with an RSA key pair generated once per JVM (never stored in the repository).
 * The services verify them with {@link #publicKeyFile()}, which {@link JwtTestResource} configures.
 */
public final class TestTokens {

    public static final String ISSUER = "https://auth.smartlibrary.local";

    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();
    private static Path publicKeyFile;

    private TestTokens() {
    }

    public static String libraryStaff(UUID libraryId) {
        return sign(claims("library-staff").claim("library_id", libraryId.toString()), KEYS.getPrivate());
    }

    public static String partnerAdmin(UUID partnerId) {
        return sign(claims("partner-admin").claim("partner_id", partnerId.toString()), KEYS.getPrivate());
    }

    public static String consortiumAnalyst(String consortiumId) {
        return sign(claims("consortium-analyst").claim("consortium_id", consortiumId), KEYS.getPrivate());
    }

    public static String portal() {
        return sign(claims("portal"), KEYS.getPrivate());
    }

    public static String platformAdmin() {
        return sign(claims("platform-admin"), KEYS.getPrivate());
    }

    /** A token for {@code role} with no tenancy claim at all. */
    public static String withRoleOnly(String role) {
        return sign(claims(role), KEYS.getPrivate());
    }

    public static String expired() {
        return sign(claims("platform-admin").issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)), KEYS.getPrivate());
    }

    public static String fromOtherIssuer() {
        return sign(claims("platform-admin").issuer("https://somewhere.else.example"), KEYS.getPrivate());
    }

    /** Well formed, but signed by a key the services do not trust. */
    public static String signedByUnknownKey() {
        return sign(claims("platform-admin"), OTHER_KEYS.getPrivate());
    }

    /** The PEM public key, written once to a temporary file. */
    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("slp-test-jwt-", ".pem");
                file.toFile().deleteOnExit();
                Files.writeString(file, publicKeyPem());
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile;
    }

    public static String publicKeyPem() {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }

    private static JwtClaimsBuilder claims(String role) {
        return Jwt.issuer(ISSUER)
                .subject(role + "-" + UUID.randomUUID())
                .groups(role)
                .expiresIn(4 * 3600);
    }

    private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.jws().keyId("test").sign(key);
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

package org.smartlibrary.localtools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Development tokens for the local stack. NOT for production: in production an OpenID Connect provider issues the
 * tokens and the services verify them with its JWKS (see the root README, "Security").
 *
 * <pre>
 *   DevTokens keys &lt;dir&gt;                       creates &lt;dir&gt;/private-key.pk8 and &lt;dir&gt;/public-key.pem once
 *   DevTokens mint &lt;dir&gt; &lt;role&gt; [&lt;tenant id&gt;]  prints one RS256 token signed with &lt;dir&gt;'s private key
 *   DevTokens all &lt;dir&gt;                        prints a token for each role without tenancy (portal, platform-admin)
 * </pre>
 *
 * Roles and claims: library-staff (library_id), partner-admin (partner_id), consortium-analyst (consortium_id),
 * portal, platform-admin. Tokens are valid for 12 hours; issuer https://auth.smartlibrary.local (SLP_JWT_ISSUER).
 * The key pair is generated on this machine and lives under .work/ (ignored by git); it is never committed.
 */
public final class DevTokens {

    public static final String ISSUER = System.getenv().getOrDefault("SLP_JWT_ISSUER", "https://auth.smartlibrary.local");
    public static final Duration LIFETIME = Duration.ofHours(12);
    public static final String KEY_ID = "slp-local-dev";
    static final Map<String, String> TENANCY_CLAIM = Map.of(
            "library-staff", "library_id",
            "partner-admin", "partner_id",
            "consortium-analyst", "consortium_id");
    static final List<String> ROLES = List.of("library-staff", "partner-admin", "consortium-analyst", "portal", "platform-admin");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrivateKey privateKey;

    DevTokens(PrivateKey privateKey) {
        this.privateKey = privateKey;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            usage();
        }
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "keys" -> System.out.println(ensureKeys(dir));
            case "mint" -> {
                if (args.length < 3) {
                    usage();
                }
                System.out.println(load(dir).mint(args[2], args.length > 3 ? args[3] : null));
            }
            case "all" -> {
                DevTokens tokens = load(dir);
                System.out.println("portal          " + tokens.mint("portal", null));
                System.out.println("platform-admin  " + tokens.mint("platform-admin", null));
            }
            default -> usage();
        }
    }

    /** Creates the key pair in {@code dir} unless it is there; returns the public key file. */
    public static Path ensureKeys(Path dir) throws IOException, GeneralSecurityException {
        Path privateFile = dir.resolve("private-key.pk8");
        Path publicFile = dir.resolve("public-key.pem");
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            return publicFile;
        }
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.write(privateFile, pair.getPrivate().getEncoded());
        try {
            Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // best effort on other file systems
        }
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Files.writeString(publicFile, pem);
        return publicFile;
    }

    public static DevTokens load(Path dir) throws IOException, GeneralSecurityException {
        byte[] encoded = Files.readAllBytes(dir.resolve("private-key.pk8"));
        return new DevTokens(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded)));
    }

    /** A signed token for {@code role}; {@code tenant} fills the role's tenancy claim (required for those roles). */
    public String mint(String role, String tenant) throws GeneralSecurityException {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role '" + role + "'; one of " + ROLES);
        }
        String claim = TENANCY_CLAIM.get(role);
        if (claim != null && (tenant == null || tenant.isBlank())) {
            throw new IllegalArgumentException(role + " needs its " + claim);
        }
        Instant now = Instant.now();
        String subject = role + (tenant == null ? "" : "@" + tenant);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("iss", ISSUER);
        payload.put("sub", subject);
        payload.put("upn", subject);
        payload.put("groups", List.of(role));
        payload.put("iat", now.getEpochSecond());
        payload.put("exp", now.plus(LIFETIME).getEpochSecond());
        payload.put("jti", UUID.randomUUID().toString());
        if (claim != null) {
            payload.put(claim, tenant);
        }
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.put("kid", KEY_ID);
        String signingInput = base64Url(header) + "." + base64Url(payload);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(privateKey);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private static String base64Url(Map<String, Object> json) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void usage() {
        System.err.println("usage: DevTokens keys <dir> | mint <dir> <role> [<tenant id>] | all <dir>");
        System.exit(2);
    }
}

package org.smartlibrary.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Who is calling: roles and tenancy claims of the verified bearer token, or anonymous. Services ask it the
 * ownership questions; a tenancy claim that is missing or malformed owns nothing.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return !identity.isAnonymous() && identity.hasRole(role);
    }

    /** Portal and platform administrators read every tenant's data. */
    public boolean readsAcrossTenants() {
        return hasRole(Roles.PORTAL) || hasRole(Roles.PLATFORM_ADMIN);
    }

    public boolean isPlatformAdmin() {
        return hasRole(Roles.PLATFORM_ADMIN);
    }

    public boolean isStaffOf(UUID libraryId) {
        return hasRole(Roles.LIBRARY_STAFF) && libraryId().filter(libraryId::equals).isPresent();
    }

    public boolean isAdminOf(UUID partnerId) {
        return hasRole(Roles.PARTNER_ADMIN) && partnerId().filter(partnerId::equals).isPresent();
    }

    public boolean isAnalystOf(String consortium) {
        return hasRole(Roles.CONSORTIUM_ANALYST) && consortium != null
                && consortiumId().filter(consortium::equals).isPresent();
    }

    public Optional<UUID> libraryId() {
        return uuidClaim(Roles.LIBRARY_ID_CLAIM);
    }

    public Optional<UUID> partnerId() {
        return uuidClaim(Roles.PARTNER_ID_CLAIM);
    }

    public Optional<String> consortiumId() {
        return stringClaim(Roles.CONSORTIUM_ID_CLAIM).filter(value -> !value.isBlank());
    }

    /**
     * A short stable fingerprint of who is calling as far as authorization goes (roles and tenancy claims, not the
     * individual token): two tokens of the same tenant and roles have the same one. Scopes per-caller records such
     * as Idempotency-Keys, so one tenant can never replay another tenant's stored response.
     */
    public String fingerprint() {
        String identityKey = isAnonymous() ? "anonymous"
                : new TreeSet<>(identity.getRoles()) + "|" + libraryId().map(UUID::toString).orElse("")
                + "|" + partnerId().map(UUID::toString).orElse("") + "|" + consortiumId().orElse("");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(identityKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** For logs and audit columns: the token's subject, or "anonymous". */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    private Optional<UUID> uuidClaim(String claim) {
        return stringClaim(claim).flatMap(Caller::parseUuid);
    }

    private Optional<String> stringClaim(String claim) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object value = token.getClaim(claim);
        if (value instanceof jakarta.json.JsonString json) {
            return Optional.of(json.getString());
        }
        return value instanceof String text ? Optional.of(text) : Optional.empty();
    }

    private static Optional<UUID> parseUuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}

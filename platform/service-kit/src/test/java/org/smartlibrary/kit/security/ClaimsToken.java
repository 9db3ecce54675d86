package org.smartlibrary.kit.security;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A verified token as the cache sees it: when it was issued and when it expires. */
record ClaimsToken(Map<String, Object> claims) implements JsonWebToken {

    ClaimsToken(Instant issuedAt, Instant expiry) {
        this(Map.of(Claims.iat.name(), issuedAt.getEpochSecond(), Claims.exp.name(), expiry.getEpochSecond()));
    }

    @Override
    public String getName() {
        return "someone";
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String name) {
        return (T) claims.get(name);
    }
}

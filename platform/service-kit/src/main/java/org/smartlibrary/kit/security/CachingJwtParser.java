package org.smartlibrary.kit.security;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Optional;

/**
 * Verifies a bearer token once within its lifetime instead of on every request. Quarkus authenticates a bearer token
 * by asking the {@link JWTParser} bean to {@link #parse(String) parse} it (decode, check signature, issuer and
 * times); this alternative takes that bean's place in every service, hands a token it has not seen to smallrye-jwt's
 * own {@link DefaultJWTParser} and remembers what that accepted in a {@link VerifiedTokenCache}, keyed by the exact
 * token text. A remembered token is served only until its expiry (checked on every request, so an expired token
 * still answers 401) and at most {@link TokenCacheConfig#lifetime()} after it was verified; a token that fails
 * verification is never remembered, so it fails again every time. {@code slp.security.token-cache.size=0} turns the
 * cache off.
 * <p>
 * Metrics: {@code slp.token.cache.hits} (tokens served without verification), {@code slp.token.cache.misses}
 * (tokens verified), {@code slp.token.cache.evictions} (entries dropped early to stay within the size) and the
 * gauge {@code slp.token.cache.size}. The other methods (explicit keys, decryption, parsing without verification)
 * go straight to smallrye-jwt.
 * <p>
 * Only the parser is replaced, so everything else about authentication stays as it is: Quarkus still builds the
 * caller's identity from the token (roles from its groups) and turns a failed verification into a 401. A singleton
 * (no client proxy on every request), created at startup so that its metrics are there before the first token.
 */
@Alternative
@Priority(1)
@Singleton
@Startup
public class CachingJwtParser implements JWTParser {

    private final DefaultJWTParser verifier;
    private final Optional<VerifiedTokenCache> cache;

    @Inject
    CachingJwtParser(DefaultJWTParser verifier, TokenCacheConfig config,
                     @ConfigProperty(name = "mp.jwt.verify.token.age") Optional<Long> maxTokenAgeSeconds,
                     MeterRegistry registry) {
        this.verifier = verifier;
        if (config.size() < 0) {
            throw new IllegalArgumentException("slp.security.token-cache.size must be 0 (off) or more, not "
                    + config.size());
        }
        this.cache = config.size() == 0 ? Optional.empty() : Optional.of(new VerifiedTokenCache(config.size(),
                config.lifetime(), maxTokenAgeSeconds, Clock.systemUTC()));
        cache.ifPresent(tokens -> register(tokens, registry));
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (cache.isEmpty()) {
            return verifier.parse(token);
        }
        JsonWebToken remembered = cache.get().find(token);
        if (remembered != null) {
            return remembered;
        }
        JsonWebToken verified = verifier.parse(token);
        cache.get().remember(token, verified);
        return verified;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }

    private static void register(VerifiedTokenCache tokens, MeterRegistry registry) {
        FunctionCounter.builder("slp.token.cache.hits", tokens, VerifiedTokenCache::hits)
                .description("bearer tokens served from the cache without verification").register(registry);
        FunctionCounter.builder("slp.token.cache.misses", tokens, VerifiedTokenCache::misses)
                .description("bearer tokens not in the cache, verified in full").register(registry);
        FunctionCounter.builder("slp.token.cache.evictions", tokens, VerifiedTokenCache::evictions)
                .description("verified tokens dropped before their deadline to keep the cache within its size")
                .register(registry);
        Gauge.builder("slp.token.cache.size", tokens, VerifiedTokenCache::size)
                .description("verified bearer tokens held").register(registry);
    }
}

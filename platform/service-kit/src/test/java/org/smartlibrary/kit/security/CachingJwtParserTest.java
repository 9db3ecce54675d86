package org.smartlibrary.kit.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The parser in front of smallrye-jwt's: what reaches the verifier, and what is remembered. */
class CachingJwtParserTest {

    private final CountingVerifier verifier = new CountingVerifier();
    private final MeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void theSameTokenIsVerifiedOnce() throws ParseException {
        CachingJwtParser parser = parser(100);

        JsonWebToken first = parser.parse("good-1");
        JsonWebToken second = parser.parse("good-1");

        assertSame(first, second);
        assertEquals(List.of("good-1"), verifier.verified);
        assertEquals(1.0, registry.get("slp.token.cache.hits").functionCounter().count());
        assertEquals(1.0, registry.get("slp.token.cache.misses").functionCounter().count());
        assertEquals(1.0, registry.get("slp.token.cache.size").gauge().value());
    }

    @Test
    void aTokenThatFailsVerificationFailsEveryTimeAndIsNeverRemembered() {
        CachingJwtParser parser = parser(100);

        for (int i = 0; i < 3; i++) {
            assertThrows(ParseException.class, () -> parser.parse("bad-signature"));
        }

        assertEquals(List.of("bad-signature", "bad-signature", "bad-signature"), verifier.verified);
        assertEquals(0.0, registry.get("slp.token.cache.size").gauge().value());
        assertEquals(0.0, registry.get("slp.token.cache.hits").functionCounter().count());
    }

    @Test
    void differentTokensAreVerifiedEachOnTheirOwn() throws ParseException {
        CachingJwtParser parser = parser(100);

        JsonWebToken one = parser.parse("good-1");
        JsonWebToken two = parser.parse("good-2");

        assertNotSame(one, two);
        assertSame(one, parser.parse("good-1"));
        assertSame(two, parser.parse("good-2"));
        assertEquals(List.of("good-1", "good-2"), verifier.verified);
    }

    @Test
    void sizeZeroTurnsTheCacheOff() throws ParseException {
        CachingJwtParser parser = parser(0);

        parser.parse("good-1");
        parser.parse("good-1");

        assertEquals(List.of("good-1", "good-1"), verifier.verified);
        assertEquals(0, registry.find("slp.token.cache.hits").meters().size());
    }

    @Test
    void aNegativeSizeIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> parser(-1));
    }

    private CachingJwtParser parser(int size) {
        return new CachingJwtParser(verifier, new TokenCacheConfig() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Duration lifetime() {
                return Duration.ofMinutes(5);
            }
        }, Optional.empty(), registry);
    }

    /** Accepts tokens whose text starts with "good" (valid for an hour), refuses the others; records each call. */
    private static final class CountingVerifier extends DefaultJWTParser {
        final List<String> verified = new ArrayList<>();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.add(token);
            if (!token.startsWith("good")) {
                throw new ParseException("signature does not match");
            }
            return new ClaimsToken(Instant.now(), Instant.now().plus(Duration.ofHours(1)));
        }
    }
}

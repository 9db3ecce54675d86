package org.smartlibrary.kit.security;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of the verified-token cache, on a clock the test moves. */
class VerifiedTokenCacheTest {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private final MovableClock clock = new MovableClock();

    @Test
    void aRememberedTokenIsServedWithoutVerificationUntilItExpires() {
        VerifiedTokenCache cache = cache(100);
        JsonWebToken verified = token(START.plusSeconds(60));
        cache.remember("token-a", verified);

        assertSame(verified, cache.find("token-a"));
        clock.moveTo(START.plusSeconds(60).minusMillis(1));
        assertSame(verified, cache.find("token-a"));
        clock.moveTo(START.plusSeconds(60));
        assertNull(cache.find("token-a"), "an expired token must be verified again, which refuses it");
        assertEquals(0, cache.size());
        assertEquals(2, cache.hits());
        assertEquals(1, cache.misses());
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheLifetime() {
        VerifiedTokenCache cache = cache(100);
        JsonWebToken verified = token(START.plus(Duration.ofHours(4)));
        cache.remember("token-a", verified);

        clock.moveTo(START.plus(LIFETIME).minusMillis(1));
        assertSame(verified, cache.find("token-a"));
        clock.moveTo(START.plus(LIFETIME));
        assertNull(cache.find("token-a"));
    }

    @Test
    void aConfiguredMaximumTokenAgeEndsTheEntryEarlier() {
        VerifiedTokenCache cache = new VerifiedTokenCache(100, LIFETIME, Optional.of(120L), clock);
        JsonWebToken verified = token(START.minusSeconds(100), START.plus(Duration.ofHours(4)));
        cache.remember("token-a", verified);

        clock.moveTo(START.plusSeconds(20).minusMillis(1));
        assertSame(verified, cache.find("token-a"));
        clock.moveTo(START.plusSeconds(20));
        assertNull(cache.find("token-a"), "issued 120 s ago: as old as the verifier accepts");
    }

    @Test
    void aTokenPastItsExpiryIsNeverStoredEvenIfTheVerifierAllowedClockSkew() {
        VerifiedTokenCache cache = cache(100);
        cache.remember("token-a", token(START.minusSeconds(1)));

        assertNull(cache.find("token-a"));
        assertEquals(0, cache.size());
    }

    @Test
    void onlyTheExactTokenTextFindsAnEntry() {
        VerifiedTokenCache cache = cache(100);
        String text = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl";
        JsonWebToken first = token(START.plusSeconds(600));
        JsonWebToken second = token(START.plusSeconds(600));
        cache.remember(text, first);
        cache.remember(text + "x", second);

        assertSame(first, cache.find(text));
        assertSame(second, cache.find(text + "x"));
        for (String other : List.of(text.substring(0, text.length() - 1), " " + text, text.toUpperCase(),
                text.replace("c2ln", "c2lm"), "")) {
            assertNull(cache.find(other), other);
        }
    }

    @Test
    void aFullCacheMakesRoomByDroppingTheEntriesClosestToTheirDeadline() {
        VerifiedTokenCache cache = cache(10);
        for (int i = 0; i < 25; i++) {
            cache.remember("token-" + i, token(START.plusSeconds(60 + i)));
            assertTrue(cache.size() <= 10, "size " + cache.size() + " after " + (i + 1) + " tokens");
        }

        assertEquals(10, cache.size());
        assertEquals(15, cache.evictions());
        for (int i = 15; i < 25; i++) {
            assertTrue(cache.find("token-" + i) != null, "token-" + i + " expires last and is kept");
        }
        assertNull(cache.find("token-0"));
    }

    @Test
    void aFullCacheDropsEntriesPastTheirDeadlineBeforeAnyOther() {
        VerifiedTokenCache cache = cache(10);
        for (int i = 0; i < 10; i++) {
            cache.remember("token-" + i, token(START.plusSeconds(i < 5 ? 30 : 600)));
        }
        clock.moveTo(START.plusSeconds(31));
        cache.remember("token-new", token(START.plusSeconds(600)));

        assertEquals(6, cache.size());
        assertEquals(0, cache.evictions());
        assertTrue(cache.find("token-new") != null);
    }

    @Test
    void concurrentCallersStayWithinTheBoundAndLeakNoRoom() throws Exception {
        VerifiedTokenCache cache = cache(50);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int first = thread * 2_000;
                done.add(threads.submit(() -> {
                    for (int i = first; i < first + 2_000; i++) {
                        String text = "token-" + i;
                        cache.remember(text, token(START.plusSeconds(60 + i % 97)));
                        cache.find(text);
                        cache.find("token-" + (i / 2));
                        assertTrue(cache.size() <= 50);
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertTrue(cache.size() <= 50);

        clock.moveTo(START.plusSeconds(3600));
        for (int i = 0; i < 50; i++) {
            cache.remember("later-" + i, token(START.plusSeconds(7200)));
        }
        assertEquals(50, cache.size(), "every slot is usable again once the old entries expired");
        for (int i = 0; i < 50; i++) {
            assertTrue(cache.find("later-" + i) != null, "later-" + i);
        }
    }

    @Test
    void aCacheWithoutRoomIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTokenCache(0, LIFETIME, Optional.empty(), clock));
    }

    private VerifiedTokenCache cache(int size) {
        return new VerifiedTokenCache(size, LIFETIME, Optional.empty(), clock);
    }

    private static JsonWebToken token(Instant expiry) {
        return token(START.minusSeconds(10), expiry);
    }

    private static JsonWebToken token(Instant issuedAt, Instant expiry) {
        return new ClaimsToken(issuedAt, expiry);
    }

    /** A clock the test sets; starts at {@link #START}. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = START;

        void moveTo(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}

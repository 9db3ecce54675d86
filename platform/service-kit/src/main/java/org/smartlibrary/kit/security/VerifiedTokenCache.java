package org.smartlibrary.kit.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Tokens that passed verification, keyed by the exact token text, each served only until its deadline: the token's
 * expiry, its maximum age if one is configured, and at most {@code lifetime} after it was verified, whichever comes
 * first. Only what a verifier accepted is ever stored.
 * <p>
 * Bounded: a slot is reserved before an entry is stored, so the cache never holds more than {@code maxEntries}.
 * When it is full, one caller at a time makes room: it drops the entries past their deadline and, if that is not
 * enough, the entries closest to their deadline, down to nine tenths of the bound; meanwhile other callers simply do
 * not store. Reads take no lock.
 */
final class VerifiedTokenCache {

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger reservedSlots = new AtomicInteger();
    private final AtomicBoolean makingRoom = new AtomicBoolean();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder evictions = new LongAdder();
    private final int maxEntries;
    private final long lifetimeMillis;
    private final Optional<Long> maxTokenAgeSeconds;
    private final Clock clock;

    /**
     * @param maxEntries         the most entries held at once (at least 1)
     * @param lifetime           the longest an entry is served after the token was verified
     * @param maxTokenAgeSeconds the verifier's limit on the age of a token (seconds after its {@code iat}), if any
     * @param clock              the time deadlines are judged by: the system clock, as the verifier's
     */
    VerifiedTokenCache(int maxEntries, Duration lifetime, Optional<Long> maxTokenAgeSeconds, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("a token cache holds at least one entry, not " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.lifetimeMillis = lifetime.toMillis();
        this.maxTokenAgeSeconds = maxTokenAgeSeconds;
        this.clock = clock;
    }

    /** The verified token stored for exactly this text and still before its deadline, or null. */
    JsonWebToken find(String token) {
        Entry entry = entries.get(token);
        if (entry != null) {
            if (clock.millis() < entry.servedUntilMillis()) {
                hits.increment();
                return entry.verified();
            }
            forget(token, entry);
        }
        misses.increment();
        return null;
    }

    /** Stores a token the verifier has just accepted, unless its deadline has passed or there is no room. */
    void remember(String token, JsonWebToken verified) {
        long now = clock.millis();
        long servedUntil = servedUntilMillis(verified, now);
        if (servedUntil <= now || !reserveSlot(now)) {
            return;
        }
        if (entries.put(token, new Entry(verified, servedUntil)) != null) {
            reservedSlots.decrementAndGet();
        }
    }

    int size() {
        return entries.size();
    }

    long hits() {
        return hits.sum();
    }

    /** Lookups that found nothing servable: each is followed by a full verification. */
    long misses() {
        return misses.sum();
    }

    /** Entries dropped before their deadline to make room. */
    long evictions() {
        return evictions.sum();
    }

    private long servedUntilMillis(JsonWebToken verified, long now) {
        long until = Math.min(now + lifetimeMillis, secondsToMillis(verified.getExpirationTime()));
        if (maxTokenAgeSeconds.isPresent()) {
            until = Math.min(until, secondsToMillis(verified.getIssuedAtTime() + maxTokenAgeSeconds.get()));
        }
        return until;
    }

    private boolean reserveSlot(long now) {
        if (tryReserveSlot()) {
            return true;
        }
        makeRoom(now);
        return tryReserveSlot();
    }

    private boolean tryReserveSlot() {
        int reserved = reservedSlots.get();
        while (reserved < maxEntries) {
            if (reservedSlots.compareAndSet(reserved, reserved + 1)) {
                return true;
            }
            reserved = reservedSlots.get();
        }
        return false;
    }

    private void makeRoom(long now) {
        if (!makingRoom.compareAndSet(false, true)) {
            return;
        }
        try {
            List<Map.Entry<String, Entry>> live = new ArrayList<>();
            for (Map.Entry<String, Entry> candidate : entries.entrySet()) {
                if (candidate.getValue().servedUntilMillis() <= now) {
                    forget(candidate.getKey(), candidate.getValue());
                } else {
                    live.add(candidate);
                }
            }
            int target = maxEntries - Math.max(1, maxEntries / 10);
            if (reservedSlots.get() > target) {
                live.sort(Comparator.comparingLong(candidate -> candidate.getValue().servedUntilMillis()));
                for (int i = 0; i < live.size() && reservedSlots.get() > target; i++) {
                    if (forget(live.get(i).getKey(), live.get(i).getValue())) {
                        evictions.increment();
                    }
                }
            }
        } finally {
            makingRoom.set(false);
        }
    }

    private boolean forget(String token, Entry entry) {
        if (entries.remove(token, entry)) {
            reservedSlots.decrementAndGet();
            return true;
        }
        return false;
    }

    private static long secondsToMillis(long epochSeconds) {
        return epochSeconds > Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : epochSeconds * 1000;
    }

    private record Entry(JsonWebToken verified, long servedUntilMillis) {
    }
}

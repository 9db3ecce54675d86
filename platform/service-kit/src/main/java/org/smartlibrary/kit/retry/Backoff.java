package org.smartlibrary.kit.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter, the one used by every retry of the suite (outbox relay, consumers, match worker):
 * the wait before attempt n is {@code initial × 2^(n-1)}, at most {@code max}, then spread by ±10 % so that
 * replicas that failed together do not retry together.
 */
public record Backoff(Duration initial, Duration max) {

    /** Doubling stops here: 2^30 x any sensible initial wait is far beyond any max. */
    private static final int MAX_DOUBLINGS = 30;

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial backoff must be positive but was " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("max backoff " + max + " is shorter than the initial " + initial);
        }
    }

    /** @param attempt the attempt that failed, 1 for the first */
    public Duration delay(int attempt) {
        long capped = Math.min(initial.toMillis() << Math.min(Math.max(attempt, 1) - 1, MAX_DOUBLINGS),
                max.toMillis());
        long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, capped / 5));
        return Duration.ofMillis(capped - capped / 10 + jitter);
    }
}

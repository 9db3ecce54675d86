package org.smartlibrary.kit.retry;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30));

    @RepeatedTest(20)
    void doublesPerAttemptWithinTenPercentJitter() {
        assertBetween(backoff.delay(1), 180, 220);
        assertBetween(backoff.delay(2), 360, 440);
        assertBetween(backoff.delay(4), 1440, 1760);
    }

    @RepeatedTest(20)
    void neverExceedsTheMaximumByMoreThanTheJitter() {
        assertBetween(backoff.delay(12), 27_000, 33_000);
        assertBetween(backoff.delay(Integer.MAX_VALUE), 27_000, 33_000);
    }

    @Test
    void refusesAWaitThatIsNotPositiveOrAMaximumBelowTheInitial() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }

    private static void assertBetween(Duration delay, long lowMillis, long highMillis) {
        long millis = delay.toMillis();
        assertTrue(millis >= lowMillis && millis <= highMillis, millis + " ms not in " + lowMillis + ".." + highMillis);
    }
}

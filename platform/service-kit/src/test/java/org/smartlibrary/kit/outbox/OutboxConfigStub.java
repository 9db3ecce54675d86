package org.smartlibrary.kit.outbox;

import java.time.Duration;

/** Fixed outbox settings for unit-testing the backoff arithmetic. */
record OutboxConfigStub(Duration initialBackoff, Duration maxBackoff) implements OutboxConfig {

    @Override
    public boolean relayEnabled() {
        return false;
    }

    @Override
    public Duration pollInterval() {
        return Duration.ofSeconds(1);
    }

    @Override
    public int batchSize() {
        return 10;
    }

    @Override
    public int maxAttempts() {
        return 5;
    }

    @Override
    public Duration sendTimeout() {
        return Duration.ofSeconds(1);
    }
}

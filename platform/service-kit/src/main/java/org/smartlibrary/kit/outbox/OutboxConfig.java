package org.smartlibrary.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "slp.outbox")
public interface OutboxConfig {

    /** Runs the relay in this process (off only in tests that drive it by hand). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for due rows when nothing nudges it (a commit nudges it at once). */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /** After this many failed sends a row is parked: kept, visible, and only sent again on replay. */
    @WithDefault("12")
    int maxAttempts();

    @WithDefault("500ms")
    Duration initialBackoff();

    @WithDefault("5m")
    Duration maxBackoff();

    /** How long the relay waits for the broker's acknowledgement of a batch. */
    @WithDefault("20s")
    Duration sendTimeout();
}

package org.smartlibrary.kit.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long Idempotency-Key responses are kept ({@code slp.idempotency.*}). */
@ConfigMapping(prefix = "slp.idempotency")
public interface IdempotencyConfig {

    /** A stored response answers its key this long; after it the key may be used again and the record is purged. */
    @WithDefault("24h")
    Duration retention();

    /** How often expired records are purged (on every replica; replicas skip each other's rows). */
    @WithDefault("10m")
    Duration purgeEvery();

    /** Records deleted per purge statement (one short transaction each). */
    @WithDefault("1000")
    int purgeBatchSize();
}

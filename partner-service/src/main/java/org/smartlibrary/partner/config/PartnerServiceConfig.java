package org.smartlibrary.partner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the partner directory, with the defaults documented in the service README. */
@ConfigMapping(prefix = "slp.partner")
public interface PartnerServiceConfig {

    Freshness freshness();

    Expiry expiry();

    /** Most offerings one partner may hold, so that a snapshot event stays bounded. */
    @WithDefault("100")
    int maxOfferingsPerPartner();

    DirectoryImports directoryImports();

    interface DirectoryImports {
        /** Partners imported per transaction (and per batch of outbox events). */
        @WithDefault("200")
        int batchSize();

        /** How long a runner holds a job between two batches before another runner may take it over. */
        @WithDefault("60s")
        Duration lease();

        /** Time between two looks for waiting jobs (read by the runner's {@code @Scheduled}). */
        @WithDefault("1s")
        Duration pollInterval();
    }

    interface Freshness {
        /**
         * A partner whose last confirmation plus this many months is before today (or that was never confirmed) is
         * shown as stale (the rule of the service's {@code Freshness}, see the README).
         */
        @WithDefault("12")
        int staleAfterMonths();
    }

    interface Expiry {
        /** Runs the job that marks ACTIVE offerings past available_until as EXPIRED. */
        @WithDefault("true")
        boolean enabled();

        /** Time from start to the first round (read by the job's {@code @Scheduled}). */
        @WithDefault("30s")
        Duration initialDelay();

        /** Time between rounds (read by the job's {@code @Scheduled}). */
        @WithDefault("15m")
        Duration interval();

        /** Partners handled per transaction. */
        @WithDefault("100")
        int batchSize();
    }
}

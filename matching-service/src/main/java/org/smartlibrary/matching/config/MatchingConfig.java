package org.smartlibrary.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Consumers, the match worker and the read model of matching-service. */
@ConfigMapping(prefix = "slp.matching")
public interface MatchingConfig {

    Consumer consumer();

    Worker worker();

    interface Consumer {
        /** Off only in tests that drive the consumers by hand. */
        @WithDefault("true")
        boolean enabled();

        /** Consumer group of both consumers; tests on a shared broker use their own. */
        @WithDefault("matching-service")
        String groupId();

        @WithDefault("assessment-completed")
        String assessmentTopic();

        @WithDefault("partner-directory")
        String partnerTopic();

        @WithDefault("matching-dead-letter")
        String deadLetterTopic();

        @WithDefault("500ms")
        Duration pollTimeout();

        @WithDefault("100")
        int maxPollRecords();

        /** First wait before a failed record is tried again; doubles per attempt up to max-backoff. */
        @WithDefault("200ms")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();

        /**
         * A record whose processing keeps failing for a reason other than the database is dead-lettered
         * (PROCESSING_FAILED) after this many attempts. Database failures are retried until the database is back.
         */
        @WithDefault("8")
        int maxAttempts();

        /** How long a dead-letter send may take before the record counts as failed (and is retried). */
        @WithDefault("15s")
        Duration deadLetterTimeout();
    }

    interface Worker {
        @WithDefault("true")
        boolean enabled();

        /** Worker threads per replica; they share the queue with every other replica (FOR UPDATE SKIP LOCKED). */
        @WithDefault("2")
        int threads();

        /** How often the worker looks for due match requests and partner changes when nothing nudges it. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("5m")
        Duration maxBackoff();

        /** Partners in a coverage plan. */
        @WithDefault("5")
        int maxPlanPartners();

        /**
         * Ranked partners kept per set (stored, served, published): a large directory can admit thousands, and a
         * recommendations-ready record must stay well below the broker's message size limit.
         */
        @WithDefault("50")
        int maxRecommendations();

        /** Excluded candidates kept per set (the first ones in need order); the total is always reported. */
        @WithDefault("1000")
        int maxExcludedCandidates();
    }
}

package org.smartlibrary.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;
import org.smartlibrary.matching.engine.MatchSettings;

import java.time.Duration;

/**
 * Consumers, the match worker, the read model and the rules of a match of matching-service. The values are
 * validated at startup: a negative lead, a horizon or stale period below one, a negative number of alternatives, or
 * a negative partner-change settle time or maximum wait, or a retention below its minimum stops the service with a
 * message naming the key.
 */
@ConfigMapping(prefix = "slp.matching")
public interface MatchingConfig {

    Consumer consumer();

    Worker worker();

    /** How a burst of partner changes is gathered into one re-match per affected assessment. */
    @WithName("partner-change") // names the key in validation messages as it is written
    PartnerChange partnerChange();

    /** How long processed event ids and superseded recommendation sets are kept (the scheduled retention purge). */
    Retention retention();

    /** How soon an offering must start to be admitted for a need (the AVAILABILITY gate, STARTS_TOO_LATE). */
    Lead lead();

    /**
     * The span a LONG_TERM need is planned for, in years from the match date: an offering's time share of such a
     * need is the part of [match date, match date + this] its window covers; a window ending earlier is ENDS_EARLY.
     */
    @WithDefault("3")
    @Min(value = 1, message = "must be at least 1 (years)")
    int longTermHorizonYears();

    Freshness freshness();

    /** Related-type ideas (alternatives) kept per need; 0 lists none. They never count in ranking or coverage. */
    @WithDefault("5")
    @Min(value = 0, message = "must be 0 or more")
    int alternativesPerNeed();

    /** The settings the engine matches with. */
    default MatchSettings matchSettings() {
        return new MatchSettings(lead().shortTermDays(), lead().longTermMonths(), longTermHorizonYears(),
                freshness().staleAfterMonths(), alternativesPerNeed());
    }

    interface Lead {
        /** A SHORT_TERM need accepts offerings that start within this many days of the match date. */
        @WithDefault("90")
        @Min(value = 0, message = "must be 0 or more (days); a negative lead would refuse offerings already available")
        int shortTermDays();

        /** A LONG_TERM need accepts offerings that start within this many months of the match date. */
        @WithDefault("24")
        @Min(value = 0, message = "must be 0 or more (months); a negative lead would refuse offerings already available")
        int longTermMonths();
    }

    interface Freshness {
        /**
         * A partner's listing is stale (flag STALE_LISTING, lower FRESHNESS) when it was last confirmed more than
         * this many months before the match date, or never: the same rule as partner-service's
         * {@code slp.partner.freshness.stale-after-months} and the taxonomy's {@code freshness}.
         */
        @WithDefault("12")
        @Min(value = 1, message = "must be at least 1 (months)")
        int staleAfterMonths();
    }

    /**
     * A re-match requested by partner changes (reason PARTNER_CHANGED) becomes due {@link #settle()} after the latest
     * change that asked for it, but never later than {@link #maxWait()} after the first change it has not yet served,
     * so that a directory import re-matches each affected assessment about once, and a steady stream of changes
     * cannot put the re-match off for ever. A completed assessment is matched at once whatever is pending; the backoff
     * of a failed match is never shortened by a partner change. A consortium re-match settles the same way after
     * member completions as after partner changes, so members completing one after another are pooled once.
     */
    interface PartnerChange {
        /** Quiet time after the latest partner change before the re-match; 0 re-matches at once. */
        @WithDefault("2s")
        @DurationMin(millis = 0, message = "must be 0 or more")
        Duration settle();

        /**
         * The longest a re-match waits after the first partner change it serves, however many follow; below
         * {@link #settle()} it is simply a fixed delay after that first change.
         */
        @WithDefault("60s")
        @DurationMin(millis = 0, message = "must be 0 or more")
        Duration maxWait();
    }

    /**
     * What the retention purge ({@code service/RetentionPurge}) keeps. It runs every {@link #purgeEvery()} on every
     * replica (replicas skip each other's rows) and deletes in batches of {@link #batchSize()} rows, each batch in a
     * short transaction of its own.
     */
    interface Retention {
        /**
         * A processed event id is kept this long, then deleted. Longer than the 14-day retention of the consumed
         * assessment-completed topic (deploy/k8s/kafka/topics.yaml), so a record can be redelivered only while its id
         * is still known. A replay older than this (a consumer group reset to the earliest offset, e.g. of the
         * compacted partner-directory topic) is still harmless: snapshot versions and assessment revisions that are
         * not newer than the stored ones change nothing.
         */
        @WithDefault("21d")
        @DurationMin(days = 1, message = "must be at least 1d, and should exceed the topics' retention")
        Duration processedEvents();

        /**
         * Recommendation sets kept per assessment, the newest by generated time (then revision and set version),
         * the current one among them. The current set and every set that received feedback are kept whatever their
         * age; the others are deleted with their recommended partners.
         */
        @WithDefault("10")
        @Min(value = 1, message = "must be at least 1 (the current set)")
        int setVersions();

        /** How often the purge runs; also its delay after startup. */
        @WithDefault("1h")
        @DurationMin(seconds = 1, message = "must be at least 1s")
        Duration purgeEvery();

        /** Rows deleted per statement (one short transaction each). */
        @WithDefault("1000")
        @Min(value = 1, message = "must be at least 1")
        int batchSize();
    }

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

        @WithDefault("library-directory")
        String libraryTopic();

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
         * A record whose processing fails with the same unexpected error this many times in a row is dead-lettered
         * (PROCESSING_FAILED); one the database refuses for its data (SQLState class 22 or 23) at once. Transient
         * failures (database or broker unavailable, deadlocks, lock timeouts) never count: they are retried until
         * they pass (see {@code messaging/ProcessingFailure}).
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

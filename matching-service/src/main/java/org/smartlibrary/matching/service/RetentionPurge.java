package org.smartlibrary.matching.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.matching.config.MatchingConfig;
import org.smartlibrary.matching.repository.RetentionRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.function.IntSupplier;

/**
 * Keeps the service's tables from growing without bound (settings {@code slp.matching.retention.*}): deletes
 * processed event ids older than {@code processed-events}, superseded recommendation sets beyond the newest
 * {@code set-versions} of each assessment (never the current set nor one that received feedback) and superseded
 * consortium sets beyond the newest {@code set-versions} of each consortium (never the current one). Runs every
 * {@code purge-every} on every replica; deletes in batches of {@code batch-size} rows, each in its own short
 * transaction, replicas skipping each other's rows. Counted in {@code slp.matching.purged{table}}.
 */
@ApplicationScoped
public class RetentionPurge {

    /** What one purge deleted. */
    public record Purged(long processedEvents, long recommendationSets, long consortiumSets) {
    }

    @Inject
    RetentionRepository rows;

    @Inject
    MatchingConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private Counter processedEventsPurged;
    private Counter recommendationSetsPurged;
    private Counter consortiumSetsPurged;

    @PostConstruct
    void init() {
        processedEventsPurged = registry.counter("slp.matching.purged", "table", "processed_event");
        recommendationSetsPurged = registry.counter("slp.matching.purged", "table", "recommendation_set");
        consortiumSetsPurged = registry.counter("slp.matching.purged", "table", "consortium_recommendation_set");
    }

    @Scheduled(identity = "matching-retention", every = "${slp.matching.retention.purge-every:1h}",
            delayed = "${slp.matching.retention.purge-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purge();
    }

    /** Deletes everything past its retention now; returns how many rows of each table were deleted. */
    public Purged purge() {
        MatchingConfig.Retention retention = config.retention();
        Instant cutoff = clock.instant().minus(retention.processedEvents());
        long processedEvents = inBatches(processedEventsPurged,
                () -> rows.deleteProcessedEventsBefore(cutoff, retention.batchSize()));
        long recommendationSets = inBatches(recommendationSetsPurged,
                () -> rows.deleteSupersededSets(retention.setVersions(), retention.batchSize()));
        long consortiumSets = inBatches(consortiumSetsPurged,
                () -> rows.deleteSupersededConsortiumSets(retention.setVersions(), retention.batchSize()));
        return new Purged(processedEvents, recommendationSets, consortiumSets);
    }

    /** Runs the batch in a new transaction each time until one deletes less than a full batch. */
    private long inBatches(Counter counter, IntSupplier batch) {
        int batchSize = config.retention().batchSize();
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(batch::getAsInt);
            total += deleted;
            counter.increment(deleted);
        } while (deleted == batchSize);
        return total;
    }
}

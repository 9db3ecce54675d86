package org.smartlibrary.kit.idempotency;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;

/**
 * Deletes Idempotency-Key records older than {@code slp.idempotency.retention}, in batches of
 * {@code purge-batch-size} rows, each in its own short transaction; counted in {@code slp.idempotency.purged}.
 * Replicas may purge at the same time: each skips the rows another one is deleting.
 */
@ApplicationScoped
public class IdempotencyPurge {

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private Counter purged;

    @PostConstruct
    void init() {
        purged = registry.counter("slp.idempotency.purged");
    }

    @Scheduled(identity = "idempotency-purge", every = "${slp.idempotency.purge-every:10m}",
            delayed = "${slp.idempotency.purge-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purgeExpired();
    }

    /** Purges every record that expired by now; returns how many were deleted. */
    public long purgeExpired() {
        Instant cutoff = clock.instant().minus(config.retention());
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> deleteBatch(cutoff));
            total += deleted;
            purged.increment(deleted);
        } while (deleted == config.purgeBatchSize());
        return total;
    }

    private int deleteBatch(Instant cutoff) {
        return entityManager.createNativeQuery("""
                        DELETE FROM idempotency_record WHERE (scope, idem_key) IN (
                            SELECT scope, idem_key FROM idempotency_record WHERE created_at < ?1
                            ORDER BY created_at LIMIT ?2 FOR UPDATE SKIP LOCKED)""")
                .setParameter(1, cutoff).setParameter(2, config.purgeBatchSize()).executeUpdate();
    }
}

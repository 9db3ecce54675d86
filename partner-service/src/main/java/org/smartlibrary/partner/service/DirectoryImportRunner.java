package org.smartlibrary.partner.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.kit.problem.Problem.FieldError;
import org.smartlibrary.partner.config.PartnerServiceConfig;
import org.smartlibrary.partner.model.DirectoryImport;
import org.smartlibrary.partner.repository.DirectoryImportRepository;
import org.smartlibrary.partner.service.DirectoryImportRows.Outcome;
import org.smartlibrary.partner.service.DirectoryImportRows.PreparedRow;
import org.smartlibrary.partner.service.DirectoryImportRows.Result;
import org.smartlibrary.partner.service.directory.DirectoryFormat;
import org.smartlibrary.partner.service.directory.DirectoryReader;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the waiting import jobs, one batch of rows per transaction: the batch's partners, their outbox events, the
 * job's counters, errors and resume position commit together, so a job taken over after a crash goes on after the
 * last committed row. When a batch fails as a whole (a database error), its rows are imported one by one, and a row
 * that fails alone is refused with the reason; a refused row never stops the others. A dry run imports each batch in
 * a transaction that is rolled back and keeps only what it would have done.
 */
@ApplicationScoped
public class DirectoryImportRunner {

    private static final Logger LOG = Logger.getLogger(DirectoryImportRunner.class);

    /** Identifies this process's runner in the job's lease. */
    private final UUID runner = UUID.randomUUID();

    /** A {@link #startSoon()} run is under way (one is enough: it runs every waiting job). */
    private final AtomicBoolean startingSoon = new AtomicBoolean();

    /** Runs {@link #startSoon()}: a thread of its own, carrying no request's context. */
    private final ExecutorService starter = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "directory-import-start");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    DirectoryImportRepository imports;

    @Inject
    DirectoryImportRows rows;

    @Inject
    PartnerServiceConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper mapper;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Clock clock;

    /** The lease of a job passed to another runner: this one stops. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(UUID id) {
            super("the lease of directory import " + id + " passed to another runner");
        }
    }

    /** Ends a dry run's transaction with a rollback, carrying what the rows would have done. */
    private static final class DryRunDone extends RuntimeException {
        private final transient List<Result> results;

        DryRunDone(List<Result> results) {
            super(null, null, false, false);
            this.results = results;
        }
    }

    /**
     * Looks for waiting jobs now, on a thread of its own, instead of at the next poll (called once a submitted job
     * has committed). Runs beside the scheduled poll safely: a job is leased to one claim only.
     */
    public void startSoon() {
        if (startingSoon.compareAndSet(false, true)) {
            starter.execute(() -> {
                try {
                    runWaitingJobs();
                } finally {
                    startingSoon.set(false);
                }
            });
        }
    }

    @Scheduled(identity = "directory-imports", every = "${slp.partner.directory-imports.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void runWaitingJobs() {
        Optional<UUID> next;
        while ((next = QuarkusTransaction.requiringNew().call(() -> imports.claimNext(runner,
                config.directoryImports().lease()))).isPresent()) {
            run(next.get());
        }
    }

    /** Runs one claimed job to its end. */
    void run(UUID id) {
        DirectoryImport job = QuarkusTransaction.requiringNew().call(() -> {
            DirectoryImport claimed = imports.get(id);
            if (claimed.dryRun && claimed.resumeAfterLine > 0) { // a dry run keeps no state to go on from: start over
                claimed.resumeAfterLine = 0;
                claimed.rowsRead = claimed.created = claimed.updated = claimed.unchanged = claimed.refused = 0;
                claimed.errorCount = 0;
                imports.deleteErrors(id);
            }
            return claimed;
        });
        DirectoryFormat format = DirectoryFormat.valueOf(job.format);
        Set<String> createdKeys = new HashSet<>(); // a dry run's partners, so that a later row of one counts as update
        try (DirectoryReader reader = format.reader(imports.openFile(id), mapper, taxonomy);
             PreparedBatches batches = new PreparedBatches(reader, job.resumeAfterLine,
                     config.directoryImports().batchSize(), rows::prepare)) {
            List<PreparedRow> batch;
            while (!(batch = batches.next()).isEmpty()) {
                importBatch(job, batch, createdKeys);
            }
            finish(id, DirectoryImport.SUCCEEDED, null);
        } catch (LeaseLost lost) {
            LOG.warn(lost.getMessage());
        } catch (Exception e) {
            LOG.errorf(e, "directory import %s failed", id);
            finish(id, DirectoryImport.FAILED, "the file could not be read to its end: " + e.getMessage()
                    + "; the rows before stay imported");
        }
    }

    private void importBatch(DirectoryImport job, List<PreparedRow> prepared, Set<String> createdKeys) {
        try {
            importRows(job, prepared, createdKeys);
        } catch (LeaseLost lost) {
            throw lost;
        } catch (RuntimeException batchFailed) {
            LOG.debugf(batchFailed, "directory import %s: a batch failed, importing its rows one by one", job.id);
            for (PreparedRow row : prepared) {
                try {
                    importRows(job, List.of(row), createdKeys);
                } catch (LeaseLost lost) {
                    throw lost;
                } catch (RuntimeException rowFailed) {
                    QuarkusTransaction.requiringNew().run(() -> record(job, List.of(row),
                            List.of(Result.refused("line", "could not be stored: " + rootMessage(rowFailed)))));
                }
            }
        }
    }

    /** Imports the rows in one transaction and records what happened (a dry run: in two, the first rolled back). */
    private void importRows(DirectoryImport job, List<PreparedRow> prepared, Set<String> createdKeys) {
        if (!job.dryRun) {
            QuarkusTransaction.requiringNew().run(() -> record(job, prepared, apply(job, prepared)));
            return;
        }
        List<Result> results;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                throw new DryRunDone(apply(job, prepared)); // the exception rolls the transaction back
            });
            throw new IllegalStateException("unreachable");
        } catch (DryRunDone done) {
            results = done.results;
        }
        List<Result> counted = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            Result result = results.get(i);
            List<String> keys = prepared.get(i).lockKeys();
            if (result.outcome() == Outcome.CREATED && keys.stream().anyMatch(createdKeys::contains)) {
                result = new Result(Outcome.UPDATED, List.of());
            }
            if (result.outcome() == Outcome.CREATED) {
                createdKeys.addAll(keys);
            }
            counted.add(result);
        }
        QuarkusTransaction.requiringNew().run(() -> record(job, prepared, counted));
    }

    private List<Result> apply(DirectoryImport job, List<PreparedRow> prepared) {
        checkLease(job.id);
        return rows.apply(prepared, job.id);
    }

    /** Adds the rows' outcomes and errors to the job, moves its resume position and renews its lease. */
    private void record(DirectoryImport job, List<PreparedRow> prepared, List<Result> results) {
        DirectoryImport stored = checkLease(job.id);
        for (int i = 0; i < prepared.size(); i++) {
            Result result = results.get(i);
            stored.rowsRead++;
            switch (result.outcome()) {
                case CREATED -> stored.created++;
                case UPDATED -> stored.updated++;
                case UNCHANGED -> stored.unchanged++;
                case REFUSED -> {
                    stored.refused++;
                    for (FieldError error : result.errors()) {
                        imports.addError(job.id, ++stored.errorCount, prepared.get(i).line(), error.field(),
                                error.message());
                    }
                }
            }
            stored.resumeAfterLine = Math.max(stored.resumeAfterLine, prepared.get(i).line());
        }
        stored.leaseUntil = clock.instant().plus(config.directoryImports().lease());
        job.resumeAfterLine = stored.resumeAfterLine;
    }

    /** The job, locked for this transaction, when this runner still holds its lease. */
    private DirectoryImport checkLease(UUID id) {
        DirectoryImport job = entityManager.find(DirectoryImport.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || !DirectoryImport.RUNNING.equals(job.status) || !runner.equals(job.runner)) {
            throw new LeaseLost(id);
        }
        return job;
    }

    private void finish(UUID id, String status, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            DirectoryImport job = checkLease(id);
            job.status = status;
            job.failure = failure;
            job.finishedAt = clock.instant();
            job.leaseUntil = null;
            imports.deleteFile(id);
        });
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}

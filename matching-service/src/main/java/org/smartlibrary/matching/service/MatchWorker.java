package org.smartlibrary.matching.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.smartlibrary.kit.retry.Backoff;
import org.smartlibrary.matching.config.MatchingConfig;
import org.smartlibrary.matching.repository.ConsortiumMatchRequests;
import org.smartlibrary.matching.repository.MatchRequests;
import org.smartlibrary.matching.repository.OfferingAsks;
import org.smartlibrary.matching.repository.PartnerChangeLock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Works off the match_request and consortium_match_request tables with {@code slp.matching.worker.threads} threads.
 * One transaction per request takes the partner-change lock shared and the capacity asks' lock (so matches run one at
 * a time, across threads and replicas: each reads the others' asks and records its own), brings the in-memory index
 * up to date, locks the request (FOR UPDATE SKIP LOCKED, so threads and replicas share the work), matches and stores
 * the result, and deletes the request. A library's due request goes first; a consortium's is taken when no library's is due. A failed
 * request stays, backs off and is tried again. Woken right after a consumer commit; otherwise it polls.
 */
@ApplicationScoped
public class MatchWorker {

    private static final Logger LOG = Logger.getLogger(MatchWorker.class);

    /**
     * A match from taking its request to the commit: reading the assessment and the others' demand, the engine, storing
     * the set and its asks (the engine alone is {@link RecommendationMatcher#MATCH_TIMER}).
     */
    static final String TRANSACTION_TIMER = "slp.matching.worker.transaction.duration";

    @Inject
    MatchingConfig config;

    @Inject
    MatchRequests requests;

    @Inject
    OfferingAsks asks;

    @Inject
    PartnerChangeLock lock;

    @Inject
    PartnerReadModel readModel;

    @Inject
    RecommendationMatcher matcher;

    @Inject
    ConsortiumMatchRequests consortiumRequests;

    @Inject
    ConsortiumMatcher consortiumMatcher;

    @Inject
    MeterRegistry registry;

    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong consortiumBacklog = new AtomicLong();
    private volatile boolean running;
    private final List<Thread> threads = new ArrayList<>();

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 200) StartupEvent event) {
        Gauge.builder("slp.matching.requests.backlog", backlog, AtomicLong::get)
                .description("assessments waiting to be (re-)matched").register(registry);
        Gauge.builder("slp.matching.consortium-requests.backlog", consortiumBacklog, AtomicLong::get)
                .description("consortia waiting to be (re-)matched").register(registry);
        if (config.worker().enabled()) {
            running = true;
            for (int i = 0; i < config.worker().threads(); i++) {
                Thread thread = new Thread(this::loop, "match-worker-" + i);
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp.release(threads.size());
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Wakes the workers (called after a commit that queued match requests). */
    public void nudge() {
        wakeUp.release(Math.max(1, threads.size()));
    }

    private void loop() {
        while (running) {
            try {
                while (running && matchNext()) {
                    // keep working while requests are due; permits given meanwhile would only cause empty rounds
                    wakeUp.tryAcquire();
                }
                backlog.set(QuarkusTransaction.requiringNew().call(requests::backlog));
                consortiumBacklog.set(QuarkusTransaction.requiringNew().call(consortiumRequests::backlog));
            } catch (RuntimeException e) {
                LOG.warnf("match worker round failed (will retry): %s", e.getMessage());
            }
            try {
                wakeUp.tryAcquire(config.worker().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Matches the next due request, a library's before a consortium's; false when none is due. */
    public boolean matchNext() {
        AtomicReference<MatchRequests.Request> taken = new AtomicReference<>();
        AtomicReference<ConsortiumMatchRequests.Request> takenConsortium = new AtomicReference<>();
        Timer.Sample sample = Timer.start(registry);
        try {
            boolean matched = QuarkusTransaction.requiringNew().call(() -> {
                lock.shared();
                // before any request row: a match records capacity asks and queues re-matches of other rows under
                // this lock, so taking it after a row lock could deadlock with another worker holding it
                asks.lockForWriting();
                readModel.refresh();
                Optional<MatchRequests.Request> request = requests.lockNextDue();
                if (request.isPresent()) {
                    taken.set(request.get());
                    matcher.match(request.get().assessmentId(), request.get().reason(), request.get().partnerId());
                    requests.complete(request.get().assessmentId());
                    return true;
                }
                Optional<ConsortiumMatchRequests.Request> consortium = consortiumRequests.lockNextDue();
                if (consortium.isEmpty()) {
                    return false;
                }
                takenConsortium.set(consortium.get());
                consortiumMatcher.match(consortium.get().consortiumKey(), consortium.get().reason());
                consortiumRequests.complete(consortium.get().consortiumKey());
                return true;
            });
            if (matched) {
                String kind = taken.get() != null ? "assessment" : "consortium";
                sample.stop(registry.timer(TRANSACTION_TIMER, "kind", kind));
            }
            return matched;
        } catch (RuntimeException e) {
            if (taken.get() != null) {
                recordFailure(taken.get(), e);
                return true;
            }
            if (takenConsortium.get() != null) {
                recordFailure(takenConsortium.get(), e);
                return true;
            }
            throw e;
        }
    }

    private void recordFailure(MatchRequests.Request request, RuntimeException failure) {
        Duration backoff = backoff(request.attempts() + 1);
        LOG.warnf(failure, "matching assessment %s failed (attempt %d), retrying in %d ms", request.assessmentId(),
                request.attempts() + 1, backoff.toMillis());
        UUID assessmentId = request.assessmentId();
        QuarkusTransaction.requiringNew().run(() -> requests.failed(assessmentId, backoff, failure.toString()));
    }

    private void recordFailure(ConsortiumMatchRequests.Request request, RuntimeException failure) {
        Duration backoff = backoff(request.attempts() + 1);
        LOG.warnf(failure, "matching consortium '%s' failed (attempt %d), retrying in %d ms", request.consortiumKey(),
                request.attempts() + 1, backoff.toMillis());
        String consortiumKey = request.consortiumKey();
        QuarkusTransaction.requiringNew().run(() -> consortiumRequests.failed(consortiumKey, backoff,
                failure.toString()));
    }

    private Duration backoff(int attempt) {
        return new Backoff(config.worker().initialBackoff(), config.worker().maxBackoff()).delay(attempt);
    }
}

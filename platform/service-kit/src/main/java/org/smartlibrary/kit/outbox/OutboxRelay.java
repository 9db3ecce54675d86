package org.smartlibrary.kit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jboss.logging.Logger;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.kit.retry.Backoff;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes committed outbox rows in order and deletes each one only after the broker acknowledged it.
 * A failed row backs off exponentially (and holds back later rows with the same key, keeping per-aggregate
 * order); after {@code slp.outbox.max-attempts} it is parked: kept, counted, visible on the admin endpoint.
 * One relay per database works at a time (a PostgreSQL advisory lock), so several replicas keep the order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6f7574626f78L; // "outbox"
    private static final Duration COUNT_REFRESH = Duration.ofSeconds(5);

    /**
     * Due rows in order, skipping those behind an earlier row of the same key that waits for its retry. Only a row
     * that failed waits ({@code attempts > 0}); saying so lets PostgreSQL use the small partial index of such rows
     * instead of reading the whole backlog on every round.
     */
    private static final String DUE_ROWS = """
            SELECT o.* FROM outbox_message o
            WHERE o.parked_at IS NULL AND o.next_attempt_at <= now()
              AND NOT EXISTS (SELECT 1 FROM outbox_message earlier
                              WHERE earlier.topic = o.topic AND earlier.message_key = o.message_key
                                AND earlier.seq < o.seq AND earlier.parked_at IS NULL
                                AND earlier.attempts > 0 AND earlier.next_attempt_at > now())
            ORDER BY o.seq
            LIMIT ?1
            FOR UPDATE""";

    @Inject
    OutboxConfig config;

    @Inject
    KafkaClients kafka;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private volatile boolean running;
    private volatile Instant countsRefreshedAt = Instant.EPOCH;
    private Thread worker;
    private Counter sentCounter;
    private Counter failureCounter;
    private Counter parkedCounter;

    void onStart(@Observes StartupEvent event) {
        Gauge.builder("slp.outbox.backlog", backlog, AtomicLong::get)
                .description("outbox rows waiting to be sent").register(registry);
        Gauge.builder("slp.outbox.parked", parked, AtomicLong::get)
                .description("outbox rows parked after repeated failures").register(registry);
        sentCounter = registry.counter("slp.outbox.sent");
        failureCounter = registry.counter("slp.outbox.send.failures");
        parkedCounter = registry.counter("slp.outbox.parkings");
        if (config.relayEnabled()) {
            running = true;
            worker = new Thread(this::loop, "outbox-relay");
            worker.setDaemon(true);
            worker.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp.release();
        if (worker != null) {
            try {
                worker.join(config.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks the relay to look for due rows now (called after a commit that wrote to the outbox). */
    public void nudge() {
        wakeUp.release();
    }

    private void loop() {
        while (running) {
            int sent = 0;
            try {
                sent = relayOnce();
                if (Duration.between(countsRefreshedAt, Instant.now()).compareTo(COUNT_REFRESH) > 0) {
                    refreshCounts();
                }
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay round failed (will retry): %s", e.getMessage());
            }
            if (sent < config.batchSize()) {
                try {
                    wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Sends one batch of due rows in one transaction; returns how many the broker acknowledged. */
    public int relayOnce() {
        return QuarkusTransaction.requiringNew().call(this::relayBatch);
    }

    private int relayBatch() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        // planned for the backlog of now: a generic plan made while the table was empty stays a scan and sort of the
        // whole backlog when it has grown to 10^5 rows
        entityManager.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        @SuppressWarnings("unchecked")
        List<OutboxMessage> due = entityManager.createNativeQuery(DUE_ROWS, OutboxMessage.class)
                .setParameter(1, config.batchSize()).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(due.size());
        for (OutboxMessage message : due) {
            Future<RecordMetadata> send = send(message);
            sends.add(send);
            if (send.isDone() && failed(send)) {
                break; // the broker is unreachable right now: do not block on every remaining row
            }
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<UUID> acknowledged = new ArrayList<>(sends.size());
        for (int i = 0; i < sends.size(); i++) {
            OutboxMessage message = due.get(i);
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(message.id);
            } catch (ExecutionException e) {
                recordFailure(message, e.getCause());
            } catch (TimeoutException e) {
                recordFailure(message, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                recordFailure(message, e);
            }
        }
        if (!acknowledged.isEmpty()) { // one statement for the round, not one per row
            entityManager.createNativeQuery("DELETE FROM outbox_message WHERE id = ANY(?1)")
                    .setParameter(1, acknowledged.toArray(UUID[]::new)).executeUpdate();
        }
        sentCounter.increment(acknowledged.size());
        return acknowledged.size();
    }

    private Future<RecordMetadata> send(OutboxMessage message) {
        ProducerRecord<String, String> record = new ProducerRecord<>(message.topic, message.messageKey, message.payload);
        record.headers().add(new RecordHeader("event_id", bytes(message.id.toString())));
        if (message.eventType != null) {
            record.headers().add(new RecordHeader("event_type", bytes(message.eventType)));
        }
        return kafka.producer().send(record);
    }

    private static boolean failed(Future<?> future) {
        try {
            future.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void recordFailure(OutboxMessage message, Throwable cause) {
        failureCounter.increment();
        message.attempts++;
        message.lastError = truncate(cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage());
        Instant now = Instant.now();
        if (message.attempts >= config.maxAttempts()) {
            message.parkedAt = now;
            parkedCounter.increment();
            LOG.errorf("outbox row %s (%s) parked after %d attempts: %s", message.id, message.topic, message.attempts,
                    message.lastError);
        } else {
            message.nextAttemptAt = now.plus(backoff(message.attempts));
            LOG.warnf("outbox row %s (%s) failed, attempt %d: %s", message.id, message.topic, message.attempts,
                    message.lastError);
        }
    }

    /** The wait before the next attempt after {@code attempt} failed (the kit's one {@link Backoff}). */
    Duration backoff(int attempt) {
        return new Backoff(config.initialBackoff(), config.maxBackoff()).delay(attempt);
    }

    /** Re-reads the backlog and parked counts behind the gauges. */
    public void refreshCounts() {
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] counts = (Object[]) entityManager.createNativeQuery(
                    "SELECT count(*) FILTER (WHERE parked_at IS NULL), count(*) FILTER (WHERE parked_at IS NOT NULL) "
                            + "FROM outbox_message").getSingleResult();
            backlog.set(((Number) counts[0]).longValue());
            parked.set(((Number) counts[1]).longValue());
        });
        countsRefreshedAt = Instant.now();
    }

    public long backlog() {
        return backlog.get();
    }

    public long parked() {
        return parked.get();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}

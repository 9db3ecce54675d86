package org.smartlibrary.matching.messaging;

import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import org.smartlibrary.kit.retry.Backoff;
import org.smartlibrary.matching.config.MatchingConfig;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One poll thread over one topic with a plain Kafka consumer (not thread-safe, so only this thread touches it).
 *
 * <ul>
 *   <li>Each record is handled in its own database transaction; its offset is committed only after that commit
 *       (synchronously, after each poll's records). A crash in between redelivers the record and the handler
 *       recognises its event id as a duplicate.</li>
 *   <li>A poison record goes to the dead-letter topic; once the broker acknowledged that, its offset counts as done.</li>
 *   <li>Any other failure is classified by its causes ({@link ProcessingFailure}). A record the database refused
 *       for its data (a constraint, a value too long for its column) is dead-lettered at once (PROCESSING_FAILED,
 *       the SQLState in the detail). Otherwise the partition is rewound to the failed record and paused with
 *       exponential backoff, while the other partitions keep flowing; nothing is committed past it. Transient
 *       failures (the database or the broker unavailable, a deadlock, a lock timeout) are retried until they pass
 *       and never count; any other failure is dead-lettered (PROCESSING_FAILED) once it has repeated identically
 *       {@code max-attempts} times in a row.</li>
 *   <li>On revocation the processed offsets of the revoked partitions are committed.</li>
 * </ul>
 */
public final class ConsumerLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);

    private final Consumer<byte[], byte[]> consumer;
    private final String topic;
    private final EventContract contract;
    private final EventDecoder decoder;
    private final RecordHandler handler;
    private final DeadLetterPublisher deadLetters;
    private final ConsumerMetrics metrics;
    private final MatchingConfig.Consumer config;
    private final AtomicLong lag;
    private final Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();
    private final Map<TopicPartition, Retry> retries = new HashMap<>();
    private volatile boolean running = true;
    private Thread thread;

    /**
     * The failed record a partition waits for: its attempts so far (transient ones included), and the run of
     * identical counted failures ({@code counted} happened {@code repeats} times in a row).
     */
    private record Retry(long offset, int attempts, long resumeAtNanos, ProcessingFailure counted, int repeats) {
    }

    ConsumerLoop(Consumer<byte[], byte[]> consumer, String topic, String groupId, EventContract contract,
                 EventDecoder decoder, RecordHandler handler, DeadLetterPublisher deadLetters, ConsumerMetrics metrics,
                 MatchingConfig.Consumer config) {
        this.consumer = consumer;
        this.topic = topic;
        this.contract = contract;
        this.decoder = decoder;
        this.handler = handler;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.config = config;
        this.lag = metrics.lagGauge(topic, groupId);
        metrics.register(topic);
    }

    public synchronized void start() {
        thread = new Thread(this, "consumer-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops polling (wakeup), commits what was processed, closes the consumer and waits for the thread. */
    public void stop(Duration timeout) {
        running = false;
        consumer.wakeup();
        Thread current = thread;
        if (current != null) {
            try {
                current.join(timeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isAlive() {
        Thread current = thread;
        return current != null && current.isAlive();
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(topic), new CommitOnRevoke());
            while (running) {
                resumeDuePartitions();
                ConsumerRecords<byte[], byte[]> records = consumer.poll(nextPollTimeout());
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                        if (!process(partition, record)) {
                            break; // rewound and paused: the rest of this partition comes again after the backoff
                        }
                    }
                }
                commitProcessed();
                updateLag();
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.errorf(e, "%s: consumer woken up unexpectedly; the loop ends", topic);
            }
        } catch (RuntimeException | Error fatal) {
            // the thread ends; the liveness check reports it so the process is restarted, and records not yet
            // committed are redelivered (and deduplicated)
            LOG.errorf(fatal, "%s: consumer loop died", topic);
        } finally {
            try {
                commitProcessed();
            } catch (RuntimeException e) {
                LOG.warnf("%s: final commit failed (records will be redelivered and deduplicated): %s", topic, e);
            }
            consumer.close(Duration.ofSeconds(5));
            LOG.infof("%s: consumer stopped", topic);
        }
    }

    /** Returns false when the record must be tried again later (its partition is rewound and paused). */
    private boolean process(TopicPartition partition, ConsumerRecord<byte[], byte[]> record) {
        Retry retry = retries.get(partition);
        Retry previous = retry != null && retry.offset() == record.offset() ? retry : null;
        int attempt = previous == null ? 1 : previous.attempts() + 1;
        try {
            try {
                IncomingEvent event = decoder.decode(record, contract);
                metrics.outcome(topic, handler.handle(event));
            } catch (PoisonRecordException poison) {
                deadLetter(record, poison.reason(), poison.getMessage(), poison.eventId(), attempt);
            }
            done(partition, record);
            return true;
        } catch (RuntimeException exception) {
            return failed(partition, record, attempt, previous, ProcessingFailure.of(exception));
        }
    }

    /** Dead-letters the record if the failure says so (returns true), else rewinds and pauses its partition. */
    private boolean failed(TopicPartition partition, ConsumerRecord<byte[], byte[]> record, int attempt,
                           Retry previous, ProcessingFailure failure) {
        ProcessingFailure counted = previous == null ? null : previous.counted();
        int repeats = previous == null ? 0 : previous.repeats();
        if (failure.kind() != ProcessingFailure.Kind.TRANSIENT) {
            repeats = failure.sameAs(counted) ? repeats + 1 : 1;
            counted = failure;
        }
        if (failure.kind() == ProcessingFailure.Kind.POISON
                || failure.kind() == ProcessingFailure.Kind.UNEXPECTED && repeats >= config.maxAttempts()) {
            try {
                deadLetter(record, DeadLetterReason.PROCESSING_FAILED, failure.detail(repeats),
                        EventDecoder.header(record, EventDecoder.EVENT_ID_HEADER), attempt);
                done(partition, record);
                return true;
            } catch (RuntimeException deadLetterFailure) {
                LOG.warnf("%s@%d: dead-letter send failed, the record is retried: %s", partition, record.offset(),
                        deadLetterFailure.getMessage());
            }
        }
        holdBack(partition, record.offset(), attempt, failure, counted, repeats);
        return false;
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> record, DeadLetterReason reason, String detail,
                            String eventId, int attempts) {
        deadLetters.send(record, reason, detail, eventId, attempts);
        metrics.deadLettered(topic, reason);
        LOG.warnf("%s-%d@%d dead-lettered (%s): %s", record.topic(), record.partition(), record.offset(), reason, detail);
    }

    private void done(TopicPartition partition, ConsumerRecord<byte[], byte[]> record) {
        processed.put(partition, new OffsetAndMetadata(record.offset() + 1));
        retries.remove(partition);
    }

    private void holdBack(TopicPartition partition, long offset, int attempt, ProcessingFailure failure,
                          ProcessingFailure counted, int repeats) {
        Duration backoff = backoff(attempt);
        consumer.seek(partition, offset);
        consumer.pause(Set.of(partition));
        retries.put(partition, new Retry(offset, attempt, System.nanoTime() + backoff.toNanos(), counted, repeats));
        metrics.retried(topic);
        LOG.warnf("%s@%d failed (attempt %d, %s, %d in a row counted), retrying in %d ms: %s", partition, offset,
                attempt, failure.kind(), repeats, backoff.toMillis(), failure.root());
    }

    private void resumeDuePartitions() {
        long now = System.nanoTime();
        Set<TopicPartition> paused = consumer.paused();
        retries.forEach((partition, retry) -> {
            if (retry.resumeAtNanos() <= now && paused.contains(partition)) {
                consumer.resume(Set.of(partition));
            }
        });
    }

    private Duration nextPollTimeout() {
        long timeout = config.pollTimeout().toNanos();
        long now = System.nanoTime();
        for (Retry retry : retries.values()) {
            timeout = Math.min(timeout, Math.max(0, retry.resumeAtNanos() - now));
        }
        return Duration.ofNanos(Math.max(timeout, Duration.ofMillis(1).toNanos()));
    }

    private void commitProcessed() {
        if (processed.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(Map.copyOf(processed));
            processed.clear();
        } catch (CommitFailedException e) {
            // the partitions went to another member: it resumes from the last commit and deduplicates
            LOG.warnf("%s: commit failed after a rebalance: %s", topic, e.getMessage());
            processed.clear();
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            LOG.warnf("%s: commit failed, will retry with the next commit: %s", topic, e.getMessage());
        }
    }

    private void updateLag() {
        long total = 0;
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong partitionLag = consumer.currentLag(partition);
            if (partitionLag.isPresent()) {
                total += partitionLag.getAsLong();
            }
        }
        lag.set(total);
    }

    Duration backoff(int attempt) {
        return new Backoff(config.initialBackoff(), config.maxBackoff()).delay(attempt);
    }

    private final class CommitOnRevoke implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Map<TopicPartition, OffsetAndMetadata> revoked = new HashMap<>();
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = processed.remove(partition);
                if (offset != null) {
                    revoked.put(partition, offset);
                }
                retries.remove(partition);
            }
            if (!revoked.isEmpty()) {
                try {
                    consumer.commitSync(revoked);
                } catch (KafkaException e) {
                    LOG.warnf("%s: commit on revoke failed (records will be redelivered and deduplicated): %s",
                            topic, e.getMessage());
                }
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            LOG.debugf("%s: assigned %s", topic, partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            partitions.forEach(partition -> {
                processed.remove(partition);
                retries.remove(partition);
            });
        }
    }
}

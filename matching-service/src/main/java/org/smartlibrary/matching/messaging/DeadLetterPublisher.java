package org.smartlibrary.matching.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.config.MatchingConfig;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a poison record to the dead-letter topic: key and value byte for byte, the original headers, and the
 * dlt-* provenance headers of asyncapi.yaml. Returns only once the broker acknowledged it, so the caller may then
 * commit the record's offset.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    public static final String REASON = "dlt-reason";
    public static final String DETAIL = "dlt-detail";
    public static final String ORIGINAL_TOPIC = "dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "dlt-original-offset";
    public static final String EVENT_ID = "dlt-event-id";
    public static final String ATTEMPTS = "dlt-attempts";
    static final int MAX_DETAIL = 1000;

    @Inject
    KafkaClients clients;

    @Inject
    MatchingConfig config;

    private KafkaProducer<byte[], byte[]> producer;

    public void send(ConsumerRecord<byte[], byte[]> original, DeadLetterReason reason, String detail, String eventId,
                     int attempts) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(config.consumer().deadLetterTopic(), null,
                original.key(), original.value());
        for (Header header : original.headers()) {
            if (!header.key().startsWith("dlt-")) {
                record.headers().add(header);
            }
        }
        add(record, REASON, reason.name());
        add(record, ORIGINAL_TOPIC, original.topic());
        add(record, ORIGINAL_PARTITION, Integer.toString(original.partition()));
        add(record, ORIGINAL_OFFSET, Long.toString(original.offset()));
        add(record, ATTEMPTS, Integer.toString(attempts));
        if (eventId != null) {
            add(record, EVENT_ID, eventId);
        }
        if (detail != null && !detail.isBlank()) {
            add(record, DETAIL, detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL));
        }
        try {
            producer().send(record).get(config.consumer().deadLetterTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new DeadLetterFailedException(e.getCause());
        } catch (TimeoutException e) {
            throw new DeadLetterFailedException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLetterFailedException(e);
        }
    }

    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = clients.newProducer(new ByteArraySerializer(), new ByteArraySerializer(), Map.of());
        }
        return producer;
    }

    private static void add(ProducerRecord<byte[], byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    /** The dead-letter topic did not acknowledge: the record is kept and retried like a transient failure. */
    public static class DeadLetterFailedException extends RuntimeException {
        DeadLetterFailedException(Throwable cause) {
            super("dead-letter send failed: " + cause, cause);
        }
    }
}

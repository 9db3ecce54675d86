package org.smartlibrary.kit.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.smartlibrary.kit.ids.TimeOrderedIds;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Writes events to the outbox table inside the caller's transaction, so the domain change and the event
 * commit together or not at all. The relay publishes them after the commit.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "quarkus.application.name")
    String producer;

    /** Adds the event to the current transaction; returns its event id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(OutboxEvent event) {
        UUID eventId = TimeOrderedIds.next();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ObjectNode envelope = objectMapper.createObjectNode();
        envelope.put("event_id", eventId.toString());
        envelope.put("event_type", event.eventType());
        envelope.put("schema_version", event.schemaVersion());
        envelope.put("occurred_at", now.toString());
        envelope.put("producer", producer);
        envelope.put("aggregate_id", event.aggregateId().toString());
        envelope.set("payload", objectMapper.valueToTree(event.payload()));
        persist(eventId, event.topic(), event.aggregateId().toString(), event.eventType(), envelope.toString(), now);
        return eventId;
    }

    /** Adds a tombstone (null value) for this key, e.g. to remove an aggregate from a compacted topic. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishTombstone(String topic, String key) {
        UUID eventId = TimeOrderedIds.next();
        persist(eventId, topic, key, null, null, Instant.now().truncatedTo(ChronoUnit.MICROS));
        return eventId;
    }

    private void persist(UUID eventId, String topic, String key, String eventType, String payload, Instant now) {
        OutboxMessage message = new OutboxMessage();
        message.id = eventId;
        message.topic = topic;
        message.messageKey = key;
        message.eventType = eventType;
        message.payload = payload;
        message.createdAt = now;
        message.nextAttemptAt = now;
        entityManager.persist(message);
        if (transactions.getResource(NudgeRelayAfterCommit.class) == null) { // once per transaction, not per event
            transactions.putResource(NudgeRelayAfterCommit.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new NudgeRelayAfterCommit(relay));
        }
    }

    /** Wakes the relay as soon as the transaction has committed, so events leave without waiting for a poll. */
    private record NudgeRelayAfterCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.nudge();
            }
        }
    }
}

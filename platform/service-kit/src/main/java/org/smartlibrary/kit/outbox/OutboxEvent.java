package org.smartlibrary.kit.outbox;

import java.util.Objects;
import java.util.UUID;

/**
 * An event to publish: the outbox wraps the payload in the envelope (event_id, event_type, schema_version,
 * occurred_at, producer, aggregate_id) and keys the record by the aggregate id.
 */
public record OutboxEvent(String topic, String eventType, String schemaVersion, UUID aggregateId, Object payload) {

    public OutboxEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
    }
}

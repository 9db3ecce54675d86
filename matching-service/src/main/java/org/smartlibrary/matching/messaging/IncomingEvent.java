package org.smartlibrary.matching.messaging;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.UUID;

/**
 * A decoded, schema-valid event (or a tombstone: then only the key is set).
 *
 * @param aggregateId the envelope aggregate_id, equal to the record key; for a tombstone the key
 */
public record IncomingEvent(String topic, int partition, long offset, UUID eventId, String eventType,
                            String schemaVersion, UUID aggregateId, JsonNode payload) {

    public static IncomingEvent tombstone(String topic, int partition, long offset, UUID key) {
        return new IncomingEvent(topic, partition, offset, null, null, null, key, null);
    }

    public boolean isTombstone() {
        return payload == null;
    }
}

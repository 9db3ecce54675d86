package org.smartlibrary.matching.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.smartlibrary.matching.config.EventJson;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a raw record into an {@link IncomingEvent}, or refuses it as poison with the dlt-reason of asyncapi.yaml:
 * not UTF-8 JSON, unknown event type, unknown major version, schema-invalid, or inconsistent ids (what a schema
 * cannot check: aggregate_id equals the payload id and the key, the event_id header equals the envelope).
 */
@ApplicationScoped
public class EventDecoder {

    static final String EVENT_ID_HEADER = "event_id";
    private static final Pattern VERSION = Pattern.compile("^([0-9]+)\\.([0-9]+)$");
    private static final int MAX_ERRORS_IN_DETAIL = 3;

    @Inject
    EventJson json;

    @Inject
    EventSchemas schemas;

    public IncomingEvent decode(ConsumerRecord<byte[], byte[]> record, EventContract contract) {
        String headerEventId = header(record, EVENT_ID_HEADER);
        if (record.value() == null) {
            return tombstone(record, contract, headerEventId);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(record.value())).toString();
        } catch (CharacterCodingException e) {
            throw new PoisonRecordException(DeadLetterReason.DESERIALIZATION_FAILED, "value is not UTF-8", headerEventId);
        }
        JsonNode envelope;
        try {
            envelope = json.tree(text);
        } catch (JsonProcessingException e) {
            throw new PoisonRecordException(DeadLetterReason.DESERIALIZATION_FAILED,
                    "value is not JSON: " + e.getOriginalMessage(), headerEventId);
        }
        if (envelope == null || !envelope.isObject()) {
            throw new PoisonRecordException(DeadLetterReason.DESERIALIZATION_FAILED, "value is not a JSON object",
                    headerEventId);
        }
        String eventId = envelope.path("event_id").isTextual() ? envelope.get("event_id").asText() : headerEventId;
        String eventType = textOrNull(envelope, "event_type");
        if (eventType != null && !contract.eventTypes().contains(eventType)) {
            throw new PoisonRecordException(DeadLetterReason.UNKNOWN_EVENT_TYPE,
                    "event_type " + eventType + " is not carried on " + record.topic(), eventId);
        }
        Schema schema = schemaFor(contract, textOrNull(envelope, "schema_version"), eventId);
        List<Error> errors = EventSchemas.validate(schema, text);
        if (!errors.isEmpty()) {
            throw new PoisonRecordException(DeadLetterReason.SCHEMA_INVALID, describe(errors), eventId);
        }
        return checkedEvent(record, contract, envelope, eventType, headerEventId);
    }

    private Schema schemaFor(EventContract contract, String schemaVersion, String eventId) {
        if (schemaVersion == null) {
            throw new PoisonRecordException(DeadLetterReason.SCHEMA_INVALID, "schema_version is missing", eventId);
        }
        Matcher version = VERSION.matcher(schemaVersion);
        if (!version.matches()) {
            throw new PoisonRecordException(DeadLetterReason.SCHEMA_INVALID,
                    "schema_version " + schemaVersion + " is not major.minor", eventId);
        }
        int major;
        try {
            major = Integer.parseInt(version.group(1));
        } catch (NumberFormatException e) {
            major = -1;
        }
        int knownMajor = major;
        return schemas.schema(contract, major).orElseThrow(() -> new PoisonRecordException(
                DeadLetterReason.UNSUPPORTED_SCHEMA_VERSION, "schema_version " + schemaVersion + ": major " + knownMajor
                        + " is not supported (supported: " + EventSchemas.SUPPORTED_MAJOR + ".x)", eventId));
    }

    private static IncomingEvent checkedEvent(ConsumerRecord<byte[], byte[]> record, EventContract contract,
                                              JsonNode envelope, String eventType, String headerEventId) {
        String eventId = envelope.get("event_id").asText();
        String aggregateId = envelope.get("aggregate_id").asText();
        JsonNode payload = envelope.get("payload");
        String payloadId = payload.path(contract.payloadIdField(eventType)).asText();
        if (!UUID.fromString(aggregateId).equals(UUID.fromString(payloadId))) {
            throw new PoisonRecordException(DeadLetterReason.SCHEMA_INVALID, "aggregate_id " + aggregateId
                    + " differs from payload." + contract.payloadIdField(eventType) + " " + payloadId, eventId);
        }
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        if (key != null && !aggregateId.equalsIgnoreCase(key)) {
            throw new PoisonRecordException(DeadLetterReason.SCHEMA_INVALID,
                    "record key " + key + " differs from aggregate_id " + aggregateId, eventId);
        }
        if (headerEventId != null && !headerEventId.equalsIgnoreCase(eventId)) {
            throw new PoisonRecordException(DeadLetterReason.SCHEMA_INVALID,
                    "event_id header " + headerEventId + " differs from the envelope event_id " + eventId, eventId);
        }
        return new IncomingEvent(record.topic(), record.partition(), record.offset(), UUID.fromString(eventId),
                eventType, envelope.get("schema_version").asText(), UUID.fromString(aggregateId), payload);
    }

    private static IncomingEvent tombstone(ConsumerRecord<byte[], byte[]> record, EventContract contract,
                                           String headerEventId) {
        if (!contract.allowsTombstones()) {
            throw new PoisonRecordException(DeadLetterReason.DESERIALIZATION_FAILED,
                    "a null value (tombstone) is not an event on this topic", headerEventId);
        }
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        try {
            return IncomingEvent.tombstone(record.topic(), record.partition(), record.offset(), UUID.fromString(key));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PoisonRecordException(DeadLetterReason.SCHEMA_INVALID,
                    "tombstone key " + key + " is not a partner id (UUID)", headerEventId);
        }
    }

    private static String describe(List<Error> errors) {
        String shown = errors.stream().limit(MAX_ERRORS_IN_DETAIL)
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .collect(Collectors.joining("; "));
        return errors.size() > MAX_ERRORS_IN_DETAIL ? shown + "; and " + (errors.size() - MAX_ERRORS_IN_DETAIL)
                + " more" : shown;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

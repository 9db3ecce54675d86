package org.smartlibrary.matching.messaging;

/** The dlt-reason codes of asyncapi.yaml. */
public enum DeadLetterReason {
    /** The value is not UTF-8 JSON (or not an object, or a tombstone where none is allowed). */
    DESERIALIZATION_FAILED,
    /** The value does not validate against the schema of its event type and major version. */
    SCHEMA_INVALID,
    /** A schema_version major this service does not know. */
    UNSUPPORTED_SCHEMA_VERSION,
    /** An event_type that is not carried on this topic. */
    UNKNOWN_EVENT_TYPE,
    /** A non-transient error, or retries exhausted. */
    PROCESSING_FAILED
}

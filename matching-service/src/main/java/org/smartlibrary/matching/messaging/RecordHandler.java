package org.smartlibrary.matching.messaging;

/**
 * Processes one decoded event in its own database transaction, idempotently. Throws {@link PoisonRecordException}
 * for an event that can never be processed; any other exception means "try again later".
 */
@FunctionalInterface
public interface RecordHandler {

    Outcome handle(IncomingEvent event);

    enum Outcome {
        /** The event changed the state. */
        PROCESSED,
        /** Its event id was processed before (a redelivery). */
        DUPLICATE,
        /** Valid but superseded: an older revision or partner version than the one held. */
        STALE
    }
}

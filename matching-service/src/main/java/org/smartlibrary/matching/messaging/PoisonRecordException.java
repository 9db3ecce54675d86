package org.smartlibrary.matching.messaging;

/** A record that can never be processed: it goes to the dead-letter topic and consumption goes on. */
public class PoisonRecordException extends RuntimeException {

    private final DeadLetterReason reason;
    private final String eventId;

    public PoisonRecordException(DeadLetterReason reason, String detail, String eventId) {
        super(detail);
        this.reason = reason;
        this.eventId = eventId;
    }

    public DeadLetterReason reason() {
        return reason;
    }

    /** The event id if it could be read, else null. */
    public String eventId() {
        return eventId;
    }
}

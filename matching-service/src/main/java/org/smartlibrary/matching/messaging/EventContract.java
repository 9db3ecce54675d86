package org.smartlibrary.matching.messaging;

import java.util.Map;
import java.util.Set;

/** What a consumed topic carries, per platform/contracts: its schema folder, event types and payload id field. */
public enum EventContract {

    ASSESSMENT_COMPLETED("assessment-completed", Map.of("assessment-completed", "assessment_id"), false),
    PARTNER_DIRECTORY("partner-directory",
            Map.of("partner-snapshot", "partner_id", "partner-removed", "partner_id"), true),
    LIBRARY_DIRECTORY("library-directory", Map.of("library-snapshot", "library_id"), false);

    public static final String SNAPSHOT = "partner-snapshot";
    public static final String REMOVED = "partner-removed";
    public static final String COMPLETED = "assessment-completed";

    private final String schemaFolder;
    private final Map<String, String> payloadIdFieldByType;
    private final boolean tombstones;

    EventContract(String schemaFolder, Map<String, String> payloadIdFieldByType, boolean tombstones) {
        this.schemaFolder = schemaFolder;
        this.payloadIdFieldByType = payloadIdFieldByType;
        this.tombstones = tombstones;
    }

    public String schemaFolder() {
        return schemaFolder;
    }

    public Set<String> eventTypes() {
        return payloadIdFieldByType.keySet();
    }

    /** The payload field that must equal aggregate_id (and the record key). */
    public String payloadIdField(String eventType) {
        return payloadIdFieldByType.get(eventType);
    }

    /** Whether a null value (tombstone) is meaningful on this topic: on partner-directory it removes the partner. */
    public boolean allowsTombstones() {
        return tombstones;
    }
}

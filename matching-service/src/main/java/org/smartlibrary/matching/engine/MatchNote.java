package org.smartlibrary.matching.engine;

import java.util.Objects;

/** Something the hard gates allowed but that the library should know about. */
public record MatchNote(Kind kind, String text) {

    public enum Kind {
        /** Available only from a date within the allowed lead time. */
        STARTS_LATER,
        /** A condition the library can meet only at a cost (e.g. co-funding). */
        CONDITION_PENALTY,
        /** A condition the engine cannot check; a person has to. */
        NEEDS_REVIEW,
        /** Capacity is in another measure or unit (or not stated), so it is counted as a partial cover. */
        CAPACITY_NOT_COMPARABLE
    }

    public MatchNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}

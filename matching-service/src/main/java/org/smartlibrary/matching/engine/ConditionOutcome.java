package org.smartlibrary.matching.engine;

/** What one eligibility condition means for this library. */
record ConditionOutcome(OfferingCondition condition, Verdict verdict, String text) {

    enum Verdict {
        /** The library meets it. */
        MET,
        /** Allowed, but it costs the library something; lowers the CONDITIONS score. */
        PENALTY,
        /** Cannot be checked automatically; allowed, flagged for a person, lowers the CONDITIONS score a little. */
        NEEDS_REVIEW,
        /** The library cannot meet it: the candidate is excluded. */
        UNSATISFIABLE
    }
}

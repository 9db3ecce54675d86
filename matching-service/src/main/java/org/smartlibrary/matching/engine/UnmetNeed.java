package org.smartlibrary.matching.engine;

import java.util.Objects;

/**
 * A need the coverage plan leaves (partly) open.
 *
 * @param covered share of the need the plan covers, 0..1 (0 = not at all)
 * @param detail  human-readable, naming the type or the remaining share; a consortium's pooled need is explained for
 *                the members that need it (e.g. "... exist, but none serves every member that needs it")
 */
public record UnmetNeed(String needId, String needType, int priority, Reason reason, double covered, String detail) {

    /** The taxonomy's unmet_reasons codes. */
    public enum Reason {
        /** No active offering of the exact type that passes the gates. */
        NO_CANDIDATE,
        /** Offerings exist but none serves the library's area. */
        OUTSIDE_SERVICE_AREA,
        /** Offerings exist but their eligibility rules (conditions, minimum order, joint application) exclude the library. */
        CONDITIONS_NOT_MET,
        /** The plan covers the need only partially. */
        INSUFFICIENT_CAPACITY,
        /** The plan's offerings are time-boxed or short-term for a long-term need. */
        HORIZON_MISMATCH,
        /** Partners could cover it, but none was selected within the plan size. */
        NOT_IN_PLAN
    }

    public UnmetNeed {
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}

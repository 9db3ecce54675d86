package org.smartlibrary.matching.engine;

import java.util.List;
import java.util.Objects;

/**
 * How one offering of the need's exact type serves one need, explained.
 *
 * @param coverage   share of the need the offering covers, 0..1: capacity share x horizon share
 * @param matchScore weighted mean of all criteria (need-level in the explanation, partner-level in the partner's)
 * @param flags      what the librarian should know (partial cover, later start, listing stale, ...)
 */
public record NeedCoverage(String needId, String needType, int priority, String offeringId, String offeringType,
                           double coverage, double matchScore, Explanation explanation, List<Flag> flags)
        implements CoverFigures {

    private static final double FULL = 1 - 1e-9;

    public NeedCoverage {
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(offeringId, "offeringId");
        Objects.requireNonNull(explanation, "explanation");
        flags = List.copyOf(flags);
    }

    /** Partial when less than the whole need is covered (capacity or time). */
    public boolean partial() {
        return coverage < FULL;
    }
}

package org.smartlibrary.matching.engine;

import java.util.List;
import java.util.Objects;

/**
 * How one offering serves one need.
 *
 * @param coverage   share of the need's gap the offering closes, 0..1: capacity share x horizon share
 * @param matchScore weighted mean of the explanation's criteria, 0..1
 * @param notes      what the gates allowed but flagged (late start, condition penalty, needs review, ...)
 */
public record NeedCoverage(String needId, String needType, int priority, String offeringId, String offeringType,
                           TypeMatch typeMatch, double coverage, double matchScore, Explanation explanation,
                           List<MatchNote> notes) implements CoverFigures {

    private static final double FULL = 1 - 1e-9;

    public NeedCoverage {
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(offeringId, "offeringId");
        Objects.requireNonNull(explanation, "explanation");
        notes = List.copyOf(notes == null ? List.of() : notes);
    }

    /** Partial when less than the whole gap is covered or only a related type is offered. */
    public boolean partial() {
        return coverage < FULL || typeMatch != TypeMatch.EXACT;
    }

    public boolean needsReview() {
        return notes.stream().anyMatch(note -> note.kind() == MatchNote.Kind.NEEDS_REVIEW);
    }

    double criterionValue(Criterion criterion) {
        return explanation.find(criterion).map(CriterionScore::value).orElse(0.0);
    }
}

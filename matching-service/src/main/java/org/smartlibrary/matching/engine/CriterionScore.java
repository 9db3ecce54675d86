package org.smartlibrary.matching.engine;

import java.util.Objects;

/**
 * One criterion of an explanation.
 *
 * @param value  0..1, higher is better
 * @param weight the criterion's weight in the match score (from {@link ScoringWeights})
 * @param text   human-readable, naming the figures it was computed from
 * @param needId the need this item is about; null for partner-level items in a partner's explanation
 */
public record CriterionScore(Criterion criterion, double value, double weight, String text, String needId) {

    public CriterionScore {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(text, "text");
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(criterion + " value must be 0..1 but was " + value);
        }
        if (!(weight >= 0)) {
            throw new IllegalArgumentException(criterion + " weight must be >= 0 but was " + weight);
        }
    }

    CriterionScore withoutNeed() {
        return new CriterionScore(criterion, value, weight, text, null);
    }
}

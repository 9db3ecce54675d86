package org.smartlibrary.matching.engine;

import java.util.List;
import java.util.Optional;

/** A structured explanation: criterion scores with their weights and texts. */
public record Explanation(List<CriterionScore> items) {

    public Explanation {
        items = List.copyOf(items);
    }

    /** The weighted mean of the item values: the match score of a (need, offering) explanation. */
    public double weightedScore() {
        double weightSum = 0;
        double weighted = 0;
        for (CriterionScore item : items) {
            weightSum += item.weight();
            weighted += item.weight() * item.value();
        }
        return weightSum == 0 ? 0 : weighted / weightSum;
    }

    /** The first item for this criterion (a (need, offering) explanation has exactly one per criterion). */
    public Optional<CriterionScore> find(Criterion criterion) {
        for (CriterionScore item : items) {
            if (item.criterion() == criterion) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}

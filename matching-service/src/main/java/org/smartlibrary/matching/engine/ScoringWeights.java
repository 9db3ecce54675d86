package org.smartlibrary.matching.engine;

/**
 * Every weight of the scoring, in one place.
 *
 * <p>Criterion weights weigh the criteria in a (need, offering) match score, a weighted mean in 0..1. The defaults
 * sum to 1: how much of the need the offering closes dominates (capacity 0.30); horizon fit and freshness with
 * verification (0.15 each) come next, so that a stale or unverified listing ranks below an otherwise equal fresh,
 * verified one; priority, geography, reciprocity and conditions refine it (0.10 each).
 *
 * <p>{@code coverageShare} splits a partner's score between plain priority-weighted coverage and coverage weighted
 * by match quality: {@code score = coverageShare * coverage + (1 - coverageShare) * qualityWeightedCoverage}.
 * At 0.5 a partner that covers much at average quality still beats one that covers little very well.
 */
public record ScoringWeights(double capacity, double horizonFit, double priority, double geography,
                             double reciprocity, double freshness, double conditions, double coverageShare) {

    public ScoringWeights {
        double[] weights = {capacity, horizonFit, priority, geography, reciprocity, freshness, conditions};
        double sum = 0;
        for (double weight : weights) {
            if (!(weight >= 0)) {
                throw new IllegalArgumentException("criterion weights must be >= 0");
            }
            sum += weight;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one criterion weight must be positive");
        }
        if (!(coverageShare >= 0 && coverageShare <= 1)) {
            throw new IllegalArgumentException("coverageShare must be 0..1 but was " + coverageShare);
        }
    }

    public static ScoringWeights defaults() {
        return new ScoringWeights(0.30, 0.15, 0.10, 0.10, 0.10, 0.15, 0.10, 0.5);
    }

    public double weightOf(Criterion criterion) {
        return switch (criterion) {
            case CAPACITY -> capacity;
            case HORIZON_FIT -> horizonFit;
            case PRIORITY -> priority;
            case GEOGRAPHY -> geography;
            case RECIPROCITY -> reciprocity;
            case FRESHNESS -> freshness;
            case CONDITIONS -> conditions;
        };
    }
}

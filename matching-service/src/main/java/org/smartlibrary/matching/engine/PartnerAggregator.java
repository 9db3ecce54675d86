package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Aggregates a partner's covers over the assessment's needs, and defines the ranking order.
 *
 * <p>Per need the partner's best offering counts (the one contributing most to its score). With need weight
 * w = priority, coverage c and match score m, over all needs of the assessment (W = sum of w):
 * {@code coverage = sum(w c) / W}, {@code qualityWeightedCoverage = sum(w c m) / W} and
 * {@code score = coverageShare * coverage + (1 - coverageShare) * qualityWeightedCoverage}, so 0..1.
 */
final class PartnerAggregator {

    /**
     * Score desc, covered priority weight desc, verified first, fresh listing first, name (case-insensitive, then
     * exact), id: deterministic for equal scores.
     */
    static final Comparator<Ranked> RANKING_ORDER = Comparator
            .comparingLong((Ranked r) -> -quantized(r.score()))
            .thenComparingLong(r -> -quantized(r.coveredPriorityWeight()))
            .thenComparing(r -> !r.verified())
            .thenComparing(Ranked::stale)
            .thenComparing(Ranked::partnerName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Ranked::partnerName)
            .thenComparing(Ranked::partnerId);

    /** Most urgent need first, then the larger coverage, then need id: the order covered needs are listed in. */
    static final Comparator<CoverFigures> LISTING_ORDER = Comparator
            .comparingInt(CoverFigures::priority).reversed()
            .thenComparing(Comparator.comparingDouble(CoverFigures::coverage).reversed())
            .thenComparing(CoverFigures::needId);

    /** A partner's figures over its best coverage per need. */
    record Totals(double score, double coverage, double matchQuality, double coveredPriorityWeight) {
    }

    private final ScoringWeights weights;
    /** Of two coverages of one need, the better one first: contribution, then coverage, then offering id. */
    private final Comparator<CoverFigures> betterFirst;

    PartnerAggregator(ScoringWeights weights) {
        this.weights = weights;
        this.betterFirst = Comparator
                .comparingLong((CoverFigures c) -> -quantized(contribution(c)))
                .thenComparingLong(c -> -quantized(c.coverage()))
                .thenComparing(CoverFigures::offeringId);
    }

    /** Whether {@code candidate} serves its need better than {@code current} (null: nothing yet). */
    boolean better(CoverFigures candidate, CoverFigures current) {
        return current == null || betterFirst.compare(candidate, current) < 0;
    }

    /** @param best one coverage per need, in {@link #LISTING_ORDER} (the sums run in that order) */
    Totals totals(List<? extends CoverFigures> best, double totalWeight) {
        double covered = 0;
        double qualityWeighted = 0;
        for (CoverFigures coverage : best) {
            covered += coverage.priority() * coverage.coverage();
            qualityWeighted += coverage.priority() * coverage.coverage() * coverage.matchScore();
        }
        double coverageShare = totalWeight == 0 ? 0 : covered / totalWeight;
        double qualityShare = totalWeight == 0 ? 0 : qualityWeighted / totalWeight;
        double score = clamp(weights.coverageShare() * coverageShare + (1 - weights.coverageShare()) * qualityShare);
        double matchQuality = covered == 0 ? 0 : qualityWeighted / covered;
        return new Totals(score, clamp(coverageShare), clamp(matchQuality), covered);
    }

    /**
     * The explained recommendation of a finished candidate (rank 0 until ranked): its totals, its explained best
     * covers, the need-level items per covered need and then the partner-level items once.
     */
    PartnerRecommendation recommend(CandidatePartner candidate, List<NeedCoverage> explained,
                                    List<CriterionScore> partnerItems) {
        List<CriterionScore> items = new ArrayList<>();
        int flags = candidate.figures().flags();
        for (NeedCoverage coverage : explained) {
            items.addAll(coverage.explanation().items());
            for (Flag flag : coverage.flags()) {
                flags |= flag.bit();
            }
        }
        items.addAll(partnerItems);
        PartnerInput partner = candidate.partner();
        Totals totals = candidate.totals();
        return new PartnerRecommendation(0, partner.id(), partner.name(), partner.partnerType(),
                partner.verification(), totals.score(), totals.coverage(), totals.matchQuality(),
                totals.coveredPriorityWeight(), explained, new Explanation(items), Flag.of(flags));
    }

    /** What this coverage adds to the partner's score, up to the common factor priority / W. */
    private double contribution(CoverFigures coverage) {
        return coverage.coverage() * (weights.coverageShare() + (1 - weights.coverageShare()) * coverage.matchScore());
    }

    /** Compares doubles on a 1e-9 grid so that sums computed in a different order still tie. */
    static long quantized(double value) {
        return Math.round(value * 1e9);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}

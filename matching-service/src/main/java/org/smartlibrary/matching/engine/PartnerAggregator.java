package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates a partner's coverages over the assessment's needs, and defines the ranking order.
 *
 * <p>Per need the partner's best offering counts (the one contributing most to its score). With need weight
 * w = priority, coverage c and match score m, over all needs of the assessment (W = sum of w):
 * {@code coverage = sum(w c) / W}, {@code qualityWeightedCoverage = sum(w c m) / W} and
 * {@code score = coverageShare * coverage + (1 - coverageShare) * qualityWeightedCoverage}, so 0..1.
 *
 * <p>The same rules serve a match's figures-only {@link Cover}s (every admitted partner) and the explained
 * {@link NeedCoverage}s of the partners a match keeps, so both give the same best offering and the same score.
 */
final class PartnerAggregator {

    /** Score desc, covered priority weight desc, verified first, name, id: deterministic for equal scores. */
    static final Comparator<Ranked> RANKING_ORDER = Comparator
            .comparingLong((Ranked r) -> -quantized(r.score()))
            .thenComparingLong(r -> -quantized(r.coveredPriorityWeight()))
            .thenComparing(r -> !r.verified())
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

    /** The explained recommendation of one partner (rank 0 until ranked) from its admitted coverages. */
    PartnerRecommendation aggregate(PartnerMatches matches, double totalWeight) {
        List<NeedCoverage> best = bestPerNeed(matches.coverages());
        Totals totals = totals(best, totalWeight);
        PartnerInput partner = matches.partner();
        return new PartnerRecommendation(0, partner.id(), partner.name(), partner.partnerType(),
                partner.verification(), totals.score(), totals.coverage(), totals.matchQuality(),
                totals.coveredPriorityWeight(), best, explain(best));
    }

    /** The best coverage per need, in {@link #LISTING_ORDER}. */
    <C extends CoverFigures> List<C> bestPerNeed(Collection<C> coverages) {
        Map<String, C> bestByNeed = new HashMap<>();
        for (C coverage : coverages) {
            bestByNeed.merge(coverage.needId(), coverage, (a, b) -> better(b, a) ? b : a);
        }
        List<C> best = new ArrayList<>(bestByNeed.values());
        best.sort(LISTING_ORDER);
        return best;
    }

    /** What this coverage adds to the partner's score, up to the common factor priority / W. */
    private double contribution(CoverFigures coverage) {
        return coverage.coverage() * (weights.coverageShare() + (1 - weights.coverageShare()) * coverage.matchScore());
    }

    /** Need-specific items per covered need, then the partner-level items once (they are equal for every need). */
    private static Explanation explain(List<NeedCoverage> best) {
        List<CriterionScore> items = new ArrayList<>();
        Map<Criterion, CriterionScore> partnerLevel = new LinkedHashMap<>();
        for (NeedCoverage coverage : best) {
            for (CriterionScore item : coverage.explanation().items()) {
                if (item.criterion().partnerLevel()) {
                    partnerLevel.putIfAbsent(item.criterion(), item.withoutNeed());
                } else {
                    items.add(item);
                }
            }
        }
        items.addAll(partnerLevel.values());
        return new Explanation(items);
    }

    /** Compares doubles on a 1e-9 grid so that sums computed in a different order still tie. */
    static long quantized(double value) {
        return Math.round(value * 1e9);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}

package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates a partner's coverages over the assessment's needs and ranks the partners.
 *
 * <p>Per need the partner's best offering counts (the one contributing most to its score). With need weight
 * w = priority, coverage c and match score m, over all needs of the assessment (W = sum of w):
 * {@code coverage = sum(w c) / W}, {@code qualityWeightedCoverage = sum(w c m) / W} and
 * {@code score = coverageShare * coverage + (1 - coverageShare) * qualityWeightedCoverage}, so 0..1.
 */
final class PartnerAggregator {

    /** Score desc, covered priority weight desc, verified first, name, id: deterministic for equal scores. */
    static final Comparator<PartnerRecommendation> RANKING_ORDER = Comparator
            .comparingLong((PartnerRecommendation r) -> -quantized(r.score()))
            .thenComparingLong(r -> -quantized(r.coveredPriorityWeight()))
            .thenComparing(r -> !r.verified())
            .thenComparing(PartnerRecommendation::partnerName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(PartnerRecommendation::partnerName)
            .thenComparing(PartnerRecommendation::partnerId);

    private final ScoringWeights weights;

    PartnerAggregator(ScoringWeights weights) {
        this.weights = weights;
    }

    List<PartnerRecommendation> rank(List<NeedInput> needs, Collection<PartnerMatches> partners) {
        double totalWeight = needs.stream().mapToDouble(NeedInput::priority).sum();
        List<PartnerRecommendation> unranked = new ArrayList<>();
        for (PartnerMatches matches : partners) {
            if (!matches.coverages().isEmpty()) {
                unranked.add(aggregate(matches, totalWeight));
            }
        }
        unranked.sort(RANKING_ORDER);
        List<PartnerRecommendation> ranked = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            ranked.add(unranked.get(i).withRank(i + 1));
        }
        return ranked;
    }

    PartnerRecommendation aggregate(PartnerMatches matches, double totalWeight) {
        List<NeedCoverage> best = bestPerNeed(matches.coverages());
        double covered = 0;
        double qualityWeighted = 0;
        for (NeedCoverage coverage : best) {
            covered += coverage.priority() * coverage.coverage();
            qualityWeighted += coverage.priority() * coverage.coverage() * coverage.matchScore();
        }
        double coverageShare = totalWeight == 0 ? 0 : covered / totalWeight;
        double qualityShare = totalWeight == 0 ? 0 : qualityWeighted / totalWeight;
        double score = clamp(weights.coverageShare() * coverageShare + (1 - weights.coverageShare()) * qualityShare);
        double matchQuality = covered == 0 ? 0 : qualityWeighted / covered;
        PartnerInput partner = matches.partner();
        return new PartnerRecommendation(0, partner.id(), partner.name(), partner.partnerType(),
                partner.verification(), score, clamp(coverageShare), clamp(matchQuality), covered, best,
                explain(best));
    }

    private List<NeedCoverage> bestPerNeed(List<NeedCoverage> coverages) {
        Comparator<NeedCoverage> better = Comparator
                .comparingLong((NeedCoverage c) -> -quantized(contribution(c)))
                .thenComparingLong(c -> -quantized(c.coverage()))
                .thenComparing(NeedCoverage::offeringId);
        Map<String, NeedCoverage> bestByNeed = new HashMap<>();
        for (NeedCoverage coverage : coverages) {
            bestByNeed.merge(coverage.needId(), coverage, (a, b) -> better.compare(a, b) <= 0 ? a : b);
        }
        List<NeedCoverage> best = new ArrayList<>(bestByNeed.values());
        best.sort(Comparator.comparingInt(NeedCoverage::priority).reversed()
                .thenComparing(Comparator.comparingDouble(NeedCoverage::coverage).reversed())
                .thenComparing(NeedCoverage::needId));
        return best;
    }

    /** What this coverage adds to the partner's score, up to the common factor priority / W. */
    private double contribution(NeedCoverage coverage) {
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

package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Greedy weighted set cover: repeatedly adds the partner that closes the most of the still-uncovered
 * priority-weighted need. Partial covers count partially: each need keeps its remaining fraction, and a partner's
 * gain on a need is {@code priority x min(remaining, coverage)}. Stops at the plan size or when the best gain is at
 * most {@code minGainShare} of the total weight. Equal gains go to the better-ranked partner.
 */
final class CoveragePlanner {

    static final int DEFAULT_MAX_PARTNERS = 5;
    /** A partner that adds at most 0.1% of the total weight is not worth a place in the plan. */
    static final double DEFAULT_MIN_GAIN_SHARE = 0.001;
    private static final double EPSILON = 1e-9;

    private final int maxPartners;
    private final double minGainShare;

    CoveragePlanner(int maxPartners, double minGainShare) {
        if (maxPartners < 1) {
            throw new IllegalArgumentException("maxPartners must be >= 1 but was " + maxPartners);
        }
        this.maxPartners = maxPartners;
        this.minGainShare = minGainShare;
    }

    CoveragePlan plan(List<NeedInput> needs, List<PartnerRecommendation> ranking, List<ExcludedCandidate> excluded) {
        Map<String, Double> remaining = new LinkedHashMap<>();
        needs.forEach(need -> remaining.put(need.id(), 1.0));
        double totalWeight = needs.stream().mapToDouble(NeedInput::priority).sum();

        List<PlannedPartner> planned = new ArrayList<>();
        Set<String> chosen = new HashSet<>();
        while (planned.size() < maxPartners) {
            PartnerRecommendation best = null;
            double bestGain = 0;
            for (PartnerRecommendation candidate : ranking) {
                if (chosen.contains(candidate.partnerId())) {
                    continue;
                }
                double gain = gain(candidate, remaining);
                if (PartnerAggregator.quantized(gain) > PartnerAggregator.quantized(bestGain)) {
                    best = candidate;
                    bestGain = gain;
                }
            }
            if (best == null || bestGain <= minGainShare * totalWeight) {
                break;
            }
            chosen.add(best.partnerId());
            planned.add(new PlannedPartner(best.partnerId(), best.partnerName(), bestGain, apply(best, remaining)));
        }

        double coveredWeight = 0;
        for (NeedInput need : needs) {
            coveredWeight += need.priority() * (1 - remaining.get(need.id()));
        }
        List<UnmetNeed> unmet = unmetNeeds(needs, remaining, ranking, chosen, excluded);
        return new CoveragePlan(planned, coveredWeight, totalWeight, unmet);
    }

    private static double gain(PartnerRecommendation candidate, Map<String, Double> remaining) {
        double gain = 0;
        for (NeedCoverage coverage : candidate.coveredNeeds()) {
            gain += coverage.priority() * Math.min(remaining.get(coverage.needId()), coverage.coverage());
        }
        return gain;
    }

    private static List<String> apply(PartnerRecommendation partner, Map<String, Double> remaining) {
        List<String> contributedTo = new ArrayList<>();
        for (NeedCoverage coverage : partner.coveredNeeds()) {
            double left = remaining.get(coverage.needId());
            double added = Math.min(left, coverage.coverage());
            if (added > EPSILON) {
                remaining.put(coverage.needId(), left - added);
                contributedTo.add(coverage.needId());
            }
        }
        return contributedTo;
    }

    private List<UnmetNeed> unmetNeeds(List<NeedInput> needs, Map<String, Double> remaining,
                                       List<PartnerRecommendation> ranking, Set<String> chosen,
                                       List<ExcludedCandidate> excluded) {
        Map<String, List<NeedCoverage>> coverageByNeed = new HashMap<>();
        Map<String, List<NeedCoverage>> planCoverageByNeed = new HashMap<>();
        for (PartnerRecommendation partner : ranking) {
            for (NeedCoverage coverage : partner.coveredNeeds()) {
                coverageByNeed.computeIfAbsent(coverage.needId(), id -> new ArrayList<>()).add(coverage);
                if (chosen.contains(partner.partnerId())) {
                    planCoverageByNeed.computeIfAbsent(coverage.needId(), id -> new ArrayList<>()).add(coverage);
                }
            }
        }
        Map<String, List<ExcludedCandidate>> excludedByNeed = new HashMap<>();
        excluded.forEach(candidate ->
                excludedByNeed.computeIfAbsent(candidate.needId(), id -> new ArrayList<>()).add(candidate));

        List<UnmetNeed> unmet = new ArrayList<>();
        for (NeedInput need : needs) {
            double left = remaining.get(need.id());
            if (left <= EPSILON) {
                continue;
            }
            List<NeedCoverage> candidates = coverageByNeed.getOrDefault(need.id(), List.of());
            if (candidates.isEmpty()) {
                unmet.add(withoutCandidate(need, excludedByNeed.getOrDefault(need.id(), List.of())));
            } else if (left >= 1 - EPSILON) {
                unmet.add(new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.NOT_IN_PLAN, 0,
                        candidates.size() + " partner(s) could cover it, but none was selected in the plan (at most "
                                + maxPartners + " partners)"));
            } else {
                unmet.add(partlyCovered(need, left, planCoverageByNeed.getOrDefault(need.id(), List.of())));
            }
        }
        return unmet;
    }

    private static UnmetNeed withoutCandidate(NeedInput need, List<ExcludedCandidate> excluded) {
        long outsideArea = excluded.stream().filter(candidate -> candidate.failedOnly(Gate.SERVICE_AREA)).count();
        if (outsideArea > 0) {
            return new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.OUTSIDE_SERVICE_AREA, 0,
                    outsideArea + " active offering(s) of type " + need.type()
                            + " or related exist, but none serves the library's area");
        }
        List<ExcludedCandidate> conditionsOnly = excluded.stream()
                .filter(candidate -> candidate.failedOnly(Gate.CONDITIONS)).toList();
        if (!conditionsOnly.isEmpty()) {
            return new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.CONDITIONS_NOT_MET, 0,
                    conditionsOnly.size() + " offering(s) of type " + need.type()
                            + " or related exist, but their conditions exclude the library: "
                            + conditionsOnly.get(0).reasons().get(0).text());
        }
        return new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.NO_CANDIDATE, 0,
                "no active offering of type " + need.type() + " or related in the library's area");
    }

    private static UnmetNeed partlyCovered(NeedInput need, double left, List<NeedCoverage> planCoverages) {
        double covered = 1 - left;
        boolean limitedByHorizon = !planCoverages.isEmpty() && planCoverages.stream()
                .allMatch(coverage -> coverage.criterionValue(Criterion.CAPACITY) >= 1 - EPSILON);
        if (limitedByHorizon) {
            return new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.HORIZON_MISMATCH, covered,
                    "time-boxed or short-term offers cover " + Figures.percent(covered) + " of this long-term need; "
                            + Figures.percent(left) + " remains");
        }
        return new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.INSUFFICIENT_CAPACITY, covered,
                "partially covered: " + Figures.percent(covered) + " covered, " + Figures.percent(left)
                        + " of the need remains");
    }
}

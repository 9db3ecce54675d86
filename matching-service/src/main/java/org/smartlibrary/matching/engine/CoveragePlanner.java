package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Greedy weighted set cover: repeatedly adds the partner that closes the most of the still-uncovered
 * priority-weighted need. Partial covers count partially: a partner's gain on a need is its priority times what
 * the need's {@link CombinedCover} grows by, where capacity adds up but overlapping time does not. Stops at the plan size or when the best gain is at
 * most {@code minGainShare} of the total weight. Equal gains go to the better-ranked partner
 * ({@link PartnerAggregator#RANKING_ORDER}).
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

    /**
     * @param ranking    every partner with an admitted offering, in any order (equal gains go to the better-ranked)
     * @param exclusions per need, in the order of {@code needs}
     */
    CoveragePlan plan(List<NeedInput> needs, List<CandidatePartner> ranking, List<NeedExclusions> exclusions) {
        CombinedCover[] combined = new CombinedCover[needs.size()];
        for (int i = 0; i < combined.length; i++) {
            combined[i] = new CombinedCover();
        }
        double totalWeight = needs.stream().mapToDouble(NeedInput::priority).sum();

        List<PlannedPartner> planned = new ArrayList<>();
        Set<CandidatePartner> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (planned.size() < maxPartners) {
            CandidatePartner best = null;
            double bestGain = 0;
            for (CandidatePartner candidate : ranking) {
                if (chosen.contains(candidate)) {
                    continue;
                }
                double gain = gain(candidate, combined);
                long versusBest = Long.compare(PartnerAggregator.quantized(gain), PartnerAggregator.quantized(bestGain));
                if (versusBest > 0
                        || versusBest == 0 && best != null && PartnerAggregator.RANKING_ORDER.compare(candidate, best) < 0) {
                    best = candidate;
                    bestGain = gain;
                }
            }
            if (best == null || bestGain <= minGainShare * totalWeight) {
                break;
            }
            chosen.add(best);
            planned.add(new PlannedPartner(best.partnerId(), best.partnerName(), bestGain, apply(best, combined)));
        }

        double coveredWeight = 0;
        for (int i = 0; i < needs.size(); i++) {
            coveredWeight += needs.get(i).priority() * combined[i].covered();
        }
        List<UnmetNeed> unmet = unmetNeeds(needs, combined, ranking, exclusions);
        return new CoveragePlan(planned, coveredWeight, totalWeight, unmet);
    }

    private static double gain(CandidatePartner candidate, CombinedCover[] combined) {
        double gain = 0;
        for (Cover cover : candidate.coverArray()) {
            CombinedCover need = combined[cover.needIndex()];
            gain += cover.priority() * (need.coveredWith(cover) - need.covered());
        }
        return gain;
    }

    private static List<String> apply(CandidatePartner partner, CombinedCover[] combined) {
        List<String> contributedTo = new ArrayList<>();
        for (Cover cover : partner.coverArray()) {
            CombinedCover need = combined[cover.needIndex()];
            double before = need.covered();
            if (need.coveredWith(cover) - before > EPSILON) {
                need.add(cover);
                contributedTo.add(cover.needId());
            }
        }
        return contributedTo;
    }

    private List<UnmetNeed> unmetNeeds(List<NeedInput> needs, CombinedCover[] combined,
                                       List<CandidatePartner> ranking, List<NeedExclusions> exclusions) {
        int[] partnersCovering = new int[needs.size()];
        for (CandidatePartner partner : ranking) {
            for (Cover cover : partner.coverArray()) {
                partnersCovering[cover.needIndex()]++;
            }
        }
        List<UnmetNeed> unmet = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            NeedInput need = needs.get(i);
            double left = 1 - combined[i].covered();
            if (left <= EPSILON) {
                continue;
            }
            if (partnersCovering[i] == 0) {
                unmet.add(withoutCandidate(need, exclusions.get(i)));
            } else if (left >= 1 - EPSILON) {
                unmet.add(new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.NOT_IN_PLAN, 0,
                        partnersCovering[i] + " partner(s) could cover it, but none was selected in the plan (at most "
                                + maxPartners + " partners)"));
            } else {
                unmet.add(partlyCovered(need, left, combined[i].covers()));
            }
        }
        return unmet;
    }

    private static UnmetNeed withoutCandidate(NeedInput need, NeedExclusions excluded) {
        if (excluded.onlyOutsideArea() > 0) {
            return new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.OUTSIDE_SERVICE_AREA, 0,
                    excluded.onlyOutsideArea() + " active offering(s) of type " + need.type()
                            + " exist, but none serves the library's area");
        }
        if (excluded.onlyConditions() > 0) {
            return new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.CONDITIONS_NOT_MET, 0,
                    excluded.onlyConditions() + " offering(s) of type " + need.type()
                            + " exist, but their conditions exclude the library: "
                            + excluded.firstConditionsReason());
        }
        return new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.NO_CANDIDATE, 0,
                "no active offering of type " + need.type() + " in the library's area");
    }

    private static UnmetNeed partlyCovered(NeedInput need, double left, List<Cover> planCovers) {
        double covered = 1 - left;
        boolean limitedByHorizon = !planCovers.isEmpty() && planCovers.stream()
                .allMatch(cover -> cover.capacity() >= 1 - EPSILON);
        if (limitedByHorizon) {
            return new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.HORIZON_MISMATCH, covered,
                    "the plan's offers cover " + Figures.percent(covered) + " of this long-term need's horizon; "
                            + Figures.percent(left) + " remains");
        }
        return new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.INSUFFICIENT_CAPACITY, covered,
                "partially covered: " + Figures.percent(covered) + " covered, " + Figures.percent(left)
                        + " of the need remains");
    }
}

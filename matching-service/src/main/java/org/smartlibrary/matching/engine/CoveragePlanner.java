package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Greedy weighted set cover: repeatedly adds the partner that closes the most of the still-uncovered
 * priority-weighted need. Partial covers count partially: each need keeps its remaining fraction, and a partner's
 * gain on a need is {@code priority x min(remaining, coverage)}. Stops at the plan size or when the best gain is at
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
        double[] remaining = new double[needs.size()];
        Arrays.fill(remaining, 1.0);
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
                double gain = gain(candidate, remaining);
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
            planned.add(new PlannedPartner(best.partnerId(), best.partnerName(), bestGain, apply(best, remaining)));
        }

        double coveredWeight = 0;
        for (int i = 0; i < needs.size(); i++) {
            coveredWeight += needs.get(i).priority() * (1 - remaining[i]);
        }
        List<UnmetNeed> unmet = unmetNeeds(needs, remaining, ranking, chosen, exclusions);
        return new CoveragePlan(planned, coveredWeight, totalWeight, unmet);
    }

    private static double gain(CandidatePartner candidate, double[] remaining) {
        double gain = 0;
        for (Cover cover : candidate.coverArray()) {
            gain += cover.priority() * Math.min(remaining[cover.needIndex()], cover.coverage());
        }
        return gain;
    }

    private static List<String> apply(CandidatePartner partner, double[] remaining) {
        List<String> contributedTo = new ArrayList<>();
        for (Cover cover : partner.coverArray()) {
            double left = remaining[cover.needIndex()];
            double added = Math.min(left, cover.coverage());
            if (added > EPSILON) {
                remaining[cover.needIndex()] = left - added;
                contributedTo.add(cover.needId());
            }
        }
        return contributedTo;
    }

    private List<UnmetNeed> unmetNeeds(List<NeedInput> needs, double[] remaining, List<CandidatePartner> ranking,
                                       Set<CandidatePartner> chosen, List<NeedExclusions> exclusions) {
        int[] partnersCovering = new int[needs.size()];
        for (CandidatePartner partner : ranking) {
            for (Cover cover : partner.coverArray()) {
                partnersCovering[cover.needIndex()]++;
            }
        }
        List<UnmetNeed> unmet = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            NeedInput need = needs.get(i);
            double left = remaining[i];
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
                unmet.add(partlyCovered(need, left, planCovers(chosen, i)));
            }
        }
        return unmet;
    }

    private static List<Cover> planCovers(Set<CandidatePartner> chosen, int needIndex) {
        List<Cover> covers = new ArrayList<>();
        for (CandidatePartner partner : chosen) {
            Cover cover = partner.coverOf(needIndex);
            if (cover != null) {
                covers.add(cover);
            }
        }
        return covers;
    }

    private static UnmetNeed withoutCandidate(NeedInput need, NeedExclusions excluded) {
        if (excluded.onlyOutsideArea() > 0) {
            return new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.OUTSIDE_SERVICE_AREA, 0,
                    excluded.onlyOutsideArea() + " active offering(s) of type " + need.type()
                            + " or related exist, but none serves the library's area");
        }
        if (excluded.onlyConditions() > 0) {
            return new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.CONDITIONS_NOT_MET, 0,
                    excluded.onlyConditions() + " offering(s) of type " + need.type()
                            + " or related exist, but their conditions exclude the library: "
                            + excluded.firstConditionsReason());
        }
        return new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.NO_CANDIDATE, 0,
                "no active offering of type " + need.type() + " or related in the library's area");
    }

    private static UnmetNeed partlyCovered(NeedInput need, double left, List<Cover> planCovers) {
        double covered = 1 - left;
        boolean limitedByHorizon = !planCovers.isEmpty() && planCovers.stream()
                .allMatch(cover -> cover.capacityShare() >= 1 - EPSILON);
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

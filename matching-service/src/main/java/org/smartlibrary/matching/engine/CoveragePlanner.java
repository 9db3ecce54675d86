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
 * the need's {@link CombinedCover} grows by, where capacity adds up but overlapping time does not. Stops at the plan
 * size or when the best gain is at most {@code minGainShare} of the total weight. Equal gains go to the better-ranked
 * partner ({@link PartnerAggregator#RANKING_ORDER}).
 *
 * <p>Balancing scarce capacity ({@link Contention}): when the partner a step would add relies, for a need it adds to,
 * on an offering other libraries already ask for, and another partner not yet planned adds the same — covers every
 * one of those needs in full (covers are always of the need's exact type) — with a ranking score at most
 * {@link MatchSettings#contentionMargin()} lower and a lower contention (what others ask plus what this match asks,
 * as a share of the capacity, of its most contended offering among those needs; an unlimited offering counts 0), the
 * step adds that partner instead, the least contended one (then the better-ranked), and says why
 * ({@link BalancedChoice}). Without demand from others ({@link OfferingDemand#NONE}) nothing is balanced.
 */
final class CoveragePlanner {

    static final int DEFAULT_MAX_PARTNERS = 5;
    /** A partner that adds at most 0.1% of the total weight is not worth a place in the plan. */
    static final double DEFAULT_MIN_GAIN_SHARE = 0.001;
    private static final double EPSILON = 1e-9;
    private static final double FULL = 1 - EPSILON;

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
     * @param contention what other libraries ask of the offerings, and what the plan asks
     */
    CoveragePlan plan(List<NeedInput> needs, List<CandidatePartner> ranking, List<NeedExclusions> exclusions,
                      Contention contention) {
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
            BalancedChoice balanced = null;
            if (contention.active()) {
                Balanced instead = balance(best, ranking, chosen, combined, contention);
                if (instead != null) {
                    best = instead.partner();
                    bestGain = gain(best, combined);
                    balanced = instead.why();
                }
            }
            chosen.add(best);
            List<Cover> added = apply(best, combined);
            planned.add(new PlannedPartner(best.partnerId(), best.partnerName(), bestGain,
                    added.stream().map(Cover::needId).toList(), added.stream().map(contention::ask).toList(),
                    balanced));
        }

        double coveredWeight = 0;
        for (int i = 0; i < needs.size(); i++) {
            coveredWeight += needs.get(i).priority() * combined[i].covered();
        }
        List<UnmetNeed> unmet = unmetNeeds(needs, combined, ranking, exclusions, contention.pooled());
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

    /** Adds the partner's covers that add something to their needs; returns them. */
    private static List<Cover> apply(CandidatePartner partner, CombinedCover[] combined) {
        List<Cover> added = contributing(partner, combined);
        for (Cover cover : added) {
            combined[cover.needIndex()].add(cover);
        }
        return added;
    }

    /** The partner's covers that would add to what their needs have now. */
    private static List<Cover> contributing(CandidatePartner partner, CombinedCover[] combined) {
        List<Cover> contributing = new ArrayList<>();
        for (Cover cover : partner.coverArray()) {
            CombinedCover need = combined[cover.needIndex()];
            if (need.coveredWith(cover) - need.covered() > EPSILON) {
                contributing.add(cover);
            }
        }
        return contributing;
    }

    /** A partner the plan adds instead of the best one, and why. */
    private record Balanced(CandidatePartner partner, BalancedChoice why) {
    }

    /**
     * The least contended partner that adds the same as {@code best} (every need best adds to, each covered in
     * full) within the contention margin of its score, when best relies on an offering others ask for and that
     * partner is less contended; null otherwise.
     */
    private static Balanced balance(CandidatePartner best, List<CandidatePartner> ranking,
                                    Set<CandidatePartner> chosen, CombinedCover[] combined, Contention contention) {
        List<Cover> adds = contributing(best, combined);
        boolean askedByOthers = false;
        Cover contended = null;
        for (Cover cover : adds) {
            askedByOthers |= contention.askedByOthers(cover);
            if (contended == null || contention.share(cover) > contention.share(contended)) {
                contended = cover;
            }
        }
        if (!askedByOthers) {
            return null;
        }
        long bestShare = PartnerAggregator.quantized(contention.share(contended));
        double lowestScore = best.score() - contention.margin() - EPSILON;
        CandidatePartner alternative = null;
        Cover alternativeCover = null;
        long alternativeShare = 0;
        for (CandidatePartner candidate : ranking) {
            if (candidate == best || chosen.contains(candidate) || candidate.score() < lowestScore) {
                continue;
            }
            Cover its = mostContendedFullCover(candidate, adds, contention);
            if (its == null) {
                continue;
            }
            long share = PartnerAggregator.quantized(contention.share(its));
            if (share >= bestShare) {
                continue;
            }
            if (alternative == null || share < alternativeShare || share == alternativeShare
                    && PartnerAggregator.RANKING_ORDER.compare(candidate, alternative) < 0) {
                alternative = candidate;
                alternativeCover = its;
                alternativeShare = share;
            }
        }
        return alternative == null ? null : new Balanced(alternative,
                contention.balancedChoice(alternative, alternativeCover, best, contended));
    }

    /**
     * The candidate's most contended cover among the needs of {@code adds}, when it covers every one of them in
     * full; null otherwise.
     */
    private static Cover mostContendedFullCover(CandidatePartner candidate, List<Cover> adds, Contention contention) {
        Cover mostContended = null;
        for (Cover cover : adds) {
            Cover own = candidate.coverOf(cover.needIndex());
            if (own == null || own.coverage() < FULL) {
                return null;
            }
            if (mostContended == null || contention.share(own) > contention.share(mostContended)) {
                mostContended = own;
            }
        }
        return mostContended;
    }

    private List<UnmetNeed> unmetNeeds(List<NeedInput> needs, CombinedCover[] combined,
                                       List<CandidatePartner> ranking, List<NeedExclusions> exclusions,
                                       boolean pooled) {
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
                unmet.add(withoutCandidate(need, exclusions.get(i), pooled));
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

    /** Why no partner covers the need; a consortium's pooled need is explained for the members that need it. */
    private static UnmetNeed withoutCandidate(NeedInput need, NeedExclusions excluded, boolean pooled) {
        if (excluded.onlyOutsideArea() > 0) {
            return new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.OUTSIDE_SERVICE_AREA, 0,
                    excluded.onlyOutsideArea() + " active offering(s) of type " + need.type() + " exist, but none "
                            + (pooled ? "serves every member that needs it" : "serves the library's area"));
        }
        if (excluded.onlyConditions() > 0) {
            return new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.CONDITIONS_NOT_MET, 0,
                    excluded.onlyConditions() + " offering(s) of type " + need.type()
                            + " exist, but their conditions exclude the " + (pooled ? "consortium" : "library")
                            + ": " + excluded.firstConditionsReason());
        }
        return new UnmetNeed(need.id(), need.type(), need.priority(), UnmetNeed.Reason.NO_CANDIDATE, 0,
                "no active offering of type " + need.type() + " in the " + (pooled ? "members'" : "library's")
                        + " area");
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

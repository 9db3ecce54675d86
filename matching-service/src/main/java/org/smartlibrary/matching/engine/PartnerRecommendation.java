package org.smartlibrary.matching.engine;

import java.util.List;

/**
 * One ranked partner.
 *
 * @param rank                  1 = best
 * @param score                 0..1, see {@link ScoringWeights#coverageShare()}
 * @param coverage              priority-weighted share of all the assessment's needs this partner covers, 0..1
 * @param matchQuality          coverage-weighted mean match score of the needs it covers, 0..1
 * @param coveredPriorityWeight sum over covered needs of priority x coverage (the ranking's first tie-break)
 * @param coveredNeeds          the partner's best offering per need, most urgent need first
 * @param explanation           need-level criteria per covered need (with need id), then the partner-level
 *                              criteria (geography, reciprocity, freshness) once without need id
 * @param flags                 the partner's own flags and every flag of its covered needs
 */
public record PartnerRecommendation(int rank, String partnerId, String partnerName, String partnerType,
                                    String verification, double score, double coverage, double matchQuality,
                                    double coveredPriorityWeight, List<NeedCoverage> coveredNeeds,
                                    Explanation explanation, List<Flag> flags) implements Ranked {

    public PartnerRecommendation {
        coveredNeeds = List.copyOf(coveredNeeds);
        flags = List.copyOf(flags);
    }

    PartnerRecommendation withRank(int newRank) {
        return new PartnerRecommendation(newRank, partnerId, partnerName, partnerType, verification, score, coverage,
                matchQuality, coveredPriorityWeight, coveredNeeds, explanation, flags);
    }

    @Override
    public boolean verified() {
        return Codes.VERIFIED.equals(verification);
    }

    @Override
    public boolean stale() {
        return flags.contains(Flag.STALE_LISTING);
    }
}

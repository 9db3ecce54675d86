package org.smartlibrary.matching.engine;

import java.util.List;

/** Hand-made coverages and recommendations for aggregation and planning tests, independent of the scorer. */
final class Coverages {

    private Coverages() {
    }

    /** A coverage whose capacity is the limiting factor (horizon fits fully). */
    static NeedCoverage coverage(String needId, int priority, String offeringId, double coverage, double matchScore) {
        return coverage(needId, priority, offeringId, coverage, 1.0, matchScore);
    }

    static NeedCoverage coverage(String needId, int priority, String offeringId, double capacityShare,
                                 double horizonShare, double matchScore) {
        Explanation explanation = new Explanation(List.of(
                new CriterionScore(Criterion.TYPE_FIT, 1.0, 0.2, "exact type", needId),
                new CriterionScore(Criterion.CAPACITY, capacityShare, 0.2, "capacity", needId),
                new CriterionScore(Criterion.HORIZON_FIT, horizonShare, 0.1, "horizon", needId),
                new CriterionScore(Criterion.GEOGRAPHY, 1.0, 0.1, "serves the library's city", needId),
                new CriterionScore(Criterion.RECIPROCITY, 0.5, 0.1, "partner asks for nothing in return", needId)));
        return new NeedCoverage(needId, "TECHNOLOGY.ROBOTICS", priority, offeringId, "TECHNOLOGY.ROBOTICS",
                TypeMatch.EXACT, capacityShare * horizonShare, matchScore, explanation, List.of());
    }

    static PartnerMatches matches(PartnerInput partner, NeedCoverage... coverages) {
        return new PartnerMatches(partner, List.of(coverages));
    }

    static PartnerRecommendation recommendation(String partnerId, NeedCoverage... coverages) {
        return new PartnerRecommendation(0, partnerId, "Partner " + partnerId, "IT_COMPANY", "VERIFIED", 0.5, 0.5,
                0.5, 1, List.of(coverages), new Explanation(List.of()));
    }
}

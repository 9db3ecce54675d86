package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.List;

import static org.smartlibrary.matching.engine.Fixtures.offering;
import static org.smartlibrary.matching.engine.Fixtures.partner;

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

    /** A scored candidate partner "Partner {id}" whose best covers are these coverages' figures. */
    static CandidatePartner candidate(List<NeedInput> needs, String partnerId, NeedCoverage... coverages) {
        PartnerInput partner = partner(partnerId).name("Partner " + partnerId).build();
        CandidatePartner candidate = new CandidatePartner(partner, new PartnerFigures(1.0, 0.5, 1.0), needs.size());
        PartnerAggregator aggregator = new PartnerAggregator(ScoringWeights.defaults());
        for (NeedCoverage coverage : coverages) {
            int needIndex = needs.stream().map(NeedInput::id).toList().indexOf(coverage.needId());
            PartnerOffering offered = new PartnerOffering(partner, offering(coverage.offeringId(), coverage.offeringType())
                    .build());
            candidate.offer(new Cover(needIndex, needs.get(needIndex), offered, coverage.typeMatch(),
                    coverage.coverage(), coverage.matchScore(), coverage.criterionValue(Criterion.CAPACITY)), aggregator);
        }
        candidate.finish(aggregator, needs.stream().mapToDouble(NeedInput::priority).sum());
        return candidate;
    }

    /** Nothing excluded, for each of these needs. */
    static List<NeedExclusions> nothingExcluded(List<NeedInput> needs) {
        List<NeedExclusions> none = new ArrayList<>();
        needs.forEach(need -> none.add(NeedExclusions.NONE));
        return none;
    }
}

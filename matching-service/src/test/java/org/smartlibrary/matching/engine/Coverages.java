package org.smartlibrary.matching.engine;

import static org.smartlibrary.matching.engine.Fixtures.offering;
import static org.smartlibrary.matching.engine.Fixtures.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Hand-made covers and candidate partners for aggregation and planning tests, independent of the criteria. */
final class Coverages {

    /** A fresh, verified partner in the library's city that seeks nothing. */
    static final PartnerFigures LOCAL_PARTNER = new PartnerFigures(1.0, 0.5, 1.0, 0);

    private Coverages() {
    }

    /**
     * How one offering serves one need, in figures.
     *
     * @param capacity the share of the need's gap the offering closes
     * @param horizon  the share of the need's horizon its window covers
     */
    record Share(String needId, String offeringId, double capacity, double horizon, double matchScore) {

        double coverage() {
            return capacity * horizon;
        }
    }

    /** A share whose capacity is the limiting factor (the window covers the whole horizon). */
    static Share share(String needId, String offeringId, double coverage, double matchScore) {
        return new Share(needId, offeringId, coverage, 1.0, matchScore);
    }

    /** A share whose window is the limiting factor (the capacity is enough). */
    static Share timeLimited(String needId, String offeringId, double horizon, double matchScore) {
        return new Share(needId, offeringId, 1.0, horizon, matchScore);
    }

    /** A finished candidate partner "Partner {id}" (local, fresh, verified) whose covers have these figures. */
    static CandidatePartner candidate(List<NeedInput> needs, String partnerId, Share... shares) {
        return candidate(needs, partner(partnerId).name("Partner " + partnerId).build(), LOCAL_PARTNER, shares);
    }

    static CandidatePartner candidate(List<NeedInput> needs, PartnerInput partner, PartnerFigures figures,
                                      Share... shares) {
        CandidatePartner candidate = new CandidatePartner(partner, figures, needs.size());
        PartnerAggregator aggregator = new PartnerAggregator(ScoringWeights.defaults());
        List<String> needIds = needs.stream().map(NeedInput::id).toList();
        for (Share share : shares) {
            int needIndex = needIds.indexOf(share.needId());
            NeedInput need = needs.get(needIndex);
            PartnerOffering offered = new PartnerOffering(partner, offering(share.offeringId(), need.type()).build());
            int flags = figures.flags() | (share.coverage() < 1 ? Flag.PARTIAL_COVER.bit() : 0);
            candidate.offer(new Cover(needIndex, need, offered, share.capacity(), share.horizon(), 1.0,
                    share.coverage(), share.matchScore(), flags, 0, 0, 1), aggregator);
        }
        candidate.finish(aggregator, needs.stream().mapToDouble(NeedInput::priority).sum());
        return candidate;
    }

    /** The contention of a match of these needs (by the fixtures' library, on {@link Fixtures#TODAY}) under demand. */
    static Contention contention(List<NeedInput> needs, OfferingDemand demand) {
        return contention(needs, demand, MatchSettings.DEFAULTS);
    }

    static Contention contention(List<NeedInput> needs, OfferingDemand demand, MatchSettings settings) {
        AssessmentInput assessment = new AssessmentInput("assessment-1", 1, Fixtures.library(), needs, Set.of(), false);
        return MatchContext.individual(assessment, Fixtures.TODAY, settings, demand).contention();
    }

    /** Nothing excluded, for each of these needs. */
    static List<NeedExclusions> nothingExcluded(List<NeedInput> needs) {
        List<NeedExclusions> none = new ArrayList<>();
        needs.forEach(need -> none.add(NeedExclusions.NONE));
        return none;
    }
}

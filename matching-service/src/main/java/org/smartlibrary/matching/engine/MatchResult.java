package org.smartlibrary.matching.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one match produced.
 *
 * @param evaluatedOn        the match date: windows, leads, horizons and freshness were judged on it
 * @param recommendations    the best-ranked partners with explanations, best first, at most
 *                           {@link MatchLimits#recommendations()}; empty when nothing passes the gates
 * @param partnersMatched    partners with at least one admitted offering (all ranked; the plan considers them all)
 * @param alternatives       related-type ideas per need, apart from everything that counts
 * @param excludedCandidates candidates of a need's exact type the hard gates excluded, with every reason: the first
 *                           {@link MatchLimits#excludedCandidates()} in need order, then partner and offering id
 * @param excludedTotal      all excluded candidates
 * @param candidatesExamined number of (need, offering) candidates examined: for each need, the size of the index
 *                           bucket of its exact type. It grows with the relevant offerings, not the directory.
 */
public record MatchResult(String assessmentId, int revision, LocalDate evaluatedOn,
                          List<PartnerRecommendation> recommendations, int partnersMatched, CoveragePlan coveragePlan,
                          List<Alternative> alternatives, List<ExcludedCandidate> excludedCandidates,
                          long excludedTotal, long candidatesExamined) {

    public MatchResult {
        recommendations = List.copyOf(recommendations);
        alternatives = List.copyOf(alternatives);
        excludedCandidates = List.copyOf(excludedCandidates);
    }

    public List<UnmetNeed> unmetNeeds() {
        return coveragePlan.unmetNeeds();
    }
}

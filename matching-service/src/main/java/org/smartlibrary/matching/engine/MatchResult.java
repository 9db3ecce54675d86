package org.smartlibrary.matching.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one match produced.
 *
 * @param recommendations    the best-ranked partners with explanations, best first, at most
 *                           {@link MatchLimits#recommendations()}; empty when nothing passes the gates
 * @param partnersMatched    partners with at least one admitted offering (all ranked; the plan considers them all)
 * @param excludedCandidates (need, offering) candidates the hard gates excluded, with reasons: the first
 *                           {@link MatchLimits#excludedCandidates()} in need order, then partner and offering id
 * @param excludedTotal      all excluded candidates
 * @param candidatesExamined number of (need, offering) pairs examined: for each need, the sizes of the index buckets
 *                           of its type and related types. It grows with the relevant offerings, not the directory.
 */
public record MatchResult(String assessmentId, int revision, LocalDate evaluatedOn,
                          List<PartnerRecommendation> recommendations, int partnersMatched, CoveragePlan coveragePlan,
                          List<ExcludedCandidate> excludedCandidates, long excludedTotal, long candidatesExamined) {

    public MatchResult {
        recommendations = List.copyOf(recommendations);
        excludedCandidates = List.copyOf(excludedCandidates);
    }

    public List<UnmetNeed> unmetNeeds() {
        return coveragePlan.unmetNeeds();
    }
}

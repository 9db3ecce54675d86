package org.smartlibrary.matching.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one match produced.
 *
 * @param recommendations    ranked partners, best first; empty when nothing passes the gates
 * @param excludedCandidates (need, offering) candidates the hard gates excluded, with reasons
 * @param candidatesExamined number of (need, offering) pairs examined: for each need, the sizes of the index buckets
 *                           of its type and related types. It grows with the relevant offerings, not the directory.
 */
public record MatchResult(String assessmentId, int revision, LocalDate evaluatedOn,
                          List<PartnerRecommendation> recommendations, CoveragePlan coveragePlan,
                          List<ExcludedCandidate> excludedCandidates, long candidatesExamined) {

    public MatchResult {
        recommendations = List.copyOf(recommendations);
        excludedCandidates = List.copyOf(excludedCandidates);
    }

    public List<UnmetNeed> unmetNeeds() {
        return coveragePlan.unmetNeeds();
    }
}

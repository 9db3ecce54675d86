package org.smartlibrary.matching.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The current pooled recommendations of a consortium: its members' needs pooled per type and measure, the partners
 * ranked for them, the coverage plan, the unmet pooled needs, each member's share and what changed.
 */
@Schema(name = "ConsortiumRecommendations")
public record ConsortiumRecommendationsView(
        @Schema(description = "the consortium as its members' assessments spell it", example = "Puget Sound Library Consortium")
        String consortium,
        @Schema(description = "grows with every stored set of the consortium", minimum = "1", example = "2")
        int setVersion,
        @Schema(description = "when this set was computed", example = "2027-01-11T09:00:03.004Z") Instant generatedAt,
        @Schema(nullable = true, description = "the match date; null for a set of a consortium without members",
                example = "2027-01-11") LocalDate evaluatedOn,
        @Schema(ref = "RecommendationTrigger", type = SchemaType.STRING, example = "ASSESSMENT_COMPLETED") String trigger,
        @Schema(description = "a re-match is queued (a member completed an assessment, a partner changed); this set "
                + "is still the latest", example = "false") boolean refreshPending,
        @Schema(description = "partners that passed the gates for the pooled needs", minimum = "0", example = "1")
        int partnersMatched,
        @Schema(description = "member libraries with the assessment each pools, by library id; empty once every "
                + "member left") List<ConsortiumRecommendationContent.Member> members,
        List<ConsortiumRecommendationContent.PooledNeed> pooledNeeds,
        @Schema(description = "ranked partners for the pooled needs")
        List<ConsortiumRecommendationContent.PooledRecommendation> recommendations,
        ConsortiumRecommendationContent.PooledCoveragePlan coveragePlan,
        List<ConsortiumRecommendationContent.PooledUnmetNeed> unmetNeeds,
        List<ConsortiumRecommendationContent.MemberShare> shares,
        ConsortiumChanges changes) {
}

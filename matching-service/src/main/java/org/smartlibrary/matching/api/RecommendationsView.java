package org.smartlibrary.matching.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The current recommendations of an assessment: PENDING while the newest revision is being matched, then READY. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Recommendations")
public record RecommendationsView(
        @Schema(example = "1e250c70-dff6-4e52-8690-a9c144e7cf0f") UUID assessmentId,
        Status status,
        @Schema(description = "the newest completed revision matching has received", example = "1") int revision,
        @Schema(description = "grows with every re-match of the same revision", example = "2")
        Integer recommendationSetVersion,
        @Schema(example = "2025-04-01T09:00:03.004Z") Instant generatedAt,
        @Schema(description = "the match date of this set: availability windows, start leads, horizons and listing "
                + "freshness were judged on it. A re-match that changes nothing of substance keeps the set, and so "
                + "this date", example = "2025-04-01") LocalDate evaluatedOn,
        @Schema(description = "ASSESSMENT_COMPLETED or PARTNER_CHANGED", example = "PARTNER_CHANGED") String trigger,
        @Schema(description = "a re-match is queued (e.g. after a partner change); this set is still the latest",
                example = "false") Boolean refreshPending,
        @Schema(example = "5ba68dd7-a280-4d1d-9057-e02036f41959") UUID libraryId,
        @Schema(example = "Eindhoven City Library") String libraryName,
        @Schema(description = "partners that passed the gates; recommendations lists the best of them (at most "
                + "slp.matching.worker.max-recommendations)", example = "3") Integer partnersMatched,
        @Schema(description = "ranked partners; with flag / exclude_flag only those carrying (not carrying) the "
                + "flags, keeping their ranks")
        List<RecommendationContent.Recommendation> recommendations,
        RecommendationContent.CoveragePlan coveragePlan,
        List<RecommendationContent.UnmetNeed> unmetNeeds,
        @Schema(description = "related-type ideas per need; they never count in the ranking, the coverage, the "
                + "coverage plan or the unmet needs")
        List<RecommendationContent.Alternative> alternatives,
        RecommendationChanges changes) {

    public enum Status {
        /** The newest revision arrived and is being matched. */
        PENDING,
        READY
    }
}

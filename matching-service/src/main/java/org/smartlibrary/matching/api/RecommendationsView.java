package org.smartlibrary.matching.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The current recommendations of an assessment: PENDING while the newest revision is being matched, then READY.
 * Every property is always present: what a PENDING answer does not know yet is null.
 */
@Schema(name = "Recommendations")
public record RecommendationsView(
        @Schema(example = "6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f") UUID assessmentId,
        Status status,
        @Schema(description = "the newest completed revision matching has received", minimum = "1", example = "1")
        int revision,
        @Schema(nullable = true, description = "grows with every re-match of the same revision; null while PENDING",
                minimum = "1", example = "2")
        Integer recommendationSetVersion,
        @Schema(nullable = true, description = "when this set was computed; null while PENDING",
                example = "2027-01-11T09:00:03.004Z")
        Instant generatedAt,
        @Schema(nullable = true, description = "the match date of this set: availability windows, start leads, "
                + "horizons and listing freshness were judged on it. A re-match that changes nothing of substance "
                + "keeps the set, and so this date. Null while PENDING, and for sets stored before the match date "
                + "was recorded", example = "2027-01-11")
        LocalDate evaluatedOn,
        @Schema(ref = "RecommendationTrigger", type = SchemaType.STRING, nullable = true,
                description = "what caused this set; null while "
                + "PENDING", example = "PARTNER_CHANGED")
        String trigger,
        @Schema(nullable = true, description = "a re-match is queued (e.g. after a partner change); this set is still "
                + "the latest. Null while PENDING", example = "false")
        Boolean refreshPending,
        @Schema(example = "3b9d6c1e-2f4a-4e8b-a7c5-1d2e3f4a5b6c") UUID libraryId,
        @Schema(example = "Northgate Community Library") String libraryName,
        @Schema(nullable = true, description = "partners that passed the gates; recommendations lists the best of "
                + "them (at most slp.matching.worker.max-recommendations). Null while PENDING", minimum = "0",
                example = "3")
        Integer partnersMatched,
        @Schema(nullable = true, description = "ranked partners; with flag / exclude_flag only those carrying (not "
                + "carrying) the flags, keeping their ranks. Null while PENDING")
        List<RecommendationContent.Recommendation> recommendations,
        @Schema(nullable = true, description = "null while PENDING")
        RecommendationContent.CoveragePlan coveragePlan,
        @Schema(nullable = true, description = "null while PENDING")
        List<RecommendationContent.UnmetNeed> unmetNeeds,
        @Schema(nullable = true, description = "related-type ideas per need; they never count in the ranking, the "
                + "coverage, the coverage plan or the unmet needs. Null while PENDING")
        List<RecommendationContent.Alternative> alternatives,
        @Schema(nullable = true, description = "partners this library reaches only through its consortium's pooled "
                + "recommendations (flag VIA_CONSORTIUM, with the library's share and a link to the consortium's "
                + "recommendations); they never count in the ranking, the coverage plan or the unmet needs. Null while "
                + "PENDING")
        List<RecommendationContent.ConsortiumRoute> viaConsortium,
        @Schema(nullable = true, description = "null while PENDING")
        RecommendationChanges changes) {

    /** What caused a recommendation set (the stored trigger; this enum only documents its codes). */
    @Schema(name = "RecommendationTrigger", description = "ASSESSMENT_COMPLETED: a completed revision arrived; "
            + "PARTNER_CHANGED: a re-match after a partner of the directory changed or was removed; "
            + "CAPACITY_CONTENTION: what other libraries ask of an offering in this set's plan crossed its capacity; "
            + "CONSORTIUM_CHANGED: the library's consortium's pooled recommendations changed; LIBRARY_CHANGED: the "
            + "library moved to another consortium (consortium sets only)")
    public enum Trigger {
        ASSESSMENT_COMPLETED,
        PARTNER_CHANGED,
        CAPACITY_CONTENTION,
        CONSORTIUM_CHANGED,
        LIBRARY_CHANGED
    }

    @Schema(description = "PENDING: the newest revision arrived and is being matched; "
            + "READY: the recommendations of the newest revision")
    public enum Status {
        /** The newest revision arrived and is being matched. */
        PENDING,
        READY
    }
}

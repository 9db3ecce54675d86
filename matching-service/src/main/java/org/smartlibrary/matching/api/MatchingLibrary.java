package org.smartlibrary.matching.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A library whose current needs a partner's offerings match (the partner's view). Library feedback is shown only
 * as its outcome: decline reasons and notes stay private to the library.
 */
@Schema(name = "MatchingLibrary")
public record MatchingLibrary(@Schema(example = "1e250c70-dff6-4e52-8690-a9c144e7cf0f") UUID assessmentId,
                              @Schema(example = "1") int revision,
                              @Schema(example = "2") int recommendationSetVersion,
                              @Schema(example = "5ba68dd7-a280-4d1d-9057-e02036f41959") UUID libraryId,
                              @Schema(example = "Eindhoven City Library") String libraryName,
                              @Schema(example = "North Brabant") String region,
                              @Schema(example = "Eindhoven") String city,
                              @Schema(example = "1") int rank,
                              @Schema(example = "0.62") double score,
                              List<RecommendationContent.CoveredNeed> coveredNeeds,
                              @Schema(nullable = true, description = "latest library feedback outcome; null if none", example = "CONTACTED")
                              String latestOutcome,
                              @Schema(example = "2025-04-01T09:00:03.004Z") Instant generatedAt) {
}

package org.smartlibrary.matching.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A library whose current needs a partner's offerings match (the partner's view). Library feedback is shown only
 * as its outcome: decline reasons and notes stay private to the library.
 */
@Schema(name = "MatchingLibrary")
public record MatchingLibrary(@Schema(example = "6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f") UUID assessmentId,
                              @Schema(minimum = "1", example = "1") int revision,
                              @Schema(minimum = "1", example = "2") int recommendationSetVersion,
                              @Schema(example = "3b9d6c1e-2f4a-4e8b-a7c5-1d2e3f4a5b6c") UUID libraryId,
                              @Schema(example = "Northgate Community Library") String libraryName,
                              @Schema(example = "Washington") String region,
                              @Schema(example = "Seattle") String city,
                              @Schema(description = "the partner's rank in the library's current recommendations",
                                      minimum = "1", example = "1") int rank,
                              @Schema(description = "0..1 (4 decimals)", minimum = "0", maximum = "1",
                                      example = "0.1612") double score,
                              List<RecommendationContent.CoveredNeed> coveredNeeds,
                              @Schema(ref = TaxonomySchemas.FEEDBACK_OUTCOME, type = SchemaType.STRING, nullable = true,
                                      description = "latest library feedback outcome; null if none",
                                      example = "CONTACTED")
                              String latestOutcome,
                              @Schema(example = "2027-01-11T09:00:03.004Z") Instant generatedAt) {
}

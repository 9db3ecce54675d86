package org.smartlibrary.matching.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** One page of the candidates the hard gates excluded for the current recommendation set. */
@Schema(name = "ExcludedCandidates")
public record ExcludedCandidatesView(@Schema(example = "6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f") UUID assessmentId,
                                     @Schema(minimum = "1", example = "1") int revision,
                                     @Schema(minimum = "1", example = "1") int recommendationSetVersion,
                                     @Schema(description = "all excluded candidates of the match; only the first "
                                             + "slp.matching.worker.max-excluded-candidates are kept and listed",
                                             minimum = "0", example = "2") int total,
                                     List<RecommendationContent.ExcludedCandidate> items,
                                     @Schema(nullable = true, description = "cursor of the next page; null on the last page")
                                     String nextCursor,
                                     @Schema(description = "the page size", minimum = "1", maximum = "100",
                                             example = "20") int limit) {
}

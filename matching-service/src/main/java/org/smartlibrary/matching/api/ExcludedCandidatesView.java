package org.smartlibrary.matching.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** One page of the candidates the hard gates excluded for the current recommendation set. */
@Schema(name = "ExcludedCandidates")
public record ExcludedCandidatesView(@Schema(example = "1e250c70-dff6-4e52-8690-a9c144e7cf0f") UUID assessmentId,
                                     @Schema(example = "1") int revision,
                                     @Schema(example = "1") int recommendationSetVersion,
                                     @Schema(description = "all excluded candidates of the match; only the first "
                                             + "slp.matching.worker.max-excluded-candidates are kept and listed",
                                             example = "2") int total,
                                     List<RecommendationContent.ExcludedCandidate> items,
                                     @Schema(nullable = true, description = "cursor of the next page; null on the last page")
                                     String nextCursor,
                                     @Schema(example = "20") int limit) {
}

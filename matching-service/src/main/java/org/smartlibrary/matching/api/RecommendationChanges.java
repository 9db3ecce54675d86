package org.smartlibrary.matching.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * What changed against the set this one replaced (the previous version, or the previous revision's last set);
 * compared_with_* null for the first set of an assessment.
 */
@Schema(name = "RecommendationChanges")
public record RecommendationChanges(@Schema(nullable = true, description = "null for the first set", example = "1")
                                    Integer comparedWithRevision,
                                    @Schema(nullable = true, description = "null for the first set", example = "1")
                                    Integer comparedWithSetVersion,
                                    List<PartnerChange> partnersAdded,
                                    List<PartnerChange> partnersRemoved,
                                    List<PartnerChange> rankChanges) {

    @Schema(name = "PartnerChange")
    public record PartnerChange(@Schema(example = "079a965b-e9f8-44c4-9f9f-90e7475621ac") UUID partnerId,
                                @Schema(example = "Brightbyte Robotics B.V.") String partnerName,
                                @Schema(nullable = true, description = "null when added", example = "2") Integer previousRank,
                                @Schema(nullable = true, description = "null when removed", example = "1") Integer rank) {
    }
}

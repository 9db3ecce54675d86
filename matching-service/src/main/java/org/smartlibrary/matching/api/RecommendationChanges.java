package org.smartlibrary.matching.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * What changed against the set this one replaced (the previous version, or the previous revision's last set);
 * compared_with_* null for the first set of an assessment.
 */
@Schema(name = "RecommendationChanges")
public record RecommendationChanges(@Schema(nullable = true, description = "null for the first set", minimum = "1",
                                            example = "1")
                                    Integer comparedWithRevision,
                                    @Schema(nullable = true, description = "null for the first set", minimum = "1",
                                            example = "1")
                                    Integer comparedWithSetVersion,
                                    List<PartnerChange> partnersAdded,
                                    List<PartnerChange> partnersRemoved,
                                    List<PartnerChange> rankChanges,
                                    @Schema(description = "partners newly reached through the consortium "
                                            + "(via_consortium; no ranks)")
                                    List<PartnerChange> viaConsortiumAdded,
                                    @Schema(description = "partners no longer reached through the consortium "
                                            + "(no ranks)")
                                    List<PartnerChange> viaConsortiumRemoved) {

    public RecommendationChanges {
        partnersAdded = partnersAdded == null ? List.of() : List.copyOf(partnersAdded);
        partnersRemoved = partnersRemoved == null ? List.of() : List.copyOf(partnersRemoved);
        rankChanges = rankChanges == null ? List.of() : List.copyOf(rankChanges);
        viaConsortiumAdded = viaConsortiumAdded == null ? List.of() : List.copyOf(viaConsortiumAdded);
        viaConsortiumRemoved = viaConsortiumRemoved == null ? List.of() : List.copyOf(viaConsortiumRemoved);
    }

    @Schema(name = "PartnerChange")
    public record PartnerChange(@Schema(example = "9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d") UUID partnerId,
                                @Schema(example = "Cascade Robotics Cooperative") String partnerName,
                                @Schema(nullable = true, description = "null when added", minimum = "1", example = "2")
                                Integer previousRank,
                                @Schema(nullable = true, description = "null when removed", minimum = "1", example = "1")
                                Integer rank) {
    }
}

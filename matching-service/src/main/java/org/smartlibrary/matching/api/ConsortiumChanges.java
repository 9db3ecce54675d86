package org.smartlibrary.matching.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What changed against the consortium set this one replaced: members that joined, left or revised their assessment,
 * pooled needs whose total or number of libraries changed, pooled needs newly met or newly unmet, and partners added,
 * removed or moved. compared_with_set_version is null for a consortium's first set.
 */
@Schema(name = "ConsortiumChanges")
public record ConsortiumChanges(
        @Schema(nullable = true, description = "null for the first set", minimum = "1", example = "1")
        Integer comparedWithSetVersion,
        @Schema(description = "libraries that now pool a completed assessment") List<MemberChange> membersJoined,
        @Schema(description = "libraries whose latest assessment no longer names the consortium")
        List<MemberChange> membersLeft,
        @Schema(description = "members that pool another assessment or revision than before")
        List<MemberChange> membersRevised,
        @Schema(description = "pooled needs whose total or number of contributing libraries changed, or that "
                + "appeared or disappeared") List<PooledNeedChange> pooledNeedsChanged,
        @Schema(description = "pool keys the coverage plan now covers wholly, and did not before (or that are new)")
        List<String> needsNewlyMet,
        @Schema(description = "pool keys the coverage plan now leaves (partly) open, and did not before (or that are "
                + "new)") List<String> needsNewlyUnmet,
        List<RecommendationChanges.PartnerChange> partnersAdded,
        List<RecommendationChanges.PartnerChange> partnersRemoved,
        List<RecommendationChanges.PartnerChange> rankChanges) {

    public ConsortiumChanges {
        membersJoined = membersJoined == null ? List.of() : List.copyOf(membersJoined);
        membersLeft = membersLeft == null ? List.of() : List.copyOf(membersLeft);
        membersRevised = membersRevised == null ? List.of() : List.copyOf(membersRevised);
        pooledNeedsChanged = pooledNeedsChanged == null ? List.of() : List.copyOf(pooledNeedsChanged);
        needsNewlyMet = needsNewlyMet == null ? List.of() : List.copyOf(needsNewlyMet);
        needsNewlyUnmet = needsNewlyUnmet == null ? List.of() : List.copyOf(needsNewlyUnmet);
        partnersAdded = partnersAdded == null ? List.of() : List.copyOf(partnersAdded);
        partnersRemoved = partnersRemoved == null ? List.of() : List.copyOf(partnersRemoved);
        rankChanges = rankChanges == null ? List.of() : List.copyOf(rankChanges);
    }

    @Schema(name = "ConsortiumMemberChange")
    public record MemberChange(@Schema(example = "3b9d6c1e-2f4a-4e8b-a7c5-1d2e3f4a5b6c") UUID libraryId,
                               @Schema(example = "Northgate Community Library") String libraryName,
                               @Schema(description = "the assessment the member pools now (or pooled, when it left)",
                                       example = "6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f") UUID assessmentId,
                               @Schema(nullable = true, description = "null when it joined", minimum = "1",
                                       example = "1") Integer previousRevision,
                               @Schema(nullable = true, description = "null when it left", minimum = "1",
                                       example = "2") Integer revision) {
    }

    @Schema(name = "PooledNeedChange")
    public record PooledNeedChange(@Schema(example = "TECHNOLOGY.SOFTWARE|unit:licenses") String poolKey,
                                   @Schema(nullable = true, description = "the pooled quantity (or amount) before; "
                                           + "null when the pooled need is new", example = "120")
                                   BigDecimal previousTotal,
                                   @Schema(nullable = true, description = "the pooled quantity (or amount) now; "
                                           + "null when no member needs it any more", example = "90")
                                   BigDecimal total,
                                   @Schema(nullable = true, minimum = "1", example = "4") Integer previousLibraries,
                                   @Schema(nullable = true, minimum = "1", example = "3") Integer libraries) {
    }
}

package org.smartlibrary.matching.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

/**
 * What a librarian should know about a recommended partner or a covered need: the taxonomy's {@code match_flags},
 * as served and published. The same codes as the engine's {@code engine.Flag} (a test keeps them, the engine and
 * the taxonomy in step; the service maps one to the other by name).
 *
 * <p>In the OpenAPI document this enum is the taxonomy's {@link TaxonomySchemas#MATCH_FLAG} schema: lists of flags
 * (responses and the {@code flag} / {@code exclude_flag} query parameters) refer to it by that name, which an
 * array's items can only do through the element type. {@code CodesAgreeTest} keeps its codes the taxonomy's, and
 * {@code OpenApiContractTest} checks the served schema against the taxonomy.
 */
@Schema(name = TaxonomySchemas.MATCH_FLAG, description = "A match flag (taxonomy match_flags): STALE_LISTING the "
        + "listing was last confirmed more than slp.matching.freshness.stale-after-months before the match date, or "
        + "never; UNVERIFIED the partner is not VERIFIED; STARTS_LATER the offering becomes available after the match "
        + "date; ENDS_EARLY its window ends before the need's horizon is covered; PARTIAL_COVER it closes less than the "
        + "whole need; CONDITIONS_TO_REVIEW a condition a person has to check; CONDITION_COST a condition the library "
        + "can meet only at a cost; CAPACITY_NOT_STATED the offering states no capacity; OVERSUBSCRIBED other "
        + "libraries' current recommendations already ask for so much of the offering's finite capacity that this "
        + "library's share does not fit; VIA_CONSORTIUM the partner is available to this library only through its "
        + "consortium's pooled recommendations (a route, never a ranked partner)")
public enum MatchFlag {
    STALE_LISTING,
    UNVERIFIED,
    STARTS_LATER,
    ENDS_EARLY,
    PARTIAL_COVER,
    CONDITIONS_TO_REVIEW,
    CONDITION_COST,
    CAPACITY_NOT_STATED,
    OVERSUBSCRIBED,
    VIA_CONSORTIUM
}

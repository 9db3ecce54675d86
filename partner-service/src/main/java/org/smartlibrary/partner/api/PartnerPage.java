package org.smartlibrary.partner.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The documented shape of a page of partners (the kit's Page serialises to it). */
@Schema(name = "PartnerPage")
public record PartnerPage(
        List<PartnerView> items,
        @Schema(nullable = true, description = "cursor of the next page, also in the Link rel=next header; null on the last page")
        String nextCursor,
        @Schema(description = "the page size used", minimum = "1", maximum = "100", example = "20")
        int limit) {
}

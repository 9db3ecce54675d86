package org.smartlibrary.partner.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The documented shape of a page of import errors (the kit's Page serialises to it). */
@Schema(name = "DirectoryImportErrorPage")
public record DirectoryImportErrorPage(
        List<DirectoryImportError> items,
        @Schema(nullable = true, description = "cursor of the next page, also in the Link rel=next header; null on "
                + "the last page") String nextCursor,
        @Schema(description = "the page size used", minimum = "1", maximum = "100", example = "20") int limit) {
}

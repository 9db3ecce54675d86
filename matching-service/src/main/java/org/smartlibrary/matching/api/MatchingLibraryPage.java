package org.smartlibrary.matching.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** OpenAPI shape of a page of matching libraries. */
@Schema(name = "MatchingLibraryPage")
public record MatchingLibraryPage(@Schema(type = SchemaType.ARRAY, implementation = MatchingLibrary.class)
                                  List<MatchingLibrary> items,
                                  @Schema(nullable = true, description = "cursor of the next page; null on the last page")
                                  String nextCursor,
                                  @Schema(description = "the page size", minimum = "1", maximum = "100", example = "20")
                                  int limit) {
}

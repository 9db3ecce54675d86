package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * OpenAPI shapes of the kit's generic {@code Page<T>} body for each list (annotations cannot name a generic
 * type). Only the documentation uses them.
 */
public final class PageDocs {

    /** What the header of a page with more to come looks like. */
    public static final String LINK_DESCRIPTION = "present when there is a next page: its URL with rel=\"next\","
            + " e.g. <https://host/api/v1/...?cursor=...>; rel=\"next\"";

    private PageDocs() {
    }

    @Schema(name = "LibraryPage")
    public record LibraryPage(List<LibraryView> items,
                       @Schema(example = "MjAyNi0wOS0wMVQwODowMDowMFofNWJhNjhkZDc", nullable = true,
                               description = "pass as cursor for the next page; null on the last page") String nextCursor,
                       @Schema(example = "20", minimum = "1", maximum = "100") int limit) {
    }

    @Schema(name = "AssessmentPage")
    public record AssessmentPage(List<AssessmentListItem> items,
                          @Schema(example = "MjAyNi0xMC0wNVQwOTowMDowMFofMWUyNTBjNzA", nullable = true,
                                  description = "pass as cursor for the next page; null on the last page") String nextCursor,
                          @Schema(example = "20", minimum = "1", maximum = "100") int limit) {
    }

    @Schema(name = "RevisionPage")
    public record RevisionPage(List<RevisionListItem> items,
                        @Schema(example = "Mg", nullable = true,
                                description = "pass as cursor for the next page; null on the last page") String nextCursor,
                        @Schema(example = "20", minimum = "1", maximum = "100") int limit) {
    }
}

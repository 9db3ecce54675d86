package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * OpenAPI shapes of the kit's generic {@code Page<T>} body for each list (annotations cannot name a generic
 * type). Only the documentation uses them.
 */
public final class PageDocs {

    private PageDocs() {
    }

    @Schema(name = "LibraryPage")
    public record LibraryPage(List<LibraryView> items,
                       @Schema(example = "MjAyNS0wMy0wMVQxMDowMDowMFofNWJhNjhkZDc", nullable = true,
                               description = "pass as cursor for the next page; null on the last page") String nextCursor,
                       @Schema(example = "20") int limit) {
    }

    @Schema(name = "AssessmentPage")
    public record AssessmentPage(List<AssessmentListItem> items,
                          @Schema(example = "MjAyNS0wMy0wMVQxMDowMDowMFofMWUyNTBjNzA", nullable = true,
                                  description = "pass as cursor for the next page; null on the last page") String nextCursor,
                          @Schema(example = "20") int limit) {
    }

    @Schema(name = "RevisionPage")
    public record RevisionPage(List<RevisionListItem> items,
                        @Schema(example = "Mg", nullable = true,
                                description = "pass as cursor for the next page; null on the last page") String nextCursor,
                        @Schema(example = "20") int limit) {
    }
}

package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.assessment.model.AssessmentStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One revision of an assessment with its library, goals, needs and offers. */
@Schema(name = "Assessment")
public record AssessmentView(
        @Schema(example = ApiExamples.ASSESSMENT_ID, description = "stable across revisions") UUID id,
        @Schema(example = "1", minimum = "1") int revision,
        @Schema(example = "2", minimum = "1", description = "the newest revision of this assessment") int latestRevision,
        AssessmentStatus status,
        @Schema(example = ApiExamples.TITLE) String title,
        @Schema(example = ApiExamples.LIBRARY_ID) UUID libraryId,
        LibraryView library,
        List<GoalView> goals,
        List<NeedView> needs,
        List<OfferView> offers,
        @Schema(example = "2026-10-05T09:00:00Z") Instant createdAt,
        @Schema(example = "2026-10-12T14:30:00Z") Instant updatedAt,
        @Schema(example = "2026-10-20T16:00:00Z", nullable = true, description = "null while the revision is a draft")
        Instant completedAt) {
}

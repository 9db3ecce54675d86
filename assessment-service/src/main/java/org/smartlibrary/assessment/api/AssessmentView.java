package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.assessment.model.AssessmentStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One revision of an assessment with its library, goals, needs and offers. */
@Schema(name = "Assessment")
public record AssessmentView(
        @Schema(example = "1e250c70-dff6-4e52-8690-a9c144e7cf0f", description = "stable across revisions") UUID id,
        @Schema(example = "1") int revision,
        @Schema(example = "2", description = "the newest revision of this assessment") int latestRevision,
        AssessmentStatus status,
        @Schema(example = "Coding club and makerspace 2025") String title,
        @Schema(example = "5ba68dd7-a280-4d1d-9057-e02036f41959") UUID libraryId,
        LibraryView library,
        List<GoalView> goals,
        List<NeedView> needs,
        List<OfferView> offers,
        @Schema(example = "2025-03-01T10:00:00Z") Instant createdAt,
        @Schema(example = "2025-03-10T16:20:00Z") Instant updatedAt,
        @Schema(example = "2025-03-14T09:30:00Z", nullable = true) Instant completedAt) {
}

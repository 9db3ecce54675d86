package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.assessment.model.AssessmentStatus;

import java.time.Instant;

@Schema(name = "RevisionListItem")
public record RevisionListItem(
        @Schema(example = "1", minimum = "1") int revision,
        AssessmentStatus status,
        @Schema(example = ApiExamples.TITLE) String title,
        @Schema(example = "2026-10-05T09:00:00Z") Instant createdAt,
        @Schema(example = "2026-10-20T16:00:00Z", nullable = true) Instant completedAt) {
}

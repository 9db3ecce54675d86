package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.assessment.model.AssessmentStatus;

import java.time.Instant;

@Schema(name = "RevisionListItem")
public record RevisionListItem(
        @Schema(example = "1") int revision,
        AssessmentStatus status,
        @Schema(example = "Coding club and makerspace 2025") String title,
        @Schema(example = "2025-03-01T10:00:00Z") Instant createdAt,
        @Schema(example = "2025-03-14T09:30:00Z", nullable = true) Instant completedAt) {
}

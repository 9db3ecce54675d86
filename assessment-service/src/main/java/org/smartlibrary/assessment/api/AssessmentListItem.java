package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.assessment.model.AssessmentStatus;

import java.time.Instant;
import java.util.UUID;

/** An assessment in a list: the selected revision, its library and how much it holds. */
@Schema(name = "AssessmentListItem")
public record AssessmentListItem(
        @Schema(example = "1e250c70-dff6-4e52-8690-a9c144e7cf0f") UUID id,
        @Schema(example = "1") int revision,
        @Schema(example = "1") int latestRevision,
        AssessmentStatus status,
        @Schema(example = "Coding club and makerspace 2025") String title,
        @Schema(example = "5ba68dd7-a280-4d1d-9057-e02036f41959") UUID libraryId,
        @Schema(example = "Eindhoven City Library") String libraryName,
        @Schema(example = "Brabant Library Network", nullable = true) String consortium,
        @Schema(example = "North Brabant") String region,
        @Schema(example = "Eindhoven") String city,
        @Schema(example = "2") long goalCount,
        @Schema(example = "5") long needCount,
        @Schema(example = "4") long offerCount,
        @Schema(example = "2025-03-01T10:00:00Z") Instant createdAt,
        @Schema(example = "2025-03-14T09:30:00Z", nullable = true) Instant completedAt) {
}

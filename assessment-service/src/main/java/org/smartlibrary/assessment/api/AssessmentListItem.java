package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.assessment.model.AssessmentStatus;

import java.time.Instant;
import java.util.UUID;

/** An assessment in a list: the selected revision, its library and how much it holds. */
@Schema(name = "AssessmentListItem")
public record AssessmentListItem(
        @Schema(example = ApiExamples.ASSESSMENT_ID) UUID id,
        @Schema(example = "1", minimum = "1") int revision,
        @Schema(example = "1", minimum = "1") int latestRevision,
        AssessmentStatus status,
        @Schema(example = ApiExamples.TITLE) String title,
        @Schema(example = ApiExamples.LIBRARY_ID) UUID libraryId,
        @Schema(example = ApiExamples.LIBRARY_NAME) String libraryName,
        @Schema(example = ApiExamples.CONSORTIUM, nullable = true) String consortium,
        @Schema(example = ApiExamples.REGION) String region,
        @Schema(example = ApiExamples.CITY) String city,
        @Schema(example = "1", minimum = "0") long goalCount,
        @Schema(example = "2", minimum = "0") long needCount,
        @Schema(example = "1", minimum = "0") long offerCount,
        @Schema(example = "2026-10-05T09:00:00Z") Instant createdAt,
        @Schema(example = "2026-10-20T16:00:00Z", nullable = true) Instant completedAt) {
}

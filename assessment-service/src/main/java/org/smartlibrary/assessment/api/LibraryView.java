package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Library")
public record LibraryView(
        @Schema(example = ApiExamples.LIBRARY_ID) UUID id,
        @Schema(example = ApiExamples.LIBRARY_NAME) String name,
        @Schema(example = ApiExamples.CONSORTIUM, nullable = true) String consortium,
        @Schema(example = ApiExamples.REGION) String region,
        @Schema(example = ApiExamples.CITY) String city,
        @Schema(nullable = true) LocationBody location,
        @Schema(example = "2026-09-01T08:00:00Z") Instant createdAt,
        @Schema(example = "2026-09-01T08:00:00Z") Instant updatedAt) {
}

package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Library")
public record LibraryView(
        @Schema(example = "5ba68dd7-a280-4d1d-9057-e02036f41959") UUID id,
        @Schema(example = "Eindhoven City Library") String name,
        @Schema(example = "Brabant Library Network", nullable = true) String consortium,
        @Schema(example = "North Brabant") String region,
        @Schema(example = "Eindhoven") String city,
        @Schema(nullable = true) LocationBody location,
        @Schema(example = "2025-03-01T10:00:00Z") Instant createdAt,
        @Schema(example = "2025-03-01T10:00:00Z") Instant updatedAt) {
}

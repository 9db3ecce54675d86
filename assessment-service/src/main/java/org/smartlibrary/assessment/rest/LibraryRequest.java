package org.smartlibrary.assessment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A library as staff describe it (create and full update). */
@Schema(name = "LibraryRequest")
public record LibraryRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Eindhoven City Library") String name,
        @Size(max = 200) @Pattern(regexp = Validation.NOT_BLANK, message = Validation.NOT_BLANK_MESSAGE)
        @Schema(example = "Brabant Library Network", description = "library consortium, absent if none") String consortium,
        @NotBlank @Size(max = 100) @Schema(example = "North Brabant") String region,
        @NotBlank @Size(max = 100) @Schema(example = "Eindhoven") String city,
        @Valid @Schema(description = "optional geographic position") LocationBody location) {
}

package org.smartlibrary.assessment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Starts a needs assessment for a library (revision 1, DRAFT). */
@Schema(name = "CreateAssessmentRequest", example = CreateAssessmentRequest.EXAMPLE)
public record CreateAssessmentRequest(
        @NotNull @Schema(example = "5ba68dd7-a280-4d1d-9057-e02036f41959") UUID libraryId,
        @NotBlank @Size(max = 200) @Schema(example = "Coding club and makerspace 2025") String title) {

    /** A valid request, the OpenAPI example (also of the request body). */
    public static final String EXAMPLE = "{\"library_id\": \"5ba68dd7-a280-4d1d-9057-e02036f41959\","
            + " \"title\": \"Coding club and makerspace 2025\"}";
}

package org.smartlibrary.assessment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Starts a needs assessment for a library (revision 1, DRAFT). */
@Schema(name = "CreateAssessmentRequest", example = CreateAssessmentRequest.EXAMPLE)
public record CreateAssessmentRequest(
        @NotNull @Schema(example = ApiExamples.LIBRARY_ID, description = "the caller's library") UUID libraryId,
        @NotBlank @Size(max = 200) @Schema(example = ApiExamples.TITLE) String title) {

    /** A valid request, the OpenAPI example (also of the request body): Northgate Community Library's plan. */
    public static final String EXAMPLE = "{\"library_id\": \"" + ApiExamples.LIBRARY_ID + "\","
            + " \"title\": \"" + ApiExamples.TITLE + "\"}";
}

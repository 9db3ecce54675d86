package org.smartlibrary.assessment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The editable fields of a draft revision itself (goals, needs and offers have their own resources). */
@Schema(name = "UpdateAssessmentRequest", example = UpdateAssessmentRequest.EXAMPLE)
public record UpdateAssessmentRequest(
        @NotBlank @Size(max = 200) @Schema(example = ApiExamples.TITLE + " (revised)") String title) {

    /** A valid request, the OpenAPI example (also of the request body). */
    public static final String EXAMPLE = "{\"title\": \"" + ApiExamples.TITLE + " (revised)\"}";
}

package org.smartlibrary.assessment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GoalRequest", example = GoalRequest.EXAMPLE)
public record GoalRequest(
        @NotBlank @Size(max = 60)
        @Schema(example = "IT_JOB_SKILLS", description = "taxonomy program area code") String programArea,
        @Size(max = Validation.DESCRIPTION_MAX)
        @Schema(example = "Weekly coding club for 10-16 year olds across all branches.") String description) {

    /** A valid request, the OpenAPI example (also of the request body). */
    public static final String EXAMPLE = "{\"program_area\": \"IT_JOB_SKILLS\","
            + " \"description\": \"Weekly coding club for 10-16 year olds across all branches.\"}";
}

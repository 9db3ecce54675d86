package org.smartlibrary.assessment.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GoalRequest")
public record GoalRequest(
        @NotBlank @Size(max = 60)
        @Schema(example = "IT_JOB_SKILLS", description = "taxonomy program area code") String programArea,
        @Size(max = Validation.DESCRIPTION_MAX)
        @Schema(example = "Weekly coding club for 10-16 year olds across all branches.") String description) {
}

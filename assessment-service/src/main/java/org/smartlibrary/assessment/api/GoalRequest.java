package org.smartlibrary.assessment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

@Schema(name = "GoalRequest", example = GoalRequest.EXAMPLE)
public record GoalRequest(
        @NotBlank @Size(max = 60)
        @Schema(ref = TaxonomySchemas.PROGRAM_AREA, required = true, example = "INNOVATION_MAKERSPACE", description = "taxonomy program area code")
        String programArea,
        @Size(max = Validation.DESCRIPTION_MAX)
        @Schema(example = "Open a teen makerspace with fabrication and robotics") String description) {

    /** A valid request, the OpenAPI example (also of the request body). */
    public static final String EXAMPLE = "{\"program_area\": \"INNOVATION_MAKERSPACE\","
            + " \"description\": \"Open a teen makerspace with fabrication and robotics\"}";
}

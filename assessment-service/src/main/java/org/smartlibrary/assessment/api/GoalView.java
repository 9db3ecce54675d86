package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.util.UUID;

@Schema(name = "Goal")
public record GoalView(
        @Schema(example = ApiExamples.GOAL_ID) UUID id,
        @Schema(ref = TaxonomySchemas.PROGRAM_AREA, example = "INNOVATION_MAKERSPACE") String programArea,
        @Schema(example = "Open a teen makerspace with fabrication and robotics", nullable = true) String description) {
}

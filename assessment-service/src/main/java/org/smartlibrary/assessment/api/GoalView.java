package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "Goal")
public record GoalView(
        @Schema(example = "117b86a0-c2d2-446a-b2a9-20ac45a37935") UUID id,
        @Schema(example = "IT_JOB_SKILLS") String programArea,
        @Schema(example = "Weekly coding club for 10-16 year olds across all branches.", nullable = true) String description) {
}

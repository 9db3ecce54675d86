package org.smartlibrary.partner.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Condition", description = "Eligibility condition. value: MIN_AUDIENCE an integer, "
        + "MATCHING_FUNDS_REQUIRED a share 0..1, REGION_ONLY an array of region names; other codes any JSON")
public record ConditionDto(
        @NotBlank @Schema(description = "taxonomy offering_conditions code", example = "MIN_AUDIENCE") String code,
        @Size(max = 1000) @Schema(example = "At least 20 regular participants.", nullable = true) String description,
        @Schema(example = "20", description = "any JSON value (see above)") JsonNode value) {
}

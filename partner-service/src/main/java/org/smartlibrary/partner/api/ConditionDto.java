package org.smartlibrary.partner.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

/** An eligibility condition as an offering request sends it; {@link ConditionView} is how it is shown. */
@Schema(name = "ConditionInput", description = "Eligibility condition. value: MIN_AUDIENCE a whole number 0 or more, "
        + "MATCHING_FUNDS_REQUIRED a share 0..1, REGION_ONLY an array of region names; other codes any JSON")
public record ConditionDto(
        @NotBlank @Schema(required = true, ref = TaxonomySchemas.OFFERING_CONDITION) String code,
        @Size(max = 1000) @Schema(example = "For library robotics clubs with at least 20 regular participants",
                nullable = true) String description,
        @Schema(example = "20", description = "any JSON value (see above)") JsonNode value) {
}

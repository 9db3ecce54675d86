package org.smartlibrary.partner.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

/** An eligibility condition of an offering as the API shows it: every property always present. */
@Schema(name = "Condition", description = "Eligibility condition. value: MIN_AUDIENCE a whole number, "
        + "MATCHING_FUNDS_REQUIRED a share 0..1, REGION_ONLY an array of region names; other codes any JSON or null")
public record ConditionView(
        @Schema(ref = TaxonomySchemas.OFFERING_CONDITION) String code,
        @Schema(nullable = true, example = "For library robotics clubs with at least 20 regular participants")
        String description,
        @Schema(nullable = true, example = "20", description = "any JSON value (see above); null when none was given")
        JsonNode value) {
}

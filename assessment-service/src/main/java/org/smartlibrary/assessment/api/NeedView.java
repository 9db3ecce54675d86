package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.math.BigDecimal;
import java.util.UUID;

@Schema(name = "Need")
public record NeedView(
        @Schema(example = ApiExamples.NEED_ID) UUID id,
        @Schema(ref = TaxonomySchemas.CATEGORY, example = "TECHNOLOGY") String category,
        @Schema(ref = TaxonomySchemas.RESOURCE_TYPE, example = "TECHNOLOGY.ROBOTICS") String type,
        @Schema(example = "Educational robot kits for the weekly teen robotics club", nullable = true) String description,
        @Schema(example = "40", nullable = true, description = "quantity needs (TECHNOLOGY, HUMAN); null for a money need")
        BigDecimal quantity,
        @Schema(example = "kits", nullable = true, description = "the unit of the quantity; null for a money need") String unit,
        @Schema(nullable = true, description = "money needs (FINANCIAL); null for a quantity need") BigDecimal amount,
        @Schema(ref = TaxonomySchemas.CURRENCY, type = SchemaType.STRING, nullable = true, description = "money needs; null for a quantity need")
        String currency,
        @Schema(ref = TaxonomySchemas.MONEY_PERIOD, type = SchemaType.STRING, nullable = true, description = "money needs: ONE_TIME, MONTH or YEAR"
                + " (taxonomy money_periods; ONE_TIME when none was given), the period of amount and current_capacity;"
                + " null for a quantity need")
        String period,
        @Schema(ref = TaxonomySchemas.HORIZON, example = "SHORT_TERM") String horizon,
        @Schema(example = "4", minimum = "1", maximum = "5") int priority,
        @Schema(example = "6", nullable = true) BigDecimal currentCapacity,
        @Schema(example = ApiExamples.GOAL_ID, nullable = true) UUID goalId) {
}

package org.smartlibrary.assessment.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A need. FINANCIAL needs give amount + currency and optionally a period (ONE_TIME when absent); TECHNOLOGY and
 * HUMAN needs give quantity + unit (unit defaults to the taxonomy's suggestion for the type) and no period. Codes
 * are checked against the taxonomy.
 */
@Schema(name = "NeedRequest", examples = {NeedRequest.EXAMPLE, NeedRequest.EXAMPLE_RECURRING_MONEY})
public record NeedRequest(
        @NotBlank @Schema(ref = TaxonomySchemas.CATEGORY, required = true, example = "TECHNOLOGY") String category,
        @NotBlank @Schema(ref = TaxonomySchemas.RESOURCE_TYPE, required = true, example = "TECHNOLOGY.ROBOTICS",
                description = "taxonomy resource type code under the category") String type,
        @Size(max = Validation.DESCRIPTION_MAX)
        @Schema(example = "Educational robot kits for the weekly teen robotics club") String description,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 4)
        @Schema(example = "40", description = "TECHNOLOGY and HUMAN needs") BigDecimal quantity,
        @Size(max = 50) @Schema(example = "kits") String unit,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 4)
        @Schema(example = "45000", description = "FINANCIAL needs; per period when the period is MONTH or YEAR") BigDecimal amount,
        @Schema(ref = TaxonomySchemas.CURRENCY, example = "USD", description = "ISO 4217 code, FINANCIAL needs") String currency,
        @Schema(ref = TaxonomySchemas.MONEY_PERIOD, example = "YEAR", defaultValue = "ONE_TIME",
                description = PERIOD_DESCRIPTION) String period,
        @NotBlank @Schema(ref = TaxonomySchemas.HORIZON, required = true, example = "SHORT_TERM") String horizon,
        @NotNull @Min(1) @Max(5) @Schema(example = "4", description = "1..5, 5 is the most urgent") Integer priority,
        @DecimalMin("0") @Digits(integer = 16, fraction = 4)
        @Schema(example = "6", description = "what the library already has, in the need's unit or currency") BigDecimal currentCapacity,
        @Schema(example = ApiExamples.GOAL_ID, description = "optional goal of the same revision") UUID goalId) {

    static final String PERIOD_DESCRIPTION = "FINANCIAL needs only (taxonomy money_periods): how often the amount is"
            + " needed. ONE_TIME (the default when absent) is a single amount, MONTH and YEAR an amount per month or per"
            + " year; current_capacity is then per the same period. A FINANCIAL.STAFFING need of 30000 USD every year is"
            + " {\"amount\": 30000, \"currency\": \"USD\", \"period\": \"YEAR\"}. A period on a TECHNOLOGY or HUMAN need"
            + " (a quantity) is refused with 400.";

    /** A valid recurring money need of the demo data: 45000 USD per year for staffing. */
    public static final String EXAMPLE_RECURRING_MONEY = "{\"category\": \"FINANCIAL\","
            + " \"type\": \"FINANCIAL.STAFFING\","
            + " \"description\": \"A part-time makerspace coordinator, 45,000 USD a year\","
            + " \"amount\": 45000,"
            + " \"currency\": \"USD\","
            + " \"period\": \"YEAR\","
            + " \"horizon\": \"LONG_TERM\","
            + " \"priority\": 4}";

    /** A valid request, the OpenAPI example (also of the request body): a quantity need of the demo data. */
    public static final String EXAMPLE = "{\"category\": \"TECHNOLOGY\","
            + " \"type\": \"TECHNOLOGY.ROBOTICS\","
            + " \"description\": \"Educational robot kits for the weekly teen robotics club\","
            + " \"quantity\": 40,"
            + " \"unit\": \"kits\","
            + " \"horizon\": \"SHORT_TERM\","
            + " \"priority\": 4,"
            + " \"current_capacity\": 6}";
}

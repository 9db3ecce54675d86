package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.assessment.model.AssessmentStatus;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Derived from one revision: needs per category and horizon, and what the library needs most. */
@Schema(name = "AssessmentSummary")
public record AssessmentSummary(
        @Schema(example = ApiExamples.ASSESSMENT_ID) UUID assessmentId,
        @Schema(example = "1", minimum = "1") int revision,
        AssessmentStatus status,
        @Schema(example = "1", minimum = "0") int goalCount,
        @Schema(example = "2", minimum = "0") int needCount,
        @Schema(example = "1", minimum = "0") int offerCount,
        @Schema(description = "every taxonomy category, also those without needs") List<CategoryTotals> byCategory,
        @Schema(description = "short- vs long-term totals; money per currency and period, quantities per unit")
        List<HorizonTotals> byHorizon,
        @Schema(description = "what the library needs most: highest priority first, then the largest unmet share")
        List<TopNeed> topNeeds) {

    @Schema(name = "CategoryTotals")
    public record CategoryTotals(
            @Schema(ref = TaxonomySchemas.CATEGORY, example = "TECHNOLOGY") String category,
            @Schema(example = "1", minimum = "0") int needCount,
            @Schema(example = "1", minimum = "0") int shortTerm,
            @Schema(example = "0", minimum = "0") int longTerm,
            @Schema(example = "4", nullable = true, minimum = "1", maximum = "5",
                    description = "null when the category has no needs") Integer highestPriority) {
    }

    @Schema(name = "HorizonTotals")
    public record HorizonTotals(
            @Schema(ref = TaxonomySchemas.HORIZON, example = "SHORT_TERM") String horizon,
            @Schema(example = "1", minimum = "0") int needCount,
            @Schema(description = "one total per currency and period: one-time, monthly and yearly amounts are never added up")
            List<MoneyTotal> amounts,
            List<QuantityTotal> quantities) {
    }

    @Schema(name = "MoneyTotal", description = "money needs of one currency and one period added up")
    public record MoneyTotal(
            @Schema(ref = TaxonomySchemas.CURRENCY, example = "USD") String currency,
            @Schema(ref = TaxonomySchemas.MONEY_PERIOD, example = "YEAR",
                    description = "the period of the amounts: ONE_TIME in total, MONTH per month, YEAR per year") String period,
            @Schema(example = "45000") BigDecimal requested,
            @Schema(example = "45000", minimum = "0", description = "requested minus current capacity") BigDecimal gap) {
    }

    @Schema(name = "QuantityTotal")
    public record QuantityTotal(
            @Schema(example = "kits") String unit,
            @Schema(example = "40") BigDecimal requested,
            @Schema(example = "34", minimum = "0", description = "requested minus current capacity") BigDecimal gap) {
    }

    @Schema(name = "TopNeed")
    public record TopNeed(
            @Schema(example = "1", minimum = "1") int rank,
            @Schema(example = ApiExamples.NEED_ID) UUID needId,
            @Schema(ref = TaxonomySchemas.CATEGORY, example = "TECHNOLOGY") String category,
            @Schema(ref = TaxonomySchemas.RESOURCE_TYPE, example = "TECHNOLOGY.ROBOTICS") String type,
            @Schema(example = "Educational robot kits for the weekly teen robotics club", nullable = true) String description,
            @Schema(example = "4", minimum = "1", maximum = "5") int priority,
            @Schema(ref = TaxonomySchemas.HORIZON, example = "SHORT_TERM") String horizon,
            @Schema(example = "40", description = "the quantity or amount") BigDecimal requested,
            @Schema(example = "kits", nullable = true, description = "null for a money need") String unit,
            @Schema(ref = TaxonomySchemas.CURRENCY, type = SchemaType.STRING, nullable = true, description = "null for a quantity need") String currency,
            @Schema(ref = TaxonomySchemas.MONEY_PERIOD, type = SchemaType.STRING, nullable = true, description = "money needs: ONE_TIME, MONTH or"
                    + " YEAR, the period of requested, current_capacity and gap; null for a quantity need") String period,
            @Schema(example = "6", nullable = true) BigDecimal currentCapacity,
            @Schema(example = "34", minimum = "0") BigDecimal gap,
            @Schema(example = "0.85", minimum = "0", maximum = "1", description = "gap / requested, 0..1") BigDecimal gapRatio,
            @Schema(example = ApiExamples.GOAL_ID, nullable = true) UUID goalId) {
    }
}

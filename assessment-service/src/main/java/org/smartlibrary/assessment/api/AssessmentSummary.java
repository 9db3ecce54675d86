package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.assessment.model.AssessmentStatus;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Derived from one revision: needs per category and horizon, and what the library needs most. */
@Schema(name = "AssessmentSummary")
public record AssessmentSummary(
        @Schema(example = "1e250c70-dff6-4e52-8690-a9c144e7cf0f") UUID assessmentId,
        @Schema(example = "1") int revision,
        AssessmentStatus status,
        @Schema(example = "2") int goalCount,
        @Schema(example = "5") int needCount,
        @Schema(example = "4") int offerCount,
        @Schema(description = "every taxonomy category, also those without needs") List<CategoryTotals> byCategory,
        @Schema(description = "short- vs long-term totals; money per currency and period, quantities per unit")
        List<HorizonTotals> byHorizon,
        @Schema(description = "what the library needs most: highest priority first, then the largest unmet share")
        List<TopNeed> topNeeds) {

    @Schema(name = "CategoryTotals")
    public record CategoryTotals(
            @Schema(example = "TECHNOLOGY") String category,
            @Schema(example = "2") int needCount,
            @Schema(example = "1") int shortTerm,
            @Schema(example = "1") int longTerm,
            @Schema(example = "5", nullable = true) Integer highestPriority) {
    }

    @Schema(name = "HorizonTotals")
    public record HorizonTotals(
            @Schema(example = "SHORT_TERM") String horizon,
            @Schema(example = "3") int needCount,
            @Schema(description = "one total per currency and period: one-time, monthly and yearly amounts are never added up")
            List<MoneyTotal> amounts,
            List<QuantityTotal> quantities) {
    }

    @Schema(name = "MoneyTotal", description = "money needs of one currency and one period added up")
    public record MoneyTotal(
            @Schema(example = "USD") String currency,
            @Schema(example = "YEAR", enumeration = {"ONE_TIME", "MONTH", "YEAR"},
                    description = "the period of the amounts: ONE_TIME in total, MONTH per month, YEAR per year") String period,
            @Schema(example = "30000") BigDecimal requested,
            @Schema(example = "25000", description = "requested minus current capacity") BigDecimal gap) {
    }

    @Schema(name = "QuantityTotal")
    public record QuantityTotal(
            @Schema(example = "kits") String unit,
            @Schema(example = "300") BigDecimal requested,
            @Schema(example = "280", description = "requested minus current capacity") BigDecimal gap) {
    }

    @Schema(name = "TopNeed")
    public record TopNeed(
            @Schema(example = "1") int rank,
            @Schema(example = "53faa3c4-3ea9-4123-8d95-5eaf07cedcf1") UUID needId,
            @Schema(example = "TECHNOLOGY") String category,
            @Schema(example = "TECHNOLOGY.ROBOTICS") String type,
            @Schema(example = "Programmable educational robots for the coding club.", nullable = true) String description,
            @Schema(example = "5") int priority,
            @Schema(example = "SHORT_TERM") String horizon,
            @Schema(example = "300") BigDecimal requested,
            @Schema(example = "kits", nullable = true) String unit,
            @Schema(nullable = true) String currency,
            @Schema(nullable = true, description = "money needs: ONE_TIME, MONTH or YEAR, the period of requested,"
                    + " current_capacity and gap; null for a quantity need") String period,
            @Schema(example = "20", nullable = true) BigDecimal currentCapacity,
            @Schema(example = "280") BigDecimal gap,
            @Schema(example = "0.9333", description = "gap / requested, 0..1") BigDecimal gapRatio,
            @Schema(example = "117b86a0-c2d2-446a-b2a9-20ac45a37935", nullable = true) UUID goalId) {
    }
}

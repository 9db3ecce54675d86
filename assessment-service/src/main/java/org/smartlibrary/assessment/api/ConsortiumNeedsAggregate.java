package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** Needs across the latest completed revision of every assessment of a consortium's member libraries. */
@Schema(name = "ConsortiumNeedsAggregate")
public record ConsortiumNeedsAggregate(
        @Schema(example = "Brabant Library Network") String consortium,
        @Schema(example = "12") int memberLibraries,
        @Schema(example = "9", description = "member libraries with at least one completed assessment") int reportingLibraries,
        @Schema(example = "10") int assessmentsIncluded,
        @Schema(example = "57") int needCount,
        List<CategoryAggregate> byCategory,
        List<TypeAggregate> byType,
        List<HorizonAggregate> byHorizon) {

    @Schema(name = "CategoryAggregate")
    public record CategoryAggregate(
            @Schema(example = "TECHNOLOGY") String category,
            @Schema(example = "21") int needCount,
            @Schema(example = "8") int libraryCount,
            @Schema(example = "14") int shortTerm,
            @Schema(example = "7") int longTerm) {
    }

    @Schema(name = "TypeAggregate")
    public record TypeAggregate(
            @Schema(example = "TECHNOLOGY.ROBOTICS") String type,
            @Schema(example = "TECHNOLOGY") String category,
            @Schema(example = "6") int needCount,
            @Schema(example = "5") int libraryCount,
            @Schema(example = "4") int shortTerm,
            @Schema(example = "2") int longTerm,
            @Schema(example = "4.2") BigDecimal averagePriority,
            @Schema(description = "one total per currency and period: one-time, monthly and yearly amounts are never added up")
            List<AssessmentSummary.MoneyTotal> amounts,
            List<AssessmentSummary.QuantityTotal> quantities) {
    }

    @Schema(name = "HorizonAggregate")
    public record HorizonAggregate(
            @Schema(example = "SHORT_TERM") String horizon,
            @Schema(example = "30") int needCount,
            @Schema(example = "9") int libraryCount) {
    }
}

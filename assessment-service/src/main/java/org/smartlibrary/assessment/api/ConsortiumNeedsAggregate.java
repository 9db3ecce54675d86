package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.math.BigDecimal;
import java.util.List;

/** Needs across the latest completed revision of every assessment of a consortium's member libraries. */
@Schema(name = "ConsortiumNeedsAggregate")
public record ConsortiumNeedsAggregate(
        @Schema(example = ApiExamples.CONSORTIUM) String consortium,
        @Schema(example = "2", minimum = "0") int memberLibraries,
        @Schema(example = "2", minimum = "0", description = "member libraries with at least one completed assessment")
        int reportingLibraries,
        @Schema(example = "2", minimum = "0") int assessmentsIncluded,
        @Schema(example = "11", minimum = "0") int needCount,
        List<CategoryAggregate> byCategory,
        List<TypeAggregate> byType,
        List<HorizonAggregate> byHorizon) {

    @Schema(name = "CategoryAggregate")
    public record CategoryAggregate(
            @Schema(ref = TaxonomySchemas.CATEGORY, example = "TECHNOLOGY") String category,
            @Schema(example = "6", minimum = "0") int needCount,
            @Schema(example = "2", minimum = "0") int libraryCount,
            @Schema(example = "6", minimum = "0") int shortTerm,
            @Schema(example = "0", minimum = "0") int longTerm) {
    }

    @Schema(name = "TypeAggregate")
    public record TypeAggregate(
            @Schema(ref = TaxonomySchemas.RESOURCE_TYPE, example = "TECHNOLOGY.ROBOTICS") String type,
            @Schema(ref = TaxonomySchemas.CATEGORY, example = "TECHNOLOGY") String category,
            @Schema(example = "2", minimum = "1") int needCount,
            @Schema(example = "2", minimum = "1") int libraryCount,
            @Schema(example = "2", minimum = "0") int shortTerm,
            @Schema(example = "0", minimum = "0") int longTerm,
            @Schema(example = "3.50", minimum = "1", maximum = "5") BigDecimal averagePriority,
            @Schema(description = "one total per currency and period: one-time, monthly and yearly amounts are never added up")
            List<AssessmentSummary.MoneyTotal> amounts,
            List<AssessmentSummary.QuantityTotal> quantities) {
    }

    @Schema(name = "HorizonAggregate")
    public record HorizonAggregate(
            @Schema(ref = TaxonomySchemas.HORIZON, example = "SHORT_TERM") String horizon,
            @Schema(example = "7", minimum = "0") int needCount,
            @Schema(example = "2", minimum = "0") int libraryCount) {
    }
}

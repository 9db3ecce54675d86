package org.smartlibrary.partner.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "OfferingRequest", description = "An offering, created or replaced as a whole. Capacity follows the "
        + "measure of the type: FINANCIAL types take amount + currency, TECHNOLOGY and HUMAN types quantity + unit "
        + "(unit defaults to the taxonomy's default_unit); an amount may recur (period MONTH or YEAR, ONE_TIME by "
        + "default). min_order and min_joint_libraries state who can take the offering. status may be ACTIVE "
        + "(default) or PAUSED; WITHDRAWN comes from the withdrawal endpoint, EXPIRED from the end of the window.")
public record OfferingRequest(
        @NotBlank @Schema(required = true, ref = TaxonomySchemas.CATEGORY) String category,
        @NotBlank @Schema(required = true, ref = TaxonomySchemas.RESOURCE_TYPE, description = "must belong to the category")
        String type,
        @Size(max = 4000) @Schema(example = "Educational robot kits (with curriculum) on long-term loan for library "
                + "robotics clubs") String description,
        @PositiveOrZero @Digits(integer = 14, fraction = 4)
        @Schema(description = "TECHNOLOGY and HUMAN offerings", example = "60") BigDecimal quantity,
        @Size(min = 1, max = 40) @Schema(description = "TECHNOLOGY and HUMAN offerings; absent = the type's "
                + "default_unit", example = "kits") String unit,
        @PositiveOrZero @Digits(integer = 14, fraction = 2)
        @Schema(description = "FINANCIAL offerings, with currency", example = "25000") BigDecimal amount,
        @Schema(ref = TaxonomySchemas.CURRENCY, description = "FINANCIAL offerings, with amount") String currency,
        @Schema(ref = TaxonomySchemas.MONEY_PERIOD, description = "taxonomy money_periods code: how often the amount "
                + "is given. FINANCIAL offerings only; absent = ONE_TIME. MONTH and YEAR need an amount (they recur it).",
                defaultValue = "ONE_TIME") String period,
        @Schema(description = "first day; absent = open-ended") LocalDate availableFrom,
        @Schema(description = "last day; absent = open-ended; must not be in the past nor before available_from")
        LocalDate availableUntil,
        @NotBlank @Schema(required = true, ref = TaxonomySchemas.OFFERING_HORIZON) String horizon,
        @Size(max = 20) List<@NotNull @Valid ConditionDto> conditions,
        @Valid MinOrderDto minOrder,
        @Min(value = 2, message = "must be from 2 to 100 (libraries that must apply together); omit it when one "
                + "library may apply alone")
        @Max(value = 100, message = "must be from 2 to 100 (libraries that must apply together)")
        @Schema(description = "how many libraries must apply together (2 to 100); absent or null = one library "
                + "may apply alone", minimum = "2", maximum = "100", example = "3")
        @JsonDeserialize(using = WholeNumber.class) Integer minJointLibraries,
        // the offering_statuses a partner may set (OfferingRules.WRITABLE_STATUSES), a subset of the taxonomy list
        @Schema(description = "a taxonomy offering_statuses code a partner may set: ACTIVE (default) or PAUSED",
                enumeration = {"ACTIVE", "PAUSED"}, defaultValue = "ACTIVE") String status) {
}

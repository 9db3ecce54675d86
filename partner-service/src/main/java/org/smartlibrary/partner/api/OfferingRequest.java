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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "OfferingRequest", description = "An offering, created or replaced as a whole. Capacity follows the "
        + "measure of the type: FINANCIAL types take amount + currency, TECHNOLOGY and HUMAN types quantity + unit "
        + "(unit defaults to the taxonomy's default_unit); an amount may recur (period MONTH or YEAR, ONE_TIME by "
        + "default). min_order and min_joint_libraries state who can take the offering. status may be ACTIVE "
        + "(default) or PAUSED; WITHDRAWN comes from the withdrawal endpoint, EXPIRED from the end of the window.")
public record OfferingRequest(
        @NotBlank @Schema(example = "TECHNOLOGY") String category,
        @NotBlank @Schema(example = "TECHNOLOGY.ROBOTICS") String type,
        @Size(max = 4000) @Schema(example = "Refurbished educational robot kits for public coding clubs.") String description,
        @PositiveOrZero @Digits(integer = 14, fraction = 4) @Schema(example = "150") BigDecimal quantity,
        @Size(min = 1, max = 40) @Schema(example = "kits") String unit,
        @PositiveOrZero @Digits(integer = 14, fraction = 2) @Schema(example = "50000") BigDecimal amount,
        @Schema(description = "ISO 4217 code", example = "EUR") String currency,
        @Schema(description = "taxonomy money_periods code: how often the amount is given. FINANCIAL offerings "
                + "only; absent = ONE_TIME. MONTH and YEAR need an amount (they recur it).",
                enumeration = {"ONE_TIME", "MONTH", "YEAR"}, defaultValue = "ONE_TIME", example = "YEAR",
                nullable = true) String period,
        @Schema(example = "2026-01-01") LocalDate availableFrom,
        @Schema(description = "last day; absent = open-ended; must not be in the past", example = "2030-12-31")
        LocalDate availableUntil,
        @NotBlank @Schema(enumeration = {"SHORT_TERM", "LONG_TERM", "ANY"}, example = "SHORT_TERM") String horizon,
        @Size(max = 20) List<@NotNull @Valid ConditionDto> conditions,
        @Valid @Schema(nullable = true) MinOrderDto minOrder,
        @Min(value = 2, message = "must be from 2 to 100 (libraries that must apply together); omit it when one "
                + "library may apply alone")
        @Max(value = 100, message = "must be from 2 to 100 (libraries that must apply together)")
        @Schema(description = "how many libraries must apply together (2 to 100); absent or null = one library "
                + "may apply alone", minimum = "2", maximum = "100", example = "3", nullable = true)
        @JsonDeserialize(using = WholeNumber.class) Integer minJointLibraries,
        @Schema(enumeration = {"ACTIVE", "PAUSED"}, defaultValue = "ACTIVE") String status) {
}

package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

@Schema(name = "Need")
public record NeedView(
        @Schema(example = "53faa3c4-3ea9-4123-8d95-5eaf07cedcf1") UUID id,
        @Schema(example = "TECHNOLOGY") String category,
        @Schema(example = "TECHNOLOGY.ROBOTICS") String type,
        @Schema(example = "Programmable educational robots for the coding club.", nullable = true) String description,
        @Schema(example = "300", nullable = true) BigDecimal quantity,
        @Schema(example = "kits", nullable = true) String unit,
        @Schema(nullable = true) BigDecimal amount,
        @Schema(nullable = true) String currency,
        @Schema(nullable = true, description = "money needs: ONE_TIME, MONTH or YEAR (taxonomy money_periods;"
                + " ONE_TIME when none was given), the period of amount and current_capacity; null for a quantity need")
        String period,
        @Schema(example = "SHORT_TERM") String horizon,
        @Schema(example = "5") int priority,
        @Schema(example = "20", nullable = true) BigDecimal currentCapacity,
        @Schema(example = "117b86a0-c2d2-446a-b2a9-20ac45a37935", nullable = true) UUID goalId) {
}

package org.smartlibrary.partner.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Offering")
public record OfferingView(
        UUID id,
        UUID partnerId,
        @Schema(example = "TECHNOLOGY") String category,
        @Schema(example = "TECHNOLOGY.ROBOTICS") String type,
        @Schema(nullable = true) String description,
        @Schema(nullable = true, description = "TECHNOLOGY and HUMAN offerings") BigDecimal quantity,
        @Schema(nullable = true) String unit,
        @Schema(nullable = true, description = "FINANCIAL offerings") BigDecimal amount,
        @Schema(nullable = true, description = "ISO 4217 code, FINANCIAL offerings") String currency,
        @Schema(nullable = true, description = "taxonomy money_periods code, FINANCIAL offerings (ONE_TIME when "
                + "none was given); null for TECHNOLOGY and HUMAN offerings",
                enumeration = {"ONE_TIME", "MONTH", "YEAR"}, example = "YEAR") String period,
        @Schema(nullable = true) LocalDate availableFrom,
        @Schema(nullable = true) LocalDate availableUntil,
        @Schema(example = "SHORT_TERM") String horizon,
        List<ConditionDto> conditions,
        @Schema(nullable = true, description = "the smallest order the partner accepts, in the offering's measure; "
                + "null = no minimum") MinOrderDto minOrder,
        @Schema(nullable = true, description = "how many libraries must apply together; null = no such rule",
                example = "3") Integer minJointLibraries,
        @Schema(description = "effective status: an ACTIVE offering past available_until reads EXPIRED",
                enumeration = {"ACTIVE", "PAUSED", "WITHDRAWN", "EXPIRED"}) String status,
        @Schema(description = "true when the availability window has ended") boolean expired,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "revision of this offering; also its ETag") long version) {
}

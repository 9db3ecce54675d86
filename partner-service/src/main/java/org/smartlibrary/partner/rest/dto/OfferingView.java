package org.smartlibrary.partner.rest.dto;

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
        String description,
        BigDecimal quantity,
        String unit,
        BigDecimal amount,
        String currency,
        LocalDate availableFrom,
        LocalDate availableUntil,
        @Schema(example = "SHORT_TERM") String horizon,
        List<ConditionDto> conditions,
        @Schema(description = "effective status: an ACTIVE offering past available_until reads EXPIRED",
                enumeration = {"ACTIVE", "PAUSED", "WITHDRAWN", "EXPIRED"}) String status,
        @Schema(description = "true when the availability window has ended") boolean expired,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "revision of this offering; also its ETag") long version) {
}

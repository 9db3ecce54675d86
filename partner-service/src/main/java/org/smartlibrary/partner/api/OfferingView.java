package org.smartlibrary.partner.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An offering as the API shows it: every property always present, null where it says so. */
@Schema(name = "Offering")
public record OfferingView(
        UUID id,
        UUID partnerId,
        @Schema(nullable = true, description = "the source system's id of the offering (set by import)")
        String externalId,
        @Schema(nullable = true, description = "the directory import that last changed the offering; null when the "
                + "API did") UUID importId,
        @Schema(ref = TaxonomySchemas.CATEGORY) String category,
        @Schema(ref = TaxonomySchemas.RESOURCE_TYPE) String type,
        @Schema(nullable = true) String description,
        @Schema(nullable = true, description = "TECHNOLOGY and HUMAN offerings") BigDecimal quantity,
        @Schema(nullable = true, description = "TECHNOLOGY and HUMAN offerings") String unit,
        @Schema(nullable = true, description = "FINANCIAL offerings") BigDecimal amount,
        // a nullable reference needs its type for the kit to write it as anyOf [reference, null]
        @Schema(nullable = true, type = SchemaType.STRING, ref = TaxonomySchemas.CURRENCY,
                description = "FINANCIAL offerings") String currency,
        @Schema(nullable = true, type = SchemaType.STRING, ref = TaxonomySchemas.MONEY_PERIOD,
                description = "taxonomy money_periods code, FINANCIAL offerings (ONE_TIME when none was given); null "
                        + "for TECHNOLOGY and HUMAN offerings")
        String period,
        @Schema(nullable = true, description = "first day; null = open-ended") LocalDate availableFrom,
        @Schema(nullable = true, description = "last day; null = open-ended") LocalDate availableUntil,
        @Schema(ref = TaxonomySchemas.OFFERING_HORIZON) String horizon,
        List<ConditionView> conditions,
        @Schema(nullable = true, description = "the smallest order the partner accepts, in the offering's measure; "
                + "null = no minimum") MinOrderView minOrder,
        @Schema(nullable = true, minimum = "2", maximum = "100", description = "how many libraries must apply "
                + "together; null = no such rule", example = "3") Integer minJointLibraries,
        @Schema(ref = TaxonomySchemas.OFFERING_STATUS,
                description = "effective status: an ACTIVE offering past available_until reads EXPIRED") String status,
        @Schema(description = "true when the availability window has ended") boolean expired,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "revision of this offering; also its ETag") long version) {
}

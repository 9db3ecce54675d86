package org.smartlibrary.matching.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The demand the current recommendation sets place on a partner's offerings: per offering, what their coverage plans
 * ask of it against its capacity, and how many libraries ask. A library counts once per offering, with the larger of
 * its own set's ask and its share of its consortium's pooled ask (two routes to the same need).
 */
@Schema(name = "PartnerDemand", description = "What the current recommendations ask of each of the partner's "
        + "offerings, against its capacity")
public record PartnerDemand(@Schema(example = "9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d") UUID partnerId,
                            @Schema(example = "Puget Sound STEM Kits") String partnerName,
                            @Schema(description = "every offering of the partner, in its listing order")
                            List<OfferingDemand> offerings) {

    public PartnerDemand {
        offerings = offerings == null ? List.of() : List.copyOf(offerings);
    }

    @Schema(name = "OfferingDemand", description = "What the current recommendations ask of one offering")
    public record OfferingDemand(
            @Schema(example = "7d2b9e4a-6c1f-4b8d-a3e5-2f0c9b8a7d6e") UUID offeringId,
            @Schema(ref = TaxonomySchemas.RESOURCE_TYPE, example = "TECHNOLOGY.ROBOTICS") String offeringType,
            @Schema(example = "ACTIVE") String status,
            @Schema(nullable = true, description = "the offering's capacity: its quantity, or its amount (per period "
                    + "for recurring money); null when not stated", example = "60") BigDecimal capacity,
            @Schema(nullable = true, example = "kits") String unit,
            @Schema(nullable = true, example = "USD") String currency,
            @Schema(nullable = true, description = "ONE_TIME, MONTH or YEAR for money", example = "YEAR")
            String period,
            @Schema(description = "what the libraries' current coverage plans ask of it, in its measure",
                    minimum = "0", example = "74") BigDecimal asked,
            @Schema(description = "how many libraries ask for it", minimum = "0", example = "3") int libraries,
            @Schema(nullable = true, description = "asked / capacity (4 decimals); null when the capacity is not "
                    + "finite", minimum = "0", example = "1.2333") Double utilization,
            @Schema(description = "a finite capacity and more asked than it holds: some of the libraries will not "
                    + "be served", example = "true") boolean oversubscribed) {
    }
}

package org.smartlibrary.partner.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One offering of a {@link DirectoryPartner}: the fields of an offering request plus the history an import may bring
 * (every status, windows that already ended) and the source's id of the offering.
 */
@Schema(name = "DirectoryOffering", description = "One offering of a directory import or export")
public record DirectoryOffering(
        @Schema(nullable = true, description = "the offering's id in the exporting directory; ignored on import")
        UUID id,
        @Schema(nullable = true, description = "the source system's id of the offering; imports update the "
                + "partner's offering with the same external_id") String externalId,
        @Schema(ref = TaxonomySchemas.CATEGORY) String category,
        @Schema(ref = TaxonomySchemas.RESOURCE_TYPE) String type,
        @Schema(nullable = true) String description,
        @Schema(nullable = true) BigDecimal quantity,
        @Schema(nullable = true) String unit,
        @Schema(nullable = true) BigDecimal amount,
        @Schema(nullable = true) String currency,
        @Schema(nullable = true) String period,
        @Schema(nullable = true) LocalDate availableFrom,
        @Schema(nullable = true, description = "may be in the past: imports bring history") LocalDate availableUntil,
        @Schema(ref = TaxonomySchemas.OFFERING_HORIZON) String horizon,
        List<ConditionDto> conditions,
        @Schema(nullable = true) MinOrderDto minOrder,
        @Schema(nullable = true) Integer minJointLibraries,
        @Schema(ref = TaxonomySchemas.OFFERING_STATUS, description = "any offering status; absent = ACTIVE")
        String status) {

    /** The offering as an offering request: what the offering rules check (the status is checked apart). */
    @JsonIgnore
    public OfferingRequest asRequest() {
        return new OfferingRequest(category, type, description, quantity, unit, amount, currency, period,
                availableFrom, availableUntil, horizon, conditions, minOrder, minJointLibraries, null);
    }
}

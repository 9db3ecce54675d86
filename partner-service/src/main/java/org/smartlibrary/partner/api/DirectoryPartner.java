package org.smartlibrary.partner.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One partner of a directory file, as an import reads it and an export writes it: the registration's fields, the
 * source system's identifiers, the history (verification, last confirmation) and the offerings. NDJSON files hold
 * one per line; the CSV and HSDS formats are mapped to and from it.
 */
@Schema(name = "DirectoryPartner", description = "One partner of a directory import or export (one NDJSON line)")
public record DirectoryPartner(
        @Schema(nullable = true, description = "the partner's id in the exporting directory; ignored on import")
        UUID id,
        @Schema(nullable = true, description = "the source system's id of the organization; imports update the "
                + "partner with the same external_id", example = "hsds-org-0042") String externalId,
        @Schema(nullable = true, description = "registry number with scheme prefix, e.g. US-EIN-12-3456789; checked "
                + "per scheme", example = "US-EIN-12-3456789") String orgRegistryId,
        String name,
        @Schema(ref = TaxonomySchemas.PARTNER_TYPE) String partnerType,
        @Schema(nullable = true) String description,
        ServiceAreaDto serviceArea,
        @Schema(nullable = true, format = "uri") String website,
        @Schema(nullable = true) ContactDto contact,
        @Schema(type = SchemaType.ARRAY, implementation = TaxonomyCodes.LibraryOfferCode.class) List<String> seeks,
        @Schema(nullable = true, type = SchemaType.STRING, ref = TaxonomySchemas.VERIFICATION_STATE,
                description = "absent: UNVERIFIED for a new partner, unchanged for an existing one")
        String verification,
        @Schema(nullable = true, description = "when the partner last confirmed its data; absent = never confirmed")
        LocalDate lastConfirmedAt,
        @Schema(nullable = true, description = "what the source held that has no field here (import only)")
        String source,
        @Schema(nullable = true, description = "true imports the organization even though another partner has the "
                + "same normalized name or website domain (import only)") Boolean confirmDistinct,
        List<DirectoryOffering> offerings) implements PartnerProfile {
}

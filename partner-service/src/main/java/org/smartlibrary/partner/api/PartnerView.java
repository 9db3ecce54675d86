package org.smartlibrary.partner.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A partner as the API shows it: every property always present, null where it says so. */
@Schema(name = "Partner")
public record PartnerView(
        UUID id,
        @Schema(example = "Cascade Robotics Cooperative") String name,
        @Schema(ref = TaxonomySchemas.PARTNER_TYPE) String partnerType,
        @Schema(nullable = true) String description,
        ServiceAreaView serviceArea,
        @Schema(nullable = true, format = "uri", example = "https://www.cascaderoboticscooperative.example")
        String website,
        @Schema(nullable = true, description = "the source system's id of the organization (set by registration or "
                + "import)", example = "hsds-org-0042") String externalId,
        @Schema(nullable = true, description = "registry number with scheme prefix", example = "US-EIN-12-3456789")
        String orgRegistryId,
        @Schema(nullable = true, description = "what an imported source held that has no field here")
        String source,
        @Schema(nullable = true, description = "the directory import that last changed the profile; null when the "
                + "API did") UUID importId,
        @Schema(nullable = true, description = "private: only for library staff, portals, platform administrators and the "
                + "partner's own administrators; null for everyone else") ContactView contact,
        @Schema(type = SchemaType.ARRAY, implementation = TaxonomyCodes.LibraryOfferCode.class,
                description = "taxonomy library_offers codes the partner values in return") List<String> seeks,
        @Schema(ref = TaxonomySchemas.VERIFICATION_STATE) String verification,
        @Schema(description = "date the partner last confirmed its data") LocalDate lastConfirmedAt,
        @Schema(description = "true when last_confirmed_at + 12 months (slp.partner.freshness.stale-after-months) is "
                + "before today (UTC), or it was never confirmed; the same rule as matching's STALE_LISTING flag")
        boolean stale,
        List<OfferingView> offerings,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "revision of the partner with its offerings; also its ETag and the snapshot event version")
        long version,
        @Schema(nullable = true, description = "full-text relevance, only in relevance-ordered search results (null "
                + "everywhere else): the match tier, 1.0 when the name alone matches the query, 0.4 when name and "
                + "description do, 0.2 when only the offering descriptions complete the match") Float relevance) {

    /** The public view: without the contact. */
    public PartnerView withoutPrivateFields() {
        return new PartnerView(id, name, partnerType, description, serviceArea, website, externalId, orgRegistryId, source, importId, null, seeks, verification,
                lastConfirmedAt, stale, offerings, createdAt, updatedAt, version, relevance);
    }

    public PartnerView withRelevance(Float value) {
        return new PartnerView(id, name, partnerType, description, serviceArea, website, externalId, orgRegistryId, source, importId, contact, seeks, verification,
                lastConfirmedAt, stale, offerings, createdAt, updatedAt, version, value);
    }
}

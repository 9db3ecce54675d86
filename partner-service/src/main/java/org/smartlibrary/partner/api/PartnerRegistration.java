package org.smartlibrary.partner.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.util.List;

@Schema(name = "PartnerRegistration", description = "A new partner organization. Verification is not settable here "
        + "(administrators change it through PUT /api/v1/partners/{partnerId}/verification).")
public record PartnerRegistration(
        @NotBlank @Size(max = 200) @Schema(example = "Cascade Robotics Cooperative") String name,
        @NotBlank @Schema(required = true, ref = TaxonomySchemas.PARTNER_TYPE) String partnerType,
        @Size(max = 2000) @Schema(example = "Robotics cooperative supporting library coding clubs in Washington.")
        String description,
        @NotNull @Valid ServiceAreaDto serviceArea,
        @Size(max = 500) @Schema(format = "uri", description = "absolute http(s) URL",
                example = "https://www.cascaderoboticscooperative.example") String website,
        @Size(max = 200) @Schema(description = "the id of the organization in the system the partner comes from; "
                + "unique in the directory", example = "hsds-org-0042") String externalId,
        @Size(max = 80) @Schema(description = "registry number with scheme prefix (country-registry-number), checked "
                + "per scheme; unique in the directory", example = "US-EIN-12-3456789") String orgRegistryId,
        @Valid ContactDto contact,
        @Size(max = 20) @Schema(type = SchemaType.ARRAY, implementation = TaxonomyCodes.LibraryOfferCode.class,
                description = "taxonomy library_offers codes the partner values in return",
                example = "[\"AUDIENCE_REACH\", \"EVENT_HOSTING\"]")
        List<@NotBlank String> seeks,
        @Schema(description = "true registers the organization even though one with the same normalized name or "
                + "website domain exists (after the 409 duplicate-partner problem)", defaultValue = "false")
        Boolean confirmDistinct) implements PartnerProfile {
}

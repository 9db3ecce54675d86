package org.smartlibrary.partner.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PartnerRegistration", description = "A new partner organization. Verification is not settable here "
        + "(administrators change it through PUT /api/v1/partners/{id}/verification).")
public record PartnerRegistration(
        @NotBlank @Size(max = 200) @Schema(example = "Brightbyte Robotics B.V.") String name,
        @NotBlank @Schema(description = "taxonomy partner_types code", example = "IT_COMPANY") String partnerType,
        @Size(max = 2000) @Schema(example = "Educational robotics company supporting coding clubs.") String description,
        @NotNull @Valid ServiceAreaDto serviceArea,
        @Size(max = 500) @Schema(description = "absolute http(s) URL", example = "https://www.brightbyte-robotics.example")
        String website,
        @Valid ContactDto contact,
        @Size(max = 20) @Schema(description = "taxonomy library_offers codes the partner values in return",
                example = "[\"VISIBILITY\", \"EVENT_HOSTING\"]")
        List<@NotBlank String> seeks,
        @Schema(description = "true registers the organization even though one with the same normalized name or "
                + "website domain exists (after the 409 duplicate-partner problem)", defaultValue = "false")
        Boolean confirmDistinct) implements PartnerProfile {
}

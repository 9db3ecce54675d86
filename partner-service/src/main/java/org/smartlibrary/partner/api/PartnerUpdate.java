package org.smartlibrary.partner.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PartnerUpdate", description = "The whole profile, replacing the stored one (offerings are changed "
        + "through their own resources)")
public record PartnerUpdate(
        @NotBlank @Size(max = 200) @Schema(example = "Brightbyte Robotics B.V.") String name,
        @NotBlank @Schema(description = "taxonomy partner_types code", example = "IT_COMPANY") String partnerType,
        @Size(max = 2000) String description,
        @NotNull @Valid ServiceAreaDto serviceArea,
        @Size(max = 500) @Schema(example = "https://www.brightbyte-robotics.example") String website,
        @Valid ContactDto contact,
        @Size(max = 20) @Schema(example = "[\"VISIBILITY\"]") List<@NotBlank String> seeks) implements PartnerProfile {
}

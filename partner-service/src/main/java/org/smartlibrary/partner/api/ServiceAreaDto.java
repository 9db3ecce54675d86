package org.smartlibrary.partner.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ServiceArea", description = "Where the partner serves: remotely, the whole country, or the listed regions and "
        + "cities (at least one of these). Names are matched case-insensitively.")
public record ServiceAreaDto(
        @Schema(description = "serves anywhere remotely", defaultValue = "false") Boolean remote,
        @Schema(description = "serves the whole country", defaultValue = "false") Boolean national,
        @Size(max = 50) @Schema(example = "[\"North Brabant\"]") List<@NotBlank @Size(max = 100) String> regions,
        @Size(max = 200) @Schema(example = "[\"Eindhoven\", \"Tilburg\"]") List<@NotBlank @Size(max = 100) String> cities) {
}

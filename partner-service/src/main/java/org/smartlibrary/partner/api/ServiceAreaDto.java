package org.smartlibrary.partner.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The service area as a registration or profile update sends it; {@link ServiceAreaView} is how it is shown. */
@Schema(name = "ServiceAreaInput", description = "Where the partner serves: remotely, the whole country, or the "
        + "listed regions and cities (at least one of these). Names are matched case-insensitively.")
public record ServiceAreaDto(
        @Schema(description = "serves anywhere remotely", defaultValue = "false") Boolean remote,
        @Schema(description = "serves the whole country", defaultValue = "false") Boolean national,
        @Size(max = 50) @Schema(example = "[\"Washington\"]") List<@NotBlank @Size(max = 100) String> regions,
        @Size(max = 200) @Schema(example = "[\"Seattle\", \"Tacoma\"]") List<@NotBlank @Size(max = 100) String> cities) {
}

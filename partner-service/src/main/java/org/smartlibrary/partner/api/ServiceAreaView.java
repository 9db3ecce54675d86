package org.smartlibrary.partner.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Where a partner serves, as the API shows it: every property always present, lists empty rather than null. */
@Schema(name = "ServiceArea", description = "Where the partner serves: remotely, the whole country, or the listed "
        + "regions and cities (at least one of these)")
public record ServiceAreaView(
        @Schema(description = "serves anywhere remotely") boolean remote,
        @Schema(description = "serves the whole country") boolean national,
        @Schema(example = "[\"Washington\"]") List<String> regions,
        @Schema(example = "[\"Seattle\", \"Tacoma\"]") List<String> cities) {
}

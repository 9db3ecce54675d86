package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "Offer")
public record OfferView(
        @Schema(example = "da16707b-ae61-46cf-ad81-3ac06f66a39e") UUID id,
        @Schema(example = "SPACE") String type,
        @Schema(example = "Workshop rooms in 6 branches, evenings and Saturdays.", nullable = true) String description) {
}

package org.smartlibrary.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.util.UUID;

@Schema(name = "Offer")
public record OfferView(
        @Schema(example = ApiExamples.OFFER_ID) UUID id,
        @Schema(ref = TaxonomySchemas.LIBRARY_OFFER, example = "SPACE") String type,
        @Schema(example = "Community room for 60 people and a 90 m2 basement room ready for a makerspace", nullable = true)
        String description) {
}

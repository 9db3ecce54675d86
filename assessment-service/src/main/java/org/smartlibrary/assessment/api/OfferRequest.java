package org.smartlibrary.assessment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

@Schema(name = "OfferRequest", example = OfferRequest.EXAMPLE)
public record OfferRequest(
        @NotBlank @Size(max = 60)
        @Schema(ref = TaxonomySchemas.LIBRARY_OFFER, required = true, example = "SPACE", description = "taxonomy library offer code") String type,
        @Size(max = Validation.DESCRIPTION_MAX)
        @Schema(example = "Community room for 60 people and a 90 m2 basement room ready for a makerspace") String description) {

    /** A valid request, the OpenAPI example (also of the request body). */
    public static final String EXAMPLE = "{\"type\": \"SPACE\","
            + " \"description\": \"Community room for 60 people and a 90 m2 basement room ready for a makerspace\"}";
}

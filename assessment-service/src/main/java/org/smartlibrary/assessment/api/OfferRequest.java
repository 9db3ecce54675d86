package org.smartlibrary.assessment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OfferRequest", example = OfferRequest.EXAMPLE)
public record OfferRequest(
        @NotBlank @Size(max = 60) @Schema(example = "SPACE", description = "taxonomy library offer code") String type,
        @Size(max = Validation.DESCRIPTION_MAX)
        @Schema(example = "Workshop rooms in 6 branches, evenings and Saturdays.") String description) {

    /** A valid request, the OpenAPI example (also of the request body). */
    public static final String EXAMPLE = "{\"type\": \"SPACE\","
            + " \"description\": \"Workshop rooms in 6 branches, evenings and Saturdays.\"}";
}

package org.smartlibrary.assessment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A library as staff describe it (create and full update). */
@Schema(name = "LibraryRequest", example = LibraryRequest.EXAMPLE)
public record LibraryRequest(
        @NotBlank @Size(max = 200) @Schema(example = ApiExamples.LIBRARY_NAME) String name,
        @Size(max = 200) @Schema(example = ApiExamples.CONSORTIUM, description = "library consortium, absent if none")
        String consortium,
        @NotBlank @Size(max = 100) @Schema(example = ApiExamples.REGION) String region,
        @NotBlank @Size(max = 100) @Schema(example = ApiExamples.CITY) String city,
        @Valid @Schema(description = "optional geographic position") LocationBody location) {

    /** A valid request, the OpenAPI example (also of the request body): a library of the demo data. */
    public static final String EXAMPLE = "{\"name\": \"" + ApiExamples.LIBRARY_NAME + "\","
            + " \"consortium\": \"" + ApiExamples.CONSORTIUM + "\","
            + " \"region\": \"" + ApiExamples.REGION + "\","
            + " \"city\": \"" + ApiExamples.CITY + "\","
            + " \"location\": {\"latitude\": 47.7076, \"longitude\": -122.3251}}";
}

package org.smartlibrary.assessment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A library as staff describe it (create and full update). */
@Schema(name = "LibraryRequest", example = LibraryRequest.EXAMPLE)
public record LibraryRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Eindhoven City Library") String name,
        @Size(max = 200) @Pattern(regexp = Validation.NOT_BLANK, message = Validation.NOT_BLANK_MESSAGE)
        @Schema(example = "Brabant Library Network", description = "library consortium, absent if none") String consortium,
        @NotBlank @Size(max = 100) @Schema(example = "North Brabant") String region,
        @NotBlank @Size(max = 100) @Schema(example = "Eindhoven") String city,
        @Valid @Schema(description = "optional geographic position") LocationBody location) {

    /** A valid request, the OpenAPI example (also of the request body). */
    public static final String EXAMPLE = "{\"name\": \"Eindhoven City Library\","
            + " \"consortium\": \"Brabant Library Network\","
            + " \"region\": \"North Brabant\","
            + " \"city\": \"Eindhoven\","
            + " \"location\": {\"latitude\": 51.4416, \"longitude\": 5.4697}}";
}

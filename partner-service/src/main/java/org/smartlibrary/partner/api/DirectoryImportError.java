package org.smartlibrary.partner.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is wrong with one refused row of an import. */
@Schema(name = "DirectoryImportError")
public record DirectoryImportError(
        @Schema(description = "line of the file where the row starts (1-based; for HSDS the line where the "
                + "organization starts)", example = "42") long line,
        @Schema(nullable = true, description = "the field, as named in the file's format", example = "offerings[0].type")
        String field,
        @Schema(example = "is not a resource type of the taxonomy, e.g. TECHNOLOGY.ROBOTICS") String message) {
}

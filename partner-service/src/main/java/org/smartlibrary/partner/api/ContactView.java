package org.smartlibrary.partner.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contact person of a partner as the API shows it: both properties always present. */
@Schema(name = "Contact", description = "Contact person of the partner")
public record ContactView(
        @Schema(nullable = true, example = "Mia Lindqvist") String name,
        @Schema(nullable = true, format = "email", example = "mia@cascaderoboticscooperative.example.org") String email) {
}

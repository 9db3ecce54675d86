package org.smartlibrary.partner.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contact person as a registration or profile update sends it; {@link ContactView} is how it is shown. */
@Schema(name = "ContactInput", description = "Contact person of the partner")
public record ContactDto(
        @Size(max = 200) @Schema(example = "Mia Lindqvist", nullable = true) String name,
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") @Size(max = 320)
        @Schema(format = "email", example = "mia@cascaderoboticscooperative.example.org", nullable = true) String email) {
}

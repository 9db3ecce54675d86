package org.smartlibrary.partner.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contact", description = "Contact person of the partner")
public record ContactDto(
        @Size(max = 200) @Schema(example = "Sanne de Vries", nullable = true) String name,
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") @Size(max = 320)
        @Schema(example = "community@brightbyte-robotics.example", nullable = true) String email) {
}

package org.smartlibrary.partner.api;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerificationChange")
public record VerificationChange(
        @NotBlank @Schema(enumeration = {"UNVERIFIED", "PENDING", "VERIFIED", "REJECTED"}, example = "VERIFIED")
        String verification) {
}

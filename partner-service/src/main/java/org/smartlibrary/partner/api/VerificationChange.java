package org.smartlibrary.partner.api;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

@Schema(name = "VerificationChange")
public record VerificationChange(
        @NotBlank @Schema(required = true, ref = TaxonomySchemas.VERIFICATION_STATE) String verification) {
}

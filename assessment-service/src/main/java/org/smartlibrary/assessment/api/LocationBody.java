package org.smartlibrary.assessment.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A geographic position (WGS 84 degrees). */
@Schema(name = "Location")
public record LocationBody(
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(example = "47.7076") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(example = "-122.3251") Double longitude) {
}

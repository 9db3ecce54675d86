package org.smartlibrary.partner.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.math.BigDecimal;

/** The smallest order a partner accepts, as the API shows it: all four properties present, the other pair null. */
@Schema(name = "MinOrder", description = "The smallest quantity or amount the partner accepts, in the offering's "
        + "measure: quantity + unit for a TECHNOLOGY or HUMAN offering (amount and currency null), amount + currency "
        + "for a FINANCIAL one (quantity and unit null).")
public record MinOrderView(
        @Schema(nullable = true, description = "TECHNOLOGY and HUMAN offerings", example = "20") BigDecimal quantity,
        @Schema(nullable = true, description = "the offering's unit", example = "kits") String unit,
        @Schema(nullable = true, description = "FINANCIAL offerings", example = "5000") BigDecimal amount,
        @Schema(nullable = true, type = SchemaType.STRING, ref = TaxonomySchemas.CURRENCY,
                description = "the offering's currency") String currency) {
}

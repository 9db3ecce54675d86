package org.smartlibrary.partner.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.math.BigDecimal;

/**
 * The smallest order a partner accepts, as an offering request sends it, written like the offering's capacity and in
 * the same measure; {@link MinOrderView} is how it is shown. (Request only: the absent pair is left out when the
 * request is serialised for its Idempotency-Key fingerprint, as before.)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MinOrderInput", description = "The smallest quantity or amount the partner accepts, in the "
        + "offering's measure: quantity (+ unit) for a TECHNOLOGY or HUMAN offering, amount (+ currency) for a "
        + "FINANCIAL one. unit defaults to the offering's unit and currency to the offering's currency; a different "
        + "unit or currency, a value of 0 or less, or a minimum above the stated capacity is refused.")
public record MinOrderDto(
        @Positive @Digits(integer = 14, fraction = 4)
        @Schema(description = "TECHNOLOGY and HUMAN offerings", example = "20") BigDecimal quantity,
        @Size(min = 1, max = 40) @Schema(description = "the offering's unit (the default)", example = "kits") String unit,
        @Positive @Digits(integer = 14, fraction = 2)
        @Schema(description = "FINANCIAL offerings", example = "5000") BigDecimal amount,
        @Schema(ref = TaxonomySchemas.CURRENCY, description = "the offering's currency (the default)") String currency) {
}

package org.smartlibrary.assessment.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A need. FINANCIAL needs give amount + currency; TECHNOLOGY and HUMAN needs give quantity + unit (unit defaults
 * to the taxonomy's suggestion for the type). Codes are checked against the taxonomy.
 */
@Schema(name = "NeedRequest", example = NeedRequest.EXAMPLE)
public record NeedRequest(
        @NotBlank @Schema(example = "TECHNOLOGY", enumeration = {"FINANCIAL", "TECHNOLOGY", "HUMAN"}) String category,
        @NotBlank @Schema(example = "TECHNOLOGY.ROBOTICS", description = "taxonomy resource type code under the category") String type,
        @Size(max = Validation.DESCRIPTION_MAX)
        @Schema(example = "Programmable educational robots for the coding club.") String description,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 4)
        @Schema(example = "300", description = "TECHNOLOGY and HUMAN needs") BigDecimal quantity,
        @Size(max = 50) @Pattern(regexp = Validation.NOT_BLANK, message = Validation.NOT_BLANK_MESSAGE)
        @Schema(example = "kits") String unit,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 4)
        @Schema(example = "45000", description = "FINANCIAL needs") BigDecimal amount,
        @Schema(example = "EUR", description = "ISO 4217 code, FINANCIAL needs") String currency,
        @NotBlank @Schema(example = "SHORT_TERM", enumeration = {"SHORT_TERM", "LONG_TERM"}) String horizon,
        @NotNull @Min(1) @Max(5) @Schema(example = "5", description = "1..5, 5 is the most urgent") Integer priority,
        @DecimalMin("0") @Digits(integer = 16, fraction = 4)
        @Schema(example = "20", description = "what the library already has, in the need's unit or currency") BigDecimal currentCapacity,
        @Schema(example = "117b86a0-c2d2-446a-b2a9-20ac45a37935", description = "optional goal of the same revision") UUID goalId) {

    /** A valid request, the OpenAPI example (also of the request body). */
    public static final String EXAMPLE = "{\"category\": \"TECHNOLOGY\","
            + " \"type\": \"TECHNOLOGY.ROBOTICS\","
            + " \"description\": \"Programmable educational robots for the coding club.\","
            + " \"quantity\": 300,"
            + " \"unit\": \"kits\","
            + " \"horizon\": \"SHORT_TERM\","
            + " \"priority\": 5,"
            + " \"current_capacity\": 20}";
}

package org.smartlibrary.matching.engine;

import java.util.List;
import java.util.Objects;

/**
 * An eligibility condition of an offering (taxonomy offering_conditions).
 *
 * @param values      the optional parameter as text: region names for REGION_ONLY, one number for
 *                    MATCHING_FUNDS_REQUIRED (share 0..1) and MIN_AUDIENCE; empty when absent
 * @param description free text, shown when the condition needs manual review
 */
public record OfferingCondition(String code, List<String> values, String description) {

    public OfferingCondition {
        Objects.requireNonNull(code, "code");
        values = List.copyOf(values == null ? List.of() : values);
    }

    public static OfferingCondition of(String code, String... values) {
        return new OfferingCondition(code, List.of(values), null);
    }
}

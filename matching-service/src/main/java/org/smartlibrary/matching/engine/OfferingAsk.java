package org.smartlibrary.matching.engine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a coverage plan asks of one offering for one need: the need's gap, capped at the offering's capacity, in the
 * offering's capacity measure (its unit or currency, per its period for recurring money). Summed per offering over
 * the other current sets, it is the {@link OfferingDemand} another match reads.
 *
 * @param quantity 0 when the need or the offering states no quantity (nothing countable is asked)
 */
public record OfferingAsk(String needId, String offeringId, BigDecimal quantity) {

    public OfferingAsk {
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(offeringId, "offeringId");
        Objects.requireNonNull(quantity, "quantity");
    }
}

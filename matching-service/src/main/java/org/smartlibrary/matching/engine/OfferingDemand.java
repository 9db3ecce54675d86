package org.smartlibrary.matching.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What the other current recommendation sets already ask of each offering: the capacity their coverage plans rely
 * on ({@link OfferingAsk}, summed per offering) and how many libraries ask. A match reads it to flag a cover that
 * would oversubscribe an offering ({@link Flag#OVERSUBSCRIBED}) and to let its coverage plan prefer an equivalent,
 * less contended partner ({@link BalancedChoice}); the ranking never reads it.
 *
 * <p>The caller leaves out the set of the assessment (or consortium) being matched: only the others count.
 * {@link #NONE} (nobody else asks for anything) gives the match without contention.
 */
public interface OfferingDemand {

    /** Nobody else asks for anything: every match is as without contention. */
    OfferingDemand NONE = of(Map.of());

    /**
     * What the other sets ask of this offering, in its capacity measure (its unit or currency, per its period for
     * recurring money); 0 when unknown.
     */
    BigDecimal demandedByOthers(String offeringId);

    /** How many other libraries (or consortia) ask for this offering; 0 when unknown. */
    int librariesAsking(String offeringId);

    /**
     * The demand of a map from offering id to what is asked of it; offerings not in the map are asked for nothing.
     */
    static OfferingDemand of(Map<String, Asked> byOfferingId) {
        Map<String, Asked> asked = Map.copyOf(byOfferingId);
        return new OfferingDemand() {
            @Override
            public BigDecimal demandedByOthers(String offeringId) {
                Asked entry = asked.get(offeringId);
                return entry == null ? BigDecimal.ZERO : entry.quantity();
            }

            @Override
            public int librariesAsking(String offeringId) {
                Asked entry = asked.get(offeringId);
                return entry == null ? 0 : entry.libraries();
            }
        };
    }

    /**
     * What other sets ask of one offering.
     *
     * @param quantity  in the offering's capacity measure, >= 0
     * @param libraries how many libraries (or consortia) ask, >= 0
     */
    record Asked(BigDecimal quantity, int libraries) {

        public Asked {
            Objects.requireNonNull(quantity, "quantity");
            if (quantity.signum() < 0 || libraries < 0) {
                throw new IllegalArgumentException("asked quantity and libraries must be >= 0");
            }
        }
    }
}

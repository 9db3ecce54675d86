package org.smartlibrary.matching.engine;

import java.util.List;

/**
 * A partner chosen by the coverage plan, in the order chosen.
 *
 * @param addedWeight       priority weight this partner added on top of the partners chosen before it
 * @param needIds           the needs it contributes to
 * @param asks              per need it contributes to, what the plan asks of the offering that covers it
 * @param balancedInsteadOf why the plan chose this partner over a better-ranked one that adds the same (its
 *                          offering asked for by other libraries); null when the plan simply took the best
 */
public record PlannedPartner(String partnerId, String partnerName, double addedWeight, List<String> needIds,
                             List<OfferingAsk> asks, BalancedChoice balancedInsteadOf) {

    public PlannedPartner {
        needIds = List.copyOf(needIds);
        asks = List.copyOf(asks);
    }

    /** A partner chosen as the best, without what it asks of its offerings stated. */
    public PlannedPartner(String partnerId, String partnerName, double addedWeight, List<String> needIds) {
        this(partnerId, partnerName, addedWeight, needIds, List.of(), null);
    }
}

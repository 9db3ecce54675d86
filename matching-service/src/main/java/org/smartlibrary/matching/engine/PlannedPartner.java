package org.smartlibrary.matching.engine;

import java.util.List;

/**
 * A partner chosen by the coverage plan, in the order chosen.
 *
 * @param addedWeight priority weight this partner added on top of the partners chosen before it
 * @param needIds     the needs it contributes to
 */
public record PlannedPartner(String partnerId, String partnerName, double addedWeight, List<String> needIds) {

    public PlannedPartner {
        needIds = List.copyOf(needIds);
    }
}

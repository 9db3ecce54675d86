package org.smartlibrary.matching.engine;

import java.util.List;

/** A (need, offering) candidate the hard gates excluded, with every gate it failed. */
public record ExcludedCandidate(String needId, String partnerId, String partnerName, String offeringId,
                                String offeringType, List<ExclusionReason> reasons) {

    public ExcludedCandidate {
        reasons = List.copyOf(reasons);
    }
}

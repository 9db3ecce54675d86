package org.smartlibrary.matching.engine;

import java.util.Objects;

/**
 * An idea for a need: an offering of a type the taxonomy declares related to the need's type (volunteers for a
 * staffing budget, programming curricula for robotics). It is shown apart and never counts: not in ranking,
 * coverage, the coverage plan or the unmet list.
 *
 * @param text why it is listed, naming both types and what is offered
 */
public record Alternative(String needId, String partnerId, String partnerName, String offeringId,
                          String offeringType, String text) {

    public Alternative {
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(offeringId, "offeringId");
        Objects.requireNonNull(text, "text");
    }
}

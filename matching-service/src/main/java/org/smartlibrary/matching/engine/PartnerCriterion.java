package org.smartlibrary.matching.engine;

/** A criterion that depends only on the partner (and the library), computed once per partner and match. */
interface PartnerCriterion {

    Criterion criterion();

    /** 0..1, higher is better. */
    double value(MatchContext context, PartnerInput partner);

    /** The text of {@code value}, which {@link #value} computed for the same partner. */
    String explain(MatchContext context, PartnerInput partner, double value);
}

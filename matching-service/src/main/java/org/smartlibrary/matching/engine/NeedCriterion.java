package org.smartlibrary.matching.engine;

/**
 * A criterion of how well one admitted offering serves one need. {@link #value} runs for every admitted candidate
 * and builds no text; {@link #explain} turns that same value into a text naming the figures it came from, only for
 * the partners a result keeps.
 */
interface NeedCriterion {

    Criterion criterion();

    /** 0..1, higher is better. */
    double value(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate);

    /** The text of {@code value}, which {@link #value} computed for the same candidate. */
    String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate, double value);
}

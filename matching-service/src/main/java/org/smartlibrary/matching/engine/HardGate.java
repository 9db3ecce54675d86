package org.smartlibrary.matching.engine;

/**
 * One hard gate: decides whether a (need, offering) candidate may be scored at all and, for the candidates a
 * match keeps, explains its decision from the same facts. {@link #test} runs for every examined candidate and
 * builds no text; {@link #explain} only for the excluded candidates a result lists.
 */
interface HardGate {

    /** The reason the candidate fails this gate, or null when it passes. */
    ExclusionCode test(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate);

    /** The text of a failure {@link #test} returned for the same candidate, naming the figures. */
    String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                   ExclusionCode failure);
}

package org.smartlibrary.matching.engine;

import java.util.Objects;

/**
 * Why the coverage plan chose a partner instead of a better-ranked one that would have added the same: the other
 * partner's offering is asked for by other libraries, this partner's fully covers the same needs, scores within
 * {@link MatchSettings#contentionMargin()} and is less contended.
 *
 * @param insteadOfScore      the ranking score of the partner passed over
 * @param score               the ranking score of the partner chosen
 * @param insteadOfContention what other libraries ask of the passed-over partner's offering plus what this match
 *                            would ask, as a share of its capacity (above 1: oversubscribed); of its most
 *                            contended offering among the needs concerned
 * @param contention          the same share for the chosen partner's offering (0 when its capacity is not limited)
 * @param text                e.g. "chosen over Cascade Robotics (score 0.98 vs 0.97): 1 other library asks for 40 kits of
 *                            its capacity of 40 kits; with this library's 40 that is 200%, against 100% for Brook
 *                            Makers"
 */
public record BalancedChoice(String insteadOfPartnerId, String insteadOfPartnerName, double insteadOfScore,
                             double score, double insteadOfContention, double contention, String text) {

    public BalancedChoice {
        Objects.requireNonNull(insteadOfPartnerId, "insteadOfPartnerId");
        Objects.requireNonNull(text, "text");
    }
}

package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What a librarian should know about a recommended partner or a covered need, as codes a client can filter and
 * badge (the taxonomy's match_flags). The explanation texts say the same in words.
 */
public enum Flag {
    /** The listing was last confirmed more than the stale period before the match date, or never. */
    STALE_LISTING,
    /** The partner is not VERIFIED. */
    UNVERIFIED,
    /** The offering becomes available after the match date. */
    STARTS_LATER,
    /** The offering's window ends before the need's horizon is covered. */
    ENDS_EARLY,
    /** The offering closes less than the whole need. */
    PARTIAL_COVER,
    /** A condition the engine cannot check: a person has to. */
    CONDITIONS_TO_REVIEW,
    /** A condition the library can meet only at a cost (matching funds, ...). */
    CONDITION_COST,
    /** The offering states no capacity for a need with a quantity or amount. */
    CAPACITY_NOT_STATED,
    /**
     * The offering's capacity is finite and what other libraries' current recommendations already ask of it
     * ({@link OfferingDemand}) plus what this cover asks exceeds it: not everyone can be served.
     */
    OVERSUBSCRIBED,
    /**
     * The partner is available to the library only through its consortium's pooled recommendations. Never set by a
     * match: the service marks the routes it reads from the consortium's set (the codes stay one list).
     */
    VIA_CONSORTIUM;

    private static final Flag[] ALL = values();

    int bit() {
        return 1 << ordinal();
    }

    /** The flags of a bit set, in declaration order. */
    static List<Flag> of(int bits) {
        List<Flag> flags = new ArrayList<>(Integer.bitCount(bits));
        for (Flag flag : ALL) {
            if ((bits & flag.bit()) != 0) {
                flags.add(flag);
            }
        }
        return List.copyOf(flags);
    }
}

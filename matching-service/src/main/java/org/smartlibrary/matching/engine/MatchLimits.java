package org.smartlibrary.matching.engine;

/**
 * How much of a match is kept in full. Ranking and the coverage plan always consider every admitted partner and
 * the totals count every excluded candidate; only the kept ones get their explanations built.
 *
 * @param recommendations    best-ranked partners kept, with explanations
 * @param excludedCandidates excluded candidates kept with their reasons (the first ones in need order, then partner
 *                           and offering id)
 * @param planPartners       partners at most in the coverage plan
 */
public record MatchLimits(int recommendations, int excludedCandidates, int planPartners) {

    public static final MatchLimits DEFAULTS = new MatchLimits(50, 1000, CoveragePlanner.DEFAULT_MAX_PARTNERS);

    public MatchLimits {
        if (recommendations < 0 || excludedCandidates < 0) {
            throw new IllegalArgumentException("kept recommendations and excluded candidates must be >= 0");
        }
        if (planPartners < 1) {
            throw new IllegalArgumentException("planPartners must be >= 1 but was " + planPartners);
        }
    }
}

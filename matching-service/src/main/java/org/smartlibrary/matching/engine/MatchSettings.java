package org.smartlibrary.matching.engine;

/**
 * The rules of time and freshness a match applies, configurable by the service.
 *
 * @param shortTermLeadDays     a SHORT_TERM need accepts offerings that start within this many days of the match date
 * @param longTermLeadMonths    a LONG_TERM need accepts offerings that start within this many months
 * @param longTermHorizonYears  the span a LONG_TERM need is planned for: an offering's time share is the part of
 *                              [match date, match date + this] its window covers
 * @param staleAfterMonths      a listing last confirmed more than this many months before the match date is stale
 * @param alternativesPerNeed   related-type ideas kept per need (0 = none)
 * @param contentionMargin      how much lower (0..1) the ranking score of an equivalent, less contended partner may be
 *                              for the coverage plan to prefer it to a partner whose offering other libraries ask
 *                              for ({@link BalancedChoice}); 0 = only on equal scores
 */
public record MatchSettings(int shortTermLeadDays, int longTermLeadMonths, int longTermHorizonYears,
                            int staleAfterMonths, int alternativesPerNeed, double contentionMargin) {

    public static final double DEFAULT_CONTENTION_MARGIN = 0.05;

    public static final MatchSettings DEFAULTS = new MatchSettings(90, 24, 3, 12, 5);

    /** The settings with the default {@link #contentionMargin()}. */
    public MatchSettings(int shortTermLeadDays, int longTermLeadMonths, int longTermHorizonYears,
                         int staleAfterMonths, int alternativesPerNeed) {
        this(shortTermLeadDays, longTermLeadMonths, longTermHorizonYears, staleAfterMonths, alternativesPerNeed,
                DEFAULT_CONTENTION_MARGIN);
    }

    public MatchSettings {
        if (shortTermLeadDays < 0 || longTermLeadMonths < 0) {
            throw new IllegalArgumentException("start leads must be >= 0");
        }
        if (longTermHorizonYears < 1) {
            throw new IllegalArgumentException("longTermHorizonYears must be >= 1 but was " + longTermHorizonYears);
        }
        if (staleAfterMonths < 1) {
            throw new IllegalArgumentException("staleAfterMonths must be >= 1 but was " + staleAfterMonths);
        }
        if (alternativesPerNeed < 0) {
            throw new IllegalArgumentException("alternativesPerNeed must be >= 0");
        }
        if (!(contentionMargin >= 0 && contentionMargin <= 1)) {
            throw new IllegalArgumentException("contentionMargin must be 0..1 but was " + contentionMargin);
        }
    }
}

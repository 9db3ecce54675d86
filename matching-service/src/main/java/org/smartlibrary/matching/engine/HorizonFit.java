package org.smartlibrary.matching.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How much of a need's horizon an offering covers. A long-term need is recurring: an open-ended offering covers
 * it fully, a time-boxed one (a 3-year grant, a 6-month loan) only in proportion to its remaining window, and an
 * offering meant for the short term at most half. Any offering fits a short-term need.
 */
final class HorizonFit {

    /** Years of availability that would count as covering a recurring need (before the cap below). */
    static final double LONG_TERM_REFERENCE_YEARS = 5;
    /** A time-boxed offering never fully covers a recurring need, and even a short one helps a little. */
    static final double MAX_TIME_BOXED_SHARE = 0.9;
    static final double MIN_TIME_BOXED_SHARE = 0.1;
    static final double SHORT_TERM_OFFERING_SHARE = 0.5;

    private HorizonFit() {
    }

    static CriterionScore assess(NeedInput need, OfferingInput offering, LocalDate today, double weight) {
        if (!Codes.LONG_TERM.equals(need.horizon())) {
            return score(1.0, weight, "short-term need: any availability fits", need);
        }
        boolean shortTermOffering = Codes.SHORT_TERM.equals(offering.horizon());
        double cap = shortTermOffering ? SHORT_TERM_OFFERING_SHARE : 1.0;
        String kind = describeHorizon(offering.horizon());
        if (offering.availableUntil() == null) {
            return score(cap, weight, "open-ended " + kind + " covers " + Figures.percent(cap)
                    + " of a long-term need", need);
        }
        LocalDate start = offering.availableFrom() == null || offering.availableFrom().isBefore(today)
                ? today : offering.availableFrom();
        long months = Math.max(0, ChronoUnit.MONTHS.between(start, offering.availableUntil().plusDays(1)));
        double years = months / 12.0;
        double windowShare = Math.max(MIN_TIME_BOXED_SHARE,
                Math.min(MAX_TIME_BOXED_SHARE, years / LONG_TERM_REFERENCE_YEARS));
        double share = Math.min(cap, windowShare);
        return score(share, weight, "time-boxed " + kind + " until " + offering.availableUntil() + " ("
                + Figures.years(years) + ") covers " + Figures.percent(share) + " of a long-term need", need);
    }

    private static String describeHorizon(String horizon) {
        if (horizon == null) {
            return "offering";
        }
        return switch (horizon) {
            case Codes.SHORT_TERM -> "short-term offering";
            case Codes.LONG_TERM -> "long-term offering";
            case Codes.ANY_HORIZON -> "any-horizon offering";
            default -> horizon + " offering";
        };
    }

    private static CriterionScore score(double share, double weight, String text, NeedInput need) {
        return new CriterionScore(Criterion.HORIZON_FIT, share, weight, text, need.id());
    }
}

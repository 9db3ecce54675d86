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

    /** The HORIZON_FIT value: the share of the need's horizon the offering covers. */
    static double share(NeedInput need, PartnerOffering candidate, LocalDate today) {
        if (!Codes.LONG_TERM.equals(need.horizon())) {
            return 1.0;
        }
        double cap = candidate.shortTerm() ? SHORT_TERM_OFFERING_SHARE : 1.0;
        if (candidate.openEnded()) {
            return cap;
        }
        return Math.min(cap, windowShare(yearsAvailable(candidate.offering(), today)));
    }

    /** {@link #share} with the text naming the figures it was computed from. */
    static CriterionScore assess(NeedInput need, PartnerOffering candidate, LocalDate today, double weight) {
        OfferingInput offering = candidate.offering();
        double share = share(need, candidate, today);
        if (!Codes.LONG_TERM.equals(need.horizon())) {
            return score(share, weight, "short-term need: any availability fits", need);
        }
        String kind = describeHorizon(offering.horizon());
        if (offering.availableUntil() == null) {
            return score(share, weight, "open-ended " + kind + " covers " + Figures.percent(share)
                    + " of a long-term need", need);
        }
        return score(share, weight, "time-boxed " + kind + " until " + offering.availableUntil() + " ("
                + Figures.years(yearsAvailable(offering, today)) + ") covers " + Figures.percent(share)
                + " of a long-term need", need);
    }

    /** Whole months from the later of today and the first available day to the end of the window, in years. */
    private static double yearsAvailable(OfferingInput offering, LocalDate today) {
        LocalDate start = offering.availableFrom() == null || offering.availableFrom().isBefore(today)
                ? today : offering.availableFrom();
        long months = Math.max(0, ChronoUnit.MONTHS.between(start, offering.availableUntil().plusDays(1)));
        return months / 12.0;
    }

    private static double windowShare(double years) {
        return Math.max(MIN_TIME_BOXED_SHARE, Math.min(MAX_TIME_BOXED_SHARE, years / LONG_TERM_REFERENCE_YEARS));
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

package org.smartlibrary.matching.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The share of the need's horizon the offering's window covers. A short-term need is served by anything that
 * starts within its lead (the availability gate): share 1. A long-term need is planned for
 * [match date, match date + horizon years]: the share is the part of that span the window covers, so a later start
 * and an earlier end both lower it. An offering meant for the short term covers at most half of a long-term need.
 * Recurring money is fully covered only by recurring money that does not end: a one-time amount runs out, and so
 * does a recurring offering with an end date for a long-term need, even one beyond the horizon.
 */
final class HorizonCriterion implements NeedCriterion {

    static final double SHORT_TERM_OFFERING_SHARE = 0.5;
    static final double TIME_LIMITED_FOR_RECURRING_SHARE = 0.9;

    @Override
    public Criterion criterion() {
        return Criterion.HORIZON_FIT;
    }

    @Override
    public double value(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        double limit = timeLimitedForRecurring(context.needed(needIndex), need, candidate)
                ? TIME_LIMITED_FOR_RECURRING_SHARE : 1.0;
        if (!need.longTerm()) {
            return limit;
        }
        long start = Math.max(context.todayDay(), candidate.availableFromDay());
        long end = Math.min(candidate.availableUntilDay(), context.horizonEndDay());
        double share = Math.max(0, end - start + 1) / (double) context.horizonDays();
        if (candidate.shortTerm()) {
            share = Math.min(share, SHORT_TERM_OFFERING_SHARE);
        }
        return Math.min(share, limit);
    }

    /** A long-term need whose horizon the window does not reach to its end. */
    static boolean endsEarly(MatchContext context, NeedInput need, PartnerOffering candidate) {
        return need.longTerm() && candidate.endsBefore(context.horizonEndDay());
    }

    /** Recurring money needed, and the offering runs out: a one-time amount, or an end date for a long-term need. */
    private static boolean timeLimitedForRecurring(Measure needed, NeedInput need, PartnerOffering candidate) {
        if (!needed.recurring() || !candidate.capacity().stated()) {
            return false;
        }
        return !candidate.capacity().recurring() || need.longTerm() && !candidate.openEnded();
    }

    @Override
    public String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                          double value) {
        OfferingInput offering = candidate.offering();
        String start = startText(context, offering);
        String runsOut = timeLimitedForRecurring(context.needed(needIndex), need, candidate)
                ? "; " + (candidate.capacity().recurring() ? "recurring money with an end date" : "a one-time amount")
                        + " for a recurring need runs out, counted as at most "
                        + Figures.percent(TIME_LIMITED_FOR_RECURRING_SHARE)
                : "";
        if (!need.longTerm()) {
            return "short-term need: " + (start.isEmpty() ? "available now" : start) + runsOut;
        }
        int years = context.settings().longTermHorizonYears();
        StringBuilder text = new StringBuilder();
        text.append(offering.availableUntil() == null ? "open-ended" : "until " + offering.availableUntil());
        if (!start.isEmpty()) {
            text.append(", ").append(start);
        }
        text.append(": covers ").append(Figures.percent(value)).append(" of the ").append(years)
                .append("-year horizon to ").append(context.horizonEnd());
        if (endsEarly(context, need, candidate)) {
            text.append("; ends ").append(offering.availableUntil()).append(", before the ").append(years)
                    .append("-year horizon");
        }
        if (candidate.shortTerm()) {
            text.append("; meant for the short term");
        }
        return text.append(runsOut).toString();
    }

    /** "starts 2027-07-01, 7 months after the match date", or empty when already available. */
    private static String startText(MatchContext context, OfferingInput offering) {
        LocalDate from = offering.availableFrom();
        if (from == null || !from.isAfter(context.today())) {
            return "";
        }
        long months = ChronoUnit.MONTHS.between(context.today(), from);
        String after = months >= 1 ? months + (months == 1 ? " month" : " months")
                : ChronoUnit.DAYS.between(context.today(), from) + " days";
        return "starts " + from + ", " + after + " after the match date";
    }
}

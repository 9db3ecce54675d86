package org.smartlibrary.matching.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The share of the need's gap (quantity or amount minus current capacity) the offering closes.
 *
 * <p>Money is compared in the need's terms and never across currencies: a recurring need (per month or per year)
 * against what the offering gives per year (a recurring offering converted MONTH ↔ YEAR, a one-time amount spread
 * over its window, or over the need's horizon when it has no end); a one-time need against a one-time amount, or
 * against what a recurring offering pays in one year. A capacity that is not stated counts as half and is flagged.
 * A consortium's texts call its need the pooled need.
 */
final class CapacityCriterion implements NeedCriterion {

    /** Share assumed when the offering states no capacity: it may well cover the need, ask the partner. */
    static final double NOT_STATED_SHARE = 0.5;
    /** A one-time amount is never spread over less than a month. */
    private static final double MIN_SPREAD_YEARS = 1.0 / 12;

    @Override
    public Criterion criterion() {
        return Criterion.CAPACITY;
    }

    @Override
    public double value(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        Measure needed = context.needed(needIndex);
        if (!needed.stated()) {
            return 1.0;
        }
        BigDecimal gap = context.gap(needIndex);
        if (gap.signum() == 0) {
            return 1.0;
        }
        Measure offered = candidate.capacity();
        if (!offered.stated()) {
            return NOT_STATED_SHARE;
        }
        return Math.min(1.0, offeredInNeedTerms(context, needed, need, candidate) / inNeedTerms(needed, gap));
    }

    /**
     * What a cover asks of the offering, in the offering's measure (per its period for recurring money): the need's
     * gap in the offering's terms, capped at the offering's capacity; 0 when either states no quantity or the gap is
     * closed already. E.g. 40 of an offering of 500 kits for a gap of 40 kits; 30000 of a one-time 100000 EUR spread
     * over three years for a need of 10000 EUR per year.
     */
    static BigDecimal asked(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        Measure needed = context.needed(needIndex);
        Measure offered = candidate.capacity();
        BigDecimal gap = context.gap(needIndex);
        if (!needed.stated() || !offered.stated() || gap == null || gap.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (!needed.recurring() && !offered.recurring()) {
            return plain(gap.min(offered.value()));
        }
        double offeredTerms = offeredInNeedTerms(context, needed, need, candidate);
        double gapTerms = inNeedTerms(needed, gap);
        if (offeredTerms <= gapTerms) {
            return plain(offered.value());
        }
        return plain(BigDecimal.valueOf(offered.value().doubleValue() * gapTerms / offeredTerms)
                .setScale(2, RoundingMode.HALF_UP));
    }

    /** Without trailing zeros, never in exponent form (40, not 4E+1). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Whether the offering states no capacity for a need that has a gap to close. */
    static boolean notStated(MatchContext context, int needIndex, PartnerOffering candidate) {
        BigDecimal gap = context.gap(needIndex);
        return gap != null && gap.signum() > 0 && !candidate.capacity().stated();
    }

    @Override
    public String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                          double value) {
        Measure needed = context.needed(needIndex);
        if (!needed.stated()) {
            return "the need states no quantity: any capacity fits";
        }
        BigDecimal gap = context.gap(needIndex);
        if (gap.signum() == 0) {
            return "current capacity " + needed.describe(need.currentCapacity()) + " already meets need "
                    + needed.describe();
        }
        String gapText = (context.pooled() ? "pooled " : "") + gapText(need, needed, gap);
        Measure offered = candidate.capacity();
        if (!offered.stated()) {
            return "capacity not stated for " + gapText + " → counted as partial " + Figures.percent(value);
        }
        String outcome = value >= 1 ? ": full cover" : " → partial " + Figures.percent(value);
        if (needed.recurring() && offered.recurring()) {
            String converted = offered.period() == needed.period() ? "" : " = " + Figures.money(
                    offered.value().doubleValue() * offered.period().perYear() / needed.period().perYear())
                    + " " + offered.unit() + " " + needed.period().label();
            return offered.describe() + converted + " for " + gapText + outcome;
        }
        if (needed.recurring()) {
            double years = spreadYears(context, need, candidate);
            return "one-time " + offered.describe() + " spread over " + Figures.years(years) + " = "
                    + Figures.money(offered.value().doubleValue() / years) + " " + offered.unit() + " per year for "
                    + gapText + outcome;
        }
        if (offered.recurring()) {
            return offered.describe() + " pays " + Figures.money(offered.value().doubleValue()
                    * offered.period().perYear()) + " " + offered.unit() + " in one year for one-time " + gapText
                    + outcome;
        }
        return "capacity " + Figures.number(offered.value()) + (value >= 1 ? " ≥ " : " of ") + gapText
                + (value >= 1 ? ": full cover" : " → partial " + Figures.percent(value));
    }

    /** The need's gap as the figure offerings are compared with: per year for recurring money. */
    private static double inNeedTerms(Measure needed, BigDecimal gap) {
        return needed.recurring() ? gap.doubleValue() * needed.period().perYear() : gap.doubleValue();
    }

    /** The offering's capacity in the terms of {@link #inNeedTerms}. */
    private static double offeredInNeedTerms(MatchContext context, Measure needed, NeedInput need,
                                             PartnerOffering candidate) {
        Measure offered = candidate.capacity();
        double value = offered.value().doubleValue();
        if (needed.recurring()) {
            return offered.recurring() ? value * offered.period().perYear()
                    : value / spreadYears(context, need, candidate);
        }
        return offered.recurring() ? value * offered.period().perYear() : value;
    }

    /** The years a one-time amount is spread over: its window from the match date, or the need's horizon. */
    static double spreadYears(MatchContext context, NeedInput need, PartnerOffering candidate) {
        if (candidate.openEnded()) {
            return need.longTerm() ? context.settings().longTermHorizonYears() : 1.0;
        }
        LocalDate start = LocalDate.ofEpochDay(Math.max(context.todayDay(), candidate.availableFromDay()));
        LocalDate end = LocalDate.ofEpochDay(candidate.availableUntilDay() + 1);
        // calendar years and months, so a three-year window is 3.0 years whatever its leap days
        long months = ChronoUnit.MONTHS.between(start, end);
        long days = ChronoUnit.DAYS.between(start.plusMonths(months), end);
        return Math.max(MIN_SPREAD_YEARS, months / 12.0 + days / 365.0);
    }

    private static String gapText(NeedInput need, Measure needed, BigDecimal gap) {
        if (need.currentCapacity() == null || need.currentCapacity().signum() == 0) {
            return "need " + needed.describe();
        }
        return "gap " + needed.describe(gap) + " (need " + Figures.number(needed.value()) + " − current "
                + Figures.number(need.currentCapacity()) + ")";
    }
}

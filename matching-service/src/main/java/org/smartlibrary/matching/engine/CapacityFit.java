package org.smartlibrary.matching.engine;

import java.math.BigDecimal;
import java.math.MathContext;

/** Capacity against the need's gap (quantity or amount minus current capacity): the share of the gap covered. */
final class CapacityFit {

    /** Share assumed when the offering states no capacity: it may well cover the need, ask the partner. */
    static final double NOT_STATED_SHARE = 0.5;

    /**
     * Share assumed when capacity is in another measure (a related type: volunteers for a staffing budget): it
     * helps, but must not make the need look half met.
     */
    static final double OTHER_MEASURE_SHARE = 0.2;

    private CapacityFit() {
    }

    /** The CAPACITY value: the share of the need's gap the offering closes (the explained path's figure). */
    static double share(NeedInput need, PartnerOffering candidate) {
        Measure needed = need.measure();
        if (!needed.stated()) {
            return 1.0;
        }
        BigDecimal gap = gapOf(need, needed);
        if (gap.signum() == 0) {
            return 1.0;
        }
        Measure offered = candidate.capacity();
        if (!offered.stated()) {
            return NOT_STATED_SHARE;
        }
        if (!needed.comparableWith(offered)) {
            return OTHER_MEASURE_SHARE;
        }
        if (offered.value().compareTo(gap) >= 0) {
            return 1.0;
        }
        return offered.value().divide(gap, MathContext.DECIMAL64).doubleValue();
    }

    /** {@link #share} with the text naming the figures it was computed from. */
    static CriterionScore assess(NeedInput need, PartnerOffering candidate, double weight) {
        double share = share(need, candidate);
        Measure needed = need.measure();
        Measure offered = candidate.capacity();
        if (!needed.stated()) {
            return score(share, weight, "the need states no quantity: any capacity fits", need);
        }
        BigDecimal gap = gapOf(need, needed);
        String gapText = gapText(need, needed, gap);
        if (gap.signum() == 0) {
            return score(share, weight, "current capacity " + needed.describe(need.currentCapacity())
                    + " already meets need " + needed.describe(), need);
        }
        if (!offered.stated()) {
            return score(share, weight, "capacity not stated for " + gapText
                    + " → counted as partial " + Figures.percent(share), need);
        }
        if (!needed.comparableWith(offered)) {
            return score(share, weight, "capacity " + offered.describe() + " not comparable with "
                    + gapText + " → counted as partial " + Figures.percent(share), need);
        }
        if (offered.value().compareTo(gap) >= 0) {
            return score(share, weight, "capacity " + Figures.number(offered.value()) + " ≥ " + gapText
                    + ": full cover", need);
        }
        return score(share, weight, "capacity " + Figures.number(offered.value()) + " of " + gapText
                + " → partial " + Figures.percent(share), need);
    }

    private static BigDecimal gapOf(NeedInput need, Measure needed) {
        BigDecimal gap = need.currentCapacity() == null ? needed.value() : needed.value().subtract(need.currentCapacity());
        return gap.signum() < 0 ? BigDecimal.ZERO : gap;
    }

    private static String gapText(NeedInput need, Measure needed, BigDecimal gap) {
        if (need.currentCapacity() == null || need.currentCapacity().signum() == 0) {
            return "need " + needed.describe();
        }
        return "gap " + needed.describe(gap) + " (need " + Figures.number(needed.value()) + " − current "
                + Figures.number(need.currentCapacity()) + ")";
    }

    private static CriterionScore score(double share, double weight, String text, NeedInput need) {
        return new CriterionScore(Criterion.CAPACITY, share, weight, text, need.id());
    }
}

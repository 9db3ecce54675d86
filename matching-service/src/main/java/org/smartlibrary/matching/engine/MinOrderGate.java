package org.smartlibrary.matching.engine;

import java.math.BigDecimal;

/**
 * A partner's minimum order (in the offering's measure) must not exceed what the library needs. Recurring money is
 * compared per year (the measure gate has made sure unit and currency agree). When the need states no quantity the
 * gate cannot tell and lets it pass; the cover is then flagged for review. A consortium's pooled need is compared
 * the same way: its gap is the pooled quantity (the sum of the members' gaps), so members too small alone can meet
 * the minimum together.
 */
final class MinOrderGate implements HardGate {

    @Override
    public ExclusionCode test(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        BigDecimal minOrder = candidate.offering().minOrder();
        if (minOrder == null) {
            return null;
        }
        BigDecimal gap = context.gap(needIndex);
        Measure needed = context.needed(needIndex);
        if (gap == null || !comparable(needed, candidate)) {
            return null;
        }
        return yearly(gap, needed.period()).compareTo(yearly(minOrder, offeredPeriod(candidate))) < 0
                ? ExclusionCode.BELOW_MIN_ORDER : null;
    }

    @Override
    public String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                          ExclusionCode failure) {
        Measure needed = need.measure();
        String minimum = "minimum order " + minimum(needed, candidate).describe();
        if (context.pooled()) {
            return minimum + "; the consortium pools " + pooled(context, needIndex, needed);
        }
        return minimum + "; the library needs " + needed.describe(need.gap());
    }

    /**
     * In a pooled match, how an admitted candidate's minimum order is met, e.g. "pooled 120 seats from 4 libraries
     * ≥ minimum order 100 seats"; null when the offering has no minimum, the gate could not compare, or the match
     * is one library's.
     */
    static String pooledPass(MatchContext context, int needIndex, PartnerOffering candidate) {
        Measure needed = context.needed(needIndex);
        if (!context.pooled() || candidate.offering().minOrder() == null || context.gap(needIndex) == null
                || !comparable(needed, candidate)) {
            return null;
        }
        return "pooled " + pooled(context, needIndex, needed) + " ≥ minimum order "
                + minimum(needed, candidate).describe();
    }

    /** e.g. "120 seats from 4 libraries". */
    private static String pooled(MatchContext context, int needIndex, Measure needed) {
        int libraries = context.librariesApplying(needIndex);
        return needed.describe(context.gap(needIndex)) + " from " + libraries
                + (libraries == 1 ? " library" : " libraries");
    }

    /** The minimum order in the offering's unit (the need's when the offering states none) and period. */
    private static Measure minimum(Measure needed, PartnerOffering candidate) {
        Measure offered = candidate.capacity();
        String unit = offered.stated() && offered.unit() != null ? offered.unit() : needed.unit();
        return new Measure(needed.kind(), candidate.offering().minOrder(), unit, offeredPeriod(candidate));
    }

    /** A minimum in another measure than the need's is the measure gate's business, not a size to compare. */
    private static boolean comparable(Measure needed, PartnerOffering candidate) {
        Measure offered = candidate.capacity();
        return !offered.stated() || needed.comparableWith(offered);
    }

    private static MoneyPeriod offeredPeriod(PartnerOffering candidate) {
        return MoneyPeriod.of(candidate.offering().period());
    }

    /** A recurring amount as its yearly sum; anything else as it is. */
    private static BigDecimal yearly(BigDecimal value, MoneyPeriod period) {
        return period.recurring() ? value.multiply(BigDecimal.valueOf(period.perYear())) : value;
    }
}

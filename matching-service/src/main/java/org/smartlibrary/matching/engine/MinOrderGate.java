package org.smartlibrary.matching.engine;

import java.math.BigDecimal;

/**
 * A partner's minimum order (in the offering's measure) must not exceed what the library needs. Recurring money is
 * compared per year (the measure gate has made sure unit and currency agree). When the need states no quantity the
 * gate cannot tell and lets it pass; the cover is then flagged for review. A consortium pool would compare its pooled gap the same way.
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
        Measure offered = candidate.capacity();
        String unit = offered.stated() && offered.unit() != null ? offered.unit() : needed.unit();
        Measure minimum = new Measure(needed.kind(), candidate.offering().minOrder(), unit, offeredPeriod(candidate));
        return "minimum order " + minimum.describe() + "; the library needs " + needed.describe(need.gap());
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

package org.smartlibrary.matching.engine;

/**
 * A capacity can only cover a need in a comparable measure: money for money in the same currency, a quantity in
 * the same unit. An offering with nothing left is no candidate. A capacity that is not stated passes (and is
 * flagged by the capacity criterion).
 */
final class MeasureGate implements HardGate {

    @Override
    public ExclusionCode test(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        Measure offered = candidate.capacity();
        if (noCapacityLeft(offered)) {
            return ExclusionCode.NO_CAPACITY_LEFT;
        }
        Measure needed = context.needed(needIndex);
        if (needed.stated() && offered.stated() && !needed.comparableWith(offered)) {
            return ExclusionCode.MEASURE_MISMATCH;
        }
        return null;
    }

    @Override
    public String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                          ExclusionCode failure) {
        Measure offered = candidate.capacity();
        Measure needed = need.measure();
        if (failure == ExclusionCode.NO_CAPACITY_LEFT) {
            return "no capacity left (" + offered.describe() + ")";
        }
        if (needed.kind() != offered.kind()) {
            return "offering is " + offered.kindLabel() + " (" + offered.describe() + ") but the need is "
                    + needed.kindLabel() + " (" + needed.describe() + ")";
        }
        String unitWord = needed.kind() == Measure.Kind.MONEY ? "currency " : "unit ";
        return unitWord + offered.unit() + " differs from the need's " + needed.unit();
    }

    private static boolean noCapacityLeft(Measure offered) {
        return offered.stated() && offered.value().signum() == 0;
    }
}

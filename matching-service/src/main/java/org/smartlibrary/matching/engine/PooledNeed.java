package org.smartlibrary.matching.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A need of a consortium: the members' needs of one type and one measure (unit; currency and period for money),
 * summed. {@code need} is what the engine matches: its id is the pool key, its quantity or amount the sum of the
 * contributions' gaps (no current capacity: the gaps already subtract it), its priority the highest of the members'
 * and its horizon short-term when any member needs it short-term. See {@link ConsortiumPool#of} for the rules.
 *
 * @param contributions by library id, then need id
 */
public record PooledNeed(NeedInput need, List<PoolContribution> contributions) {

    /** Shares are given to the hundredth of the need's unit or currency. */
    private static final int SHARE_SCALE = 2;

    public PooledNeed {
        Objects.requireNonNull(need, "need");
        contributions = List.copyOf(contributions);
    }

    /** How many different libraries contribute (the number that applies jointly). */
    public int libraries() {
        return (int) contributions.stream().map(PoolContribution::libraryId).distinct().count();
    }

    /**
     * What each contribution would receive when the plan covers this share (0..1) of the pooled need: its gap times
     * the share, to the hundredth (half up), without trailing zeros. A pooled need without a stated quantity has
     * contributions of gap 0, so their shares are 0 too.
     */
    List<MemberShare> shares(double covered) {
        BigDecimal share = BigDecimal.valueOf(Math.max(0, Math.min(1, covered)));
        return contributions.stream().map(contribution -> new MemberShare(need.id(), contribution.libraryId(),
                contribution.assessmentId(), contribution.needId(), contribution.gap(),
                plain(contribution.gap().multiply(share).setScale(SHARE_SCALE, RoundingMode.HALF_UP)))).toList();
    }

    /** Without trailing zeros, never in exponent form (30, not 3E+1). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

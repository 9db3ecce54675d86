package org.smartlibrary.matching.engine;

import java.math.BigDecimal;

/**
 * What one member library would receive of the plan's cover of a pooled need: its gap times the share of the pooled
 * need the coverage plan covers (pro rata, so every contributing library is served in the same proportion).
 *
 * @param pooledNeedId the pool key ({@link PooledNeed#need()}'s id)
 * @param gap          the contribution's gap ({@link PoolContribution#gap()}); 0 when the pooled need states no
 *                     quantity
 * @param share        in the pooled need's measure: gap x covered share (1 unless the plan leaves the pooled need
 *                     (partly) open, then {@link UnmetNeed#covered()}), to the hundredth, half up, without trailing
 *                     zeros; 0 when the plan leaves the pooled need open or it states no quantity
 */
public record MemberShare(String pooledNeedId, String libraryId, String assessmentId, String needId, BigDecimal gap,
                          BigDecimal share) {
}

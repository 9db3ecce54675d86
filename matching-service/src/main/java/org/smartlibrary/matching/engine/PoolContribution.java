package org.smartlibrary.matching.engine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One member library's part of a pooled need: the gap of one of its own needs (quantity or amount minus current
 * capacity, in the pooled need's measure; per period for recurring money). A need stating neither a quantity nor
 * an amount contributes a gap of 0 (its pooled need states no quantity either); a need whose gap is already closed
 * does not contribute at all.
 *
 * @param revision the revision of the member's assessment the need is from
 */
public record PoolContribution(String libraryId, String assessmentId, int revision, String needId, BigDecimal gap) {

    public PoolContribution {
        Objects.requireNonNull(libraryId, "libraryId");
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(gap, "gap");
    }
}

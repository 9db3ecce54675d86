package org.smartlibrary.matching.engine;

import java.util.List;

/**
 * A consortium's pooled match: the match of its pooled needs ({@code result}, whose need ids are the pool keys), the
 * pooled needs with their contributions, and the share of the plan's cover each member would receive.
 */
public record PooledMatchResult(String consortium, MatchResult result, List<PooledNeed> needs,
                                List<MemberShare> shares) {

    public PooledMatchResult {
        needs = List.copyOf(needs);
        shares = List.copyOf(shares);
    }
}

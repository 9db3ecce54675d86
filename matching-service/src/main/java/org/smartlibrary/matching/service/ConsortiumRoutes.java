package org.smartlibrary.matching.service;

import org.smartlibrary.matching.api.ConsortiumRecommendationContent;
import org.smartlibrary.matching.api.MatchFlag;
import org.smartlibrary.matching.api.RecommendationContent;
import org.smartlibrary.matching.api.RecommendationContent.ConsortiumRoute;
import org.smartlibrary.matching.api.RecommendationContent.RouteNeed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The partners a library reaches only through its consortium: the consortium's current pooled plan covers a pooled
 * need this assessment contributes to with a partner that does not cover that need in the library's own
 * recommendations (typically because the library alone is below a minimum order or cannot apply jointly). Each route
 * names what the library would receive there: its share of the plan's cover, split between the partners planned for
 * that pooled need in proportion to what the plan asks of each.
 */
final class ConsortiumRoutes {

    private ConsortiumRoutes() {
    }

    /**
     * @param consortium   the consortium as its set spells it
     * @param setVersion   the consortium set read
     * @param pooled       its content
     * @param assessmentId the assessment being matched (a member's current assessment, or no route results)
     * @param own          the library's own recommendations
     */
    static List<ConsortiumRoute> of(String consortium, int setVersion, ConsortiumRecommendationContent pooled,
                                    UUID assessmentId, RecommendationContent own) {
        Set<List<UUID>> ownCovers = new HashSet<>();
        own.recommendations().forEach(recommendation -> recommendation.coveredNeeds()
                .forEach(need -> ownCovers.add(List.of(recommendation.partnerId(), need.needId()))));
        Map<String, ConsortiumRecommendationContent.PooledNeed> pooledNeeds = pooled.pooledNeeds().stream()
                .collect(Collectors.toMap(ConsortiumRecommendationContent.PooledNeed::poolKey, Function.identity()));
        Map<String, BigDecimal> askedPerPoolKey = new LinkedHashMap<>();
        pooled.coveragePlan().partners().forEach(partner -> partner.asks()
                .forEach(ask -> askedPerPoolKey.merge(ask.poolKey(), ask.quantity(), BigDecimal::add)));

        Map<UUID, List<RouteNeed>> needsByPartner = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (ConsortiumRecommendationContent.MemberShare share : pooled.shares()) {
            if (!share.assessmentId().equals(assessmentId)) {
                continue;
            }
            for (ConsortiumRecommendationContent.PooledPlannedPartner partner : pooled.coveragePlan().partners()) {
                if (ownCovers.contains(List.of(partner.partnerId(), share.needId()))) {
                    continue;
                }
                for (ConsortiumRecommendationContent.PooledAsk ask : partner.asks()) {
                    if (!ask.poolKey().equals(share.poolKey())) {
                        continue;
                    }
                    names.put(partner.partnerId(), partner.partnerName());
                    needsByPartner.computeIfAbsent(partner.partnerId(), id -> new ArrayList<>())
                            .add(new RouteNeed(share.needId(), share.poolKey(), ask.offeringId(), share.gap(),
                                    partOf(share.share(), ask.quantity(), askedPerPoolKey.get(ask.poolKey()))));
                }
            }
        }
        List<ConsortiumRoute> routes = new ArrayList<>();
        needsByPartner.forEach((partnerId, needs) -> routes.add(new ConsortiumRoute(partnerId, names.get(partnerId),
                consortium, setVersion, List.of(MatchFlag.VIA_CONSORTIUM), needs,
                text(consortium, needs, pooledNeeds), link(consortium))));
        return routes;
    }

    /** Whether two lists name the same partners for the same needs with the same shares (versions and texts aside). */
    static boolean sameRoutes(List<ConsortiumRoute> some, List<ConsortiumRoute> others) {
        return substance(some).equals(substance(others));
    }

    private static Set<List<Object>> substance(List<ConsortiumRoute> routes) {
        Set<List<Object>> substance = new HashSet<>();
        routes.forEach(route -> route.needs().forEach(need -> substance.add(List.of(route.partnerId(), need.needId(),
                need.offeringId(), need.share().stripTrailingZeros()))));
        return substance;
    }

    /** The consortium's recommendations resource, its name as one path segment. */
    static String link(String consortium) {
        return "/api/v1/consortia/" + URLEncoder.encode(consortium, StandardCharsets.UTF_8).replace("+", "%20")
                + "/recommendations";
    }

    /** This partner's part of the library's share: in proportion to what the plan asks of it for the pooled need. */
    private static BigDecimal partOf(BigDecimal share, BigDecimal asked, BigDecimal askedOfAll) {
        if (askedOfAll == null || askedOfAll.signum() == 0 || asked.compareTo(askedOfAll) == 0) {
            return share;
        }
        return ConsortiumViews.plain(share.multiply(asked).divide(askedOfAll, RecommendationViews.DECIMALS,
                RoundingMode.HALF_UP));
    }

    /** e.g. "available through X: its pooled need of 44 kits from 2 libraries is planned with this partner; ...". */
    private static String text(String consortium, List<RouteNeed> needs,
                               Map<String, ConsortiumRecommendationContent.PooledNeed> pooledNeeds) {
        List<String> parts = new ArrayList<>();
        for (RouteNeed need : needs) {
            ConsortiumRecommendationContent.PooledNeed pooled = pooledNeeds.get(need.poolKey());
            String measure = pooled == null ? "" : measure(pooled);
            String total = pooled == null ? "" : " of " + amount(pooled) + measure;
            String libraries = pooled == null ? "" : " from " + pooled.libraries()
                    + (pooled.libraries() == 1 ? " library" : " libraries");
            parts.add("its pooled " + (pooled == null ? need.poolKey() : pooled.needType()) + " need" + total
                    + libraries + " is planned with this partner; this library's share is "
                    + ConsortiumViews.plain(need.share()).toPlainString() + measure);
        }
        return "available through " + consortium + ": " + String.join("; ", parts);
    }

    private static String amount(ConsortiumRecommendationContent.PooledNeed pooled) {
        BigDecimal value = pooled.quantity() != null ? pooled.quantity() : pooled.amount();
        return value == null ? "an unstated quantity" : value.toPlainString();
    }

    private static String measure(ConsortiumRecommendationContent.PooledNeed pooled) {
        if (pooled.unit() != null) {
            return " " + pooled.unit();
        }
        if (pooled.currency() == null) {
            return "";
        }
        String period = pooled.period() == null || "ONE_TIME".equals(pooled.period()) ? ""
                : " per " + pooled.period().toLowerCase();
        return " " + pooled.currency() + period;
    }
}

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
 * The partners a library reaches only through its consortium: the consortium's current pooled set recommends a
 * partner for a pooled need this assessment contributes to, and that partner does not cover the need in the library's
 * own recommendations (typically because the library alone is below a minimum order or cannot apply jointly). Each
 * route names what the library would receive there: its gap times the share of the pooled need that partner's
 * offering covers, and whether the consortium's coverage plan takes that partner for the pooled need.
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
        Set<List<Object>> planned = new HashSet<>();
        pooled.coveragePlan().partners().forEach(partner -> partner.poolKeys()
                .forEach(poolKey -> planned.add(List.of(partner.partnerId(), poolKey))));

        List<ConsortiumRoute> routes = new ArrayList<>();
        for (ConsortiumRecommendationContent.PooledRecommendation partner : pooled.recommendations()) {
            List<RouteNeed> needs = new ArrayList<>();
            for (ConsortiumRecommendationContent.PooledCover cover : partner.coveredNeeds()) {
                ConsortiumRecommendationContent.PooledNeed need = pooledNeeds.get(cover.poolKey());
                if (need == null) {
                    continue;
                }
                for (ConsortiumRecommendationContent.Contribution contribution : need.contributions()) {
                    if (contribution.assessmentId().equals(assessmentId)
                            && !ownCovers.contains(List.of(partner.partnerId(), contribution.needId()))) {
                        needs.add(new RouteNeed(contribution.needId(), cover.poolKey(), cover.offeringId(),
                                contribution.gap(), share(contribution.gap(), cover.coverage()),
                                planned.contains(List.of(partner.partnerId(), cover.poolKey()))));
                    }
                }
            }
            if (!needs.isEmpty()) {
                routes.add(new ConsortiumRoute(partner.partnerId(), partner.partnerName(), consortium, setVersion,
                        List.of(MatchFlag.VIA_CONSORTIUM), needs, text(consortium, needs, pooledNeeds),
                        link(consortium)));
            }
        }
        return routes;
    }

    /** Whether two lists name the same partners for the same needs with the same shares (versions and texts aside). */
    static boolean sameRoutes(List<ConsortiumRoute> some, List<ConsortiumRoute> others) {
        return substance(some).equals(substance(others));
    }

    private static Set<List<Object>> substance(List<ConsortiumRoute> routes) {
        Set<List<Object>> substance = new HashSet<>();
        routes.forEach(route -> route.needs().forEach(need -> substance.add(List.of(route.partnerId(), need.needId(),
                need.offeringId(), need.share().stripTrailingZeros(), need.planned()))));
        return substance;
    }

    /** The consortium's recommendations resource, its name as one path segment. */
    static String link(String consortium) {
        return "/api/v1/consortia/" + URLEncoder.encode(consortium, StandardCharsets.UTF_8).replace("+", "%20")
                + "/recommendations";
    }

    /** The library's gap times the share of the pooled need the partner's offering covers. */
    private static BigDecimal share(BigDecimal gap, double coverage) {
        return ConsortiumViews.plain(gap.multiply(BigDecimal.valueOf(coverage))
                .setScale(RecommendationViews.DECIMALS, RoundingMode.HALF_UP));
    }

    /**
     * e.g. "available through X: its pooled TECHNOLOGY.ROBOTICS need of 44 kits from 2 libraries meets this partner's
     * terms (in the consortium's plan); this library's share would be 34 kits".
     */
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
                    + libraries + " meets this partner's terms" + (need.planned() ? " (in the consortium's plan)" : "")
                    + "; this library's share would be " + ConsortiumViews.plain(need.share()).toPlainString()
                    + measure);
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

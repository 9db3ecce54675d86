package org.smartlibrary.matching.service;

import org.smartlibrary.matching.api.MatchFlag;
import org.smartlibrary.matching.api.RecommendationContent;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a recommendation set says, without its figures and words: which partners in which ranks, what each covers
 * with which offering (partly or wholly, and how much of the need's quantity in whole percent), the flags, the
 * coverage plan and the unmet needs. Two matches of the same
 * revision with equal substance are the same recommendations, even on another day, with drifted scores or
 * reworded texts, so a re-match stores a new set version only when this changes.
 *
 * <p>Left out on purpose: scores, time shares and weight figures (they drift as the match date moves), texts and
 * names, the match date, partners_matched, the alternatives and the excluded candidates. The capacity share is kept
 * (rounded to whole percent): it changes when an offering's capacity does, not with the day.
 */
public record RecommendationSubstance(List<Partner> partners, List<PlannedPartner> plan, List<Unmet> unmet,
                                      List<Route> viaConsortium) {

    private static final String CAPACITY = "CAPACITY";

    /** A ranked partner: its rank, its flags and its covers in need order. */
    public record Partner(UUID partnerId, int rank, Set<MatchFlag> flags, List<Cover> covers) {
    }

    /** Which offering covers which need, partly or wholly, how much of its quantity, with which flags. */
    public record Cover(UUID needId, UUID offeringId, boolean partial, long capacityPercent, Set<MatchFlag> flags) {
    }

    /** A partner of the coverage plan, in the order chosen, with the needs it contributes to. */
    public record PlannedPartner(UUID partnerId, List<UUID> needIds) {
    }

    /** A partner reached through the consortium, for which of the library's needs (not the shares: they drift). */
    public record Route(UUID partnerId, List<UUID> needIds) {
    }

    /** A need the plan leaves (partly) open, and why. */
    public record Unmet(UUID needId, String reason) {
    }

    public static RecommendationSubstance of(RecommendationContent content) {
        List<Partner> partners = content.recommendations().stream()
                .map(recommendation -> new Partner(recommendation.partnerId(), recommendation.rank(),
                        flags(recommendation.flags()),
                        recommendation.coveredNeeds().stream()
                                .map(need -> new Cover(need.needId(), need.offeringId(), need.partial(),
                                        capacityPercent(recommendation, need.needId()), flags(need.flags())))
                                .toList()))
                .toList();
        RecommendationContent.CoveragePlan coveragePlan = content.coveragePlan();
        List<PlannedPartner> plan = coveragePlan == null ? List.of() : coveragePlan.partners().stream()
                .map(planned -> new PlannedPartner(planned.partnerId(), planned.needIds()))
                .toList();
        List<Unmet> unmet = content.unmetNeeds().stream()
                .map(need -> new Unmet(need.needId(), need.reason()))
                .toList();
        List<Route> routes = content.viaConsortium().stream()
                .map(route -> new Route(route.partnerId(),
                        route.needs().stream().map(RecommendationContent.RouteNeed::needId).toList()))
                .toList();
        return new RecommendationSubstance(partners, plan, unmet, routes);
    }

    /** The CAPACITY criterion of this need in the partner's explanation, in whole percent; -1 when absent. */
    private static long capacityPercent(RecommendationContent.Recommendation recommendation, UUID needId) {
        return recommendation.explanation().stream()
                .filter(item -> CAPACITY.equals(item.criterion()) && needId.equals(item.needId()))
                .mapToLong(item -> Math.round(item.value() * 100))
                .findFirst().orElse(-1);
    }

    /** Flags compare as a set: their order says nothing. */
    private static Set<MatchFlag> flags(List<MatchFlag> flags) {
        return flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }
}

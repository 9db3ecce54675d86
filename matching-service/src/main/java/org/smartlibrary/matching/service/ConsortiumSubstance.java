package org.smartlibrary.matching.service;

import org.smartlibrary.matching.api.ConsortiumRecommendationContent;
import org.smartlibrary.matching.api.MatchFlag;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a consortium recommendation set says, without its figures and words, as {@link RecommendationSubstance} is for
 * a library's set: the member assessments pooled (library, assessment, revision), the pooled needs (pool key, total,
 * libraries), the partners in their ranks with what each covers (pool key, offering, partial or whole, capacity share
 * in whole percent) and their flags, the coverage plan and the unmet pooled needs with their reasons. A re-match
 * stores a new consortium set version only when this changes, so a member's new revision always does.
 *
 * <p>Left out on purpose: scores, time shares and weights (they drift as the match date moves), the members' shares
 * (they follow the totals and the plan's cover, which drifts with the time share), texts, names, the match date and
 * partners_matched.
 */
public record ConsortiumSubstance(List<Member> members, List<Need> needs, List<Partner> partners,
                                  List<PlannedPartner> plan, List<Unmet> unmet) {

    private static final String CAPACITY = "CAPACITY";

    /** A member library and the assessment revision it pools. */
    public record Member(UUID libraryId, UUID assessmentId, int revision) {
    }

    /** A pooled need: its total (quantity or amount, without trailing zeros) and how many libraries pool it. */
    public record Need(String poolKey, BigDecimal total, int libraries) {
    }

    /** A ranked partner: its rank, its flags and its covers. */
    public record Partner(UUID partnerId, int rank, Set<MatchFlag> flags, List<Cover> covers) {
    }

    /** Which offering covers which pooled need, partly or wholly, how much of it, with which flags. */
    public record Cover(String poolKey, UUID offeringId, boolean partial, long capacityPercent, Set<MatchFlag> flags) {
    }

    /** A partner of the coverage plan, in the order chosen, with the pooled needs it contributes to. */
    public record PlannedPartner(UUID partnerId, List<String> poolKeys) {
    }

    /** A pooled need the plan leaves (partly) open, and why. */
    public record Unmet(String poolKey, String reason) {
    }

    public static ConsortiumSubstance of(ConsortiumRecommendationContent content) {
        List<Member> members = content.members().stream()
                .map(member -> new Member(member.libraryId(), member.assessmentId(), member.revision()))
                .toList();
        List<Need> needs = content.pooledNeeds().stream()
                .map(need -> new Need(need.poolKey(), total(need), need.libraries()))
                .toList();
        List<Partner> partners = content.recommendations().stream()
                .map(recommendation -> new Partner(recommendation.partnerId(), recommendation.rank(),
                        flags(recommendation.flags()),
                        recommendation.coveredNeeds().stream()
                                .map(cover -> new Cover(cover.poolKey(), cover.offeringId(), cover.partial(),
                                        capacityPercent(recommendation, cover.poolKey()), flags(cover.flags())))
                                .toList()))
                .toList();
        ConsortiumRecommendationContent.PooledCoveragePlan coveragePlan = content.coveragePlan();
        List<PlannedPartner> plan = coveragePlan == null ? List.of() : coveragePlan.partners().stream()
                .map(planned -> new PlannedPartner(planned.partnerId(), planned.poolKeys()))
                .toList();
        List<Unmet> unmet = content.unmetNeeds().stream()
                .map(need -> new Unmet(need.poolKey(), need.reason()))
                .toList();
        return new ConsortiumSubstance(members, needs, partners, plan, unmet);
    }

    /** The pooled quantity, or the amount for money, without trailing zeros (so 120 and 120.0 are equal). */
    static BigDecimal total(ConsortiumRecommendationContent.PooledNeed need) {
        return ConsortiumViews.plain(need.quantity() != null ? need.quantity() : need.amount());
    }

    private static long capacityPercent(ConsortiumRecommendationContent.PooledRecommendation recommendation,
                                        String poolKey) {
        return recommendation.explanation().stream()
                .filter(item -> CAPACITY.equals(item.criterion()) && poolKey.equals(item.poolKey()))
                .mapToLong(item -> Math.round(item.value() * 100))
                .findFirst().orElse(-1);
    }

    private static Set<MatchFlag> flags(List<MatchFlag> flags) {
        return flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }
}

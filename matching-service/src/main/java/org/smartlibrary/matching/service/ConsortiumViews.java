package org.smartlibrary.matching.service;

import org.smartlibrary.matching.api.ConsortiumRecommendationContent;
import org.smartlibrary.matching.api.MatchFlag;
import org.smartlibrary.matching.engine.CriterionScore;
import org.smartlibrary.matching.engine.Flag;
import org.smartlibrary.matching.engine.MatchResult;
import org.smartlibrary.matching.engine.MemberShare;
import org.smartlibrary.matching.engine.NeedCoverage;
import org.smartlibrary.matching.engine.NeedInput;
import org.smartlibrary.matching.engine.PartnerRecommendation;
import org.smartlibrary.matching.engine.PlannedPartner;
import org.smartlibrary.matching.engine.PoolContribution;
import org.smartlibrary.matching.engine.PooledMatchResult;
import org.smartlibrary.matching.engine.PooledNeed;
import org.smartlibrary.matching.engine.UnmetNeed;
import org.smartlibrary.matching.model.Assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Maps the engine's pooled result to the stored, served and published consortium documents: scores, ratios and
 * weights rounded as in a library's recommendations ({@link RecommendationViews#rounded}), shares to
 * {@value RecommendationViews#DECIMALS} decimals, quantities and amounts without trailing zeros.
 */
public final class ConsortiumViews {

    private ConsortiumViews() {
    }

    /** @param members the member assessments pooled, by library id */
    public static ConsortiumRecommendationContent content(PooledMatchResult pooled, Map<UUID, Assessment> members) {
        MatchResult result = pooled.result();
        var plan = result.coveragePlan();
        return new ConsortiumRecommendationContent(result.partnersMatched(), result.evaluatedOn(),
                members(members),
                pooled.needs().stream().map(need -> pooledNeed(need, members)).toList(),
                result.recommendations().stream().map(ConsortiumViews::recommendation).toList(),
                new ConsortiumRecommendationContent.PooledCoveragePlan(
                        plan.partners().stream().map(ConsortiumViews::planned).toList(),
                        plan.partnerIds().stream().map(UUID::fromString).toList(),
                        RecommendationViews.rounded(plan.coveredWeight()), RecommendationViews.rounded(plan.totalWeight()),
                        RecommendationViews.rounded(plan.coveredShare())),
                result.unmetNeeds().stream().map(ConsortiumViews::unmet).toList(),
                pooled.shares().stream().map(share -> share(share, members)).toList());
    }

    /** The content of a consortium no library belongs to any more: no members, nothing pooled, nothing ranked. */
    public static ConsortiumRecommendationContent withoutMembers() {
        return new ConsortiumRecommendationContent(0, null, List.of(), List.of(), List.of(),
                new ConsortiumRecommendationContent.PooledCoveragePlan(List.of(), List.of(), 0, 0, 0), List.of(),
                List.of());
    }

    /** Without trailing zeros and in plain notation (120.0 → 120, never 1.2E+2). */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static List<ConsortiumRecommendationContent.Member> members(Map<UUID, Assessment> members) {
        return members.values().stream()
                .sorted(Comparator.comparing((Assessment assessment) -> assessment.libraryId))
                .map(assessment -> new ConsortiumRecommendationContent.Member(assessment.libraryId,
                        assessment.libraryName, assessment.assessmentId, assessment.revision))
                .toList();
    }

    private static ConsortiumRecommendationContent.PooledNeed pooledNeed(PooledNeed pooled,
                                                                         Map<UUID, Assessment> members) {
        NeedInput need = pooled.need();
        return new ConsortiumRecommendationContent.PooledNeed(need.id(), need.type(), plain(need.quantity()),
                need.unit(), plain(need.amount()), need.currency(), need.period(), need.horizon(), need.priority(),
                pooled.libraries(),
                pooled.contributions().stream().map(contribution -> contribution(contribution, members)).toList());
    }

    private static ConsortiumRecommendationContent.Contribution contribution(PoolContribution contribution,
                                                                             Map<UUID, Assessment> members) {
        UUID libraryId = UUID.fromString(contribution.libraryId());
        return new ConsortiumRecommendationContent.Contribution(libraryId, libraryName(members, libraryId),
                UUID.fromString(contribution.assessmentId()), UUID.fromString(contribution.needId()),
                plain(contribution.gap()));
    }

    private static ConsortiumRecommendationContent.PooledRecommendation recommendation(PartnerRecommendation partner) {
        return new ConsortiumRecommendationContent.PooledRecommendation(partner.rank(),
                UUID.fromString(partner.partnerId()), partner.partnerName(), partner.partnerType(),
                partner.verification(), RecommendationViews.rounded(partner.score()),
                RecommendationViews.rounded(partner.coverage()), RecommendationViews.rounded(partner.matchQuality()),
                flags(partner.flags()), partner.coveredNeeds().stream().map(ConsortiumViews::cover).toList(),
                partner.explanation().items().stream().map(ConsortiumViews::item).toList());
    }

    private static ConsortiumRecommendationContent.PooledCover cover(NeedCoverage coverage) {
        return new ConsortiumRecommendationContent.PooledCover(coverage.needId(), coverage.needType(),
                coverage.priority(), UUID.fromString(coverage.offeringId()), coverage.offeringType(),
                RecommendationViews.rounded(coverage.coverage()), coverage.partial(),
                RecommendationViews.rounded(coverage.matchScore()), flags(coverage.flags()));
    }

    private static ConsortiumRecommendationContent.PooledExplanationItem item(CriterionScore score) {
        return new ConsortiumRecommendationContent.PooledExplanationItem(score.criterion().name(),
                RecommendationViews.rounded(score.value()), RecommendationViews.rounded(score.weight()), score.text(),
                score.needId());
    }

    private static ConsortiumRecommendationContent.PooledPlannedPartner planned(PlannedPartner partner) {
        return new ConsortiumRecommendationContent.PooledPlannedPartner(UUID.fromString(partner.partnerId()),
                partner.partnerName(), RecommendationViews.rounded(partner.addedWeight()), partner.needIds(),
                partner.asks().stream().map(ask -> new ConsortiumRecommendationContent.PooledAsk(ask.needId(),
                        UUID.fromString(ask.offeringId()), RecommendationViews.quantity(ask.quantity()))).toList(),
                RecommendationViews.balanced(partner.balancedInsteadOf()));
    }

    private static ConsortiumRecommendationContent.PooledUnmetNeed unmet(UnmetNeed need) {
        return new ConsortiumRecommendationContent.PooledUnmetNeed(need.needId(), need.needType(), need.priority(),
                need.reason().name(), RecommendationViews.rounded(need.covered()), need.detail());
    }

    private static ConsortiumRecommendationContent.MemberShare share(MemberShare share, Map<UUID, Assessment> members) {
        UUID libraryId = UUID.fromString(share.libraryId());
        return new ConsortiumRecommendationContent.MemberShare(share.pooledNeedId(), libraryId,
                libraryName(members, libraryId), UUID.fromString(share.assessmentId()),
                UUID.fromString(share.needId()), plain(share.gap()),
                plain(share.share().setScale(RecommendationViews.DECIMALS, RoundingMode.HALF_UP)));
    }

    private static String libraryName(Map<UUID, Assessment> members, UUID libraryId) {
        Assessment member = members.get(libraryId);
        return member == null ? null : member.libraryName;
    }

    private static List<MatchFlag> flags(List<Flag> flags) {
        return flags.stream().map(RecommendationViews::flag).toList();
    }
}

package org.smartlibrary.matching.service;

import org.smartlibrary.matching.api.ExclusionReasonCode;
import org.smartlibrary.matching.api.MatchFlag;
import org.smartlibrary.matching.api.RecommendationContent;
import org.smartlibrary.matching.engine.Alternative;
import org.smartlibrary.matching.engine.BalancedChoice;
import org.smartlibrary.matching.engine.CriterionScore;
import org.smartlibrary.matching.engine.ExcludedCandidate;
import org.smartlibrary.matching.engine.ExclusionCode;
import org.smartlibrary.matching.engine.Flag;
import org.smartlibrary.matching.engine.MatchResult;
import org.smartlibrary.matching.engine.NeedCoverage;
import org.smartlibrary.matching.engine.PartnerRecommendation;
import org.smartlibrary.matching.engine.PlannedPartner;
import org.smartlibrary.matching.engine.UnmetNeed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/**
 * Maps the engine's result to the stored, served and published documents. Every score, ratio and weight is rounded
 * to {@value #DECIMALS} decimals here: the engine ranks on the full values, readers get figures that do not drift
 * in the last digits.
 */
public final class RecommendationViews {

    /** Decimals of every score, ratio and weight in the API and the recommendations-ready event. */
    public static final int DECIMALS = 4;

    private RecommendationViews() {
    }

    /** The partners the engine kept (the coverage plan and unmet needs considered all of them). */
    public static RecommendationContent content(MatchResult result) {
        List<RecommendationContent.Recommendation> recommendations = result.recommendations().stream()
                .map(RecommendationViews::recommendation).toList();
        var plan = result.coveragePlan();
        RecommendationContent.CoveragePlan coveragePlan = new RecommendationContent.CoveragePlan(
                plan.partners().stream().map(RecommendationViews::planned).toList(),
                plan.partnerIds().stream().map(UUID::fromString).toList(),
                rounded(plan.coveredWeight()), rounded(plan.totalWeight()), rounded(plan.coveredShare()));
        List<RecommendationContent.UnmetNeed> unmet = result.unmetNeeds().stream().map(RecommendationViews::unmet).toList();
        List<RecommendationContent.Alternative> alternatives = result.alternatives().stream()
                .map(RecommendationViews::alternative).toList();
        return new RecommendationContent(result.partnersMatched(), result.evaluatedOn(), recommendations, coveragePlan,
                unmet, alternatives, List.of());
    }

    public static List<RecommendationContent.ExcludedCandidate> excluded(MatchResult result) {
        return result.excludedCandidates().stream().map(RecommendationViews::excluded).toList();
    }

    /** {@value #DECIMALS} decimals, half up (0.12345 → 0.1235). */
    public static double rounded(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }

    private static RecommendationContent.Recommendation recommendation(PartnerRecommendation partner) {
        return new RecommendationContent.Recommendation(partner.rank(), UUID.fromString(partner.partnerId()),
                partner.partnerName(), partner.partnerType(), partner.verification(), rounded(partner.score()),
                rounded(partner.coverage()), rounded(partner.matchQuality()), flags(partner.flags()),
                partner.coveredNeeds().stream().map(RecommendationViews::covered).toList(),
                partner.explanation().items().stream().map(RecommendationViews::item).toList());
    }

    private static RecommendationContent.CoveredNeed covered(NeedCoverage coverage) {
        return new RecommendationContent.CoveredNeed(UUID.fromString(coverage.needId()), coverage.needType(),
                coverage.priority(), UUID.fromString(coverage.offeringId()), coverage.offeringType(),
                rounded(coverage.coverage()), coverage.partial(), rounded(coverage.matchScore()),
                flags(coverage.flags()));
    }

    /** The served flag of an engine flag: the same code. */
    public static MatchFlag flag(Flag flag) {
        return MatchFlag.valueOf(flag.name());
    }

    /** The served exclusion reason of an engine exclusion code: the same code. */
    public static ExclusionReasonCode code(ExclusionCode code) {
        return ExclusionReasonCode.valueOf(code.name());
    }

    private static List<MatchFlag> flags(List<Flag> flags) {
        return flags.stream().map(RecommendationViews::flag).toList();
    }

    private static RecommendationContent.ExplanationItem item(CriterionScore score) {
        return new RecommendationContent.ExplanationItem(score.criterion().name(), rounded(score.value()),
                rounded(score.weight()), score.text(), score.needId() == null ? null : UUID.fromString(score.needId()));
    }

    private static RecommendationContent.PlannedPartner planned(PlannedPartner partner) {
        return new RecommendationContent.PlannedPartner(UUID.fromString(partner.partnerId()), partner.partnerName(),
                rounded(partner.addedWeight()), partner.needIds().stream().map(UUID::fromString).toList(),
                partner.asks().stream().map(ask -> new RecommendationContent.OfferingAsk(UUID.fromString(ask.needId()),
                        UUID.fromString(ask.offeringId()), quantity(ask.quantity()))).toList(),
                balanced(partner.balancedInsteadOf()));
    }

    /** Why the plan balanced, with the served figures; null when it did not. */
    static RecommendationContent.BalancedChoice balanced(BalancedChoice choice) {
        if (choice == null) {
            return null;
        }
        return new RecommendationContent.BalancedChoice(UUID.fromString(choice.insteadOfPartnerId()),
                choice.insteadOfPartnerName(), rounded(choice.insteadOfScore()), rounded(choice.score()),
                rounded(choice.insteadOfContention()), rounded(choice.contention()), choice.text());
    }

    /** A quantity or amount to {@value #DECIMALS} decimals, without trailing zeros, in plain notation. */
    static BigDecimal quantity(BigDecimal value) {
        return ConsortiumViews.plain(value.setScale(DECIMALS, RoundingMode.HALF_UP));
    }

    private static RecommendationContent.UnmetNeed unmet(UnmetNeed need) {
        return new RecommendationContent.UnmetNeed(UUID.fromString(need.needId()), need.needType(), need.priority(),
                need.reason().name(), rounded(need.covered()), need.detail());
    }

    private static RecommendationContent.Alternative alternative(Alternative alternative) {
        return new RecommendationContent.Alternative(UUID.fromString(alternative.needId()),
                UUID.fromString(alternative.partnerId()), alternative.partnerName(),
                UUID.fromString(alternative.offeringId()), alternative.offeringType(), alternative.text());
    }

    private static RecommendationContent.ExcludedCandidate excluded(ExcludedCandidate candidate) {
        return new RecommendationContent.ExcludedCandidate(UUID.fromString(candidate.needId()),
                UUID.fromString(candidate.partnerId()), candidate.partnerName(),
                UUID.fromString(candidate.offeringId()), candidate.offeringType(),
                candidate.reasons().stream()
                        .map(reason -> new RecommendationContent.Exclusion(reason.gate().name(),
                                code(reason.code()), reason.text()))
                        .toList());
    }
}

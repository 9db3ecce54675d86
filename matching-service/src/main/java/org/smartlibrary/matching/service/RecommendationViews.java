package org.smartlibrary.matching.service;

import org.smartlibrary.matching.engine.CriterionScore;
import org.smartlibrary.matching.engine.ExcludedCandidate;
import org.smartlibrary.matching.engine.MatchResult;
import org.smartlibrary.matching.engine.NeedCoverage;
import org.smartlibrary.matching.engine.PartnerRecommendation;
import org.smartlibrary.matching.engine.PlannedPartner;
import org.smartlibrary.matching.engine.UnmetNeed;
import org.smartlibrary.matching.model.RecommendationContent;

import java.util.List;
import java.util.UUID;

/** Maps the engine's result to the stored and served documents. */
public final class RecommendationViews {

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
                plan.coveredWeight(), plan.totalWeight(), plan.coveredShare());
        List<RecommendationContent.UnmetNeed> unmet = result.unmetNeeds().stream().map(RecommendationViews::unmet).toList();
        return new RecommendationContent(result.partnersMatched(), recommendations, coveragePlan, unmet);
    }

    public static List<RecommendationContent.ExcludedCandidate> excluded(MatchResult result) {
        return result.excludedCandidates().stream().map(RecommendationViews::excluded).toList();
    }

    private static RecommendationContent.Recommendation recommendation(PartnerRecommendation partner) {
        return new RecommendationContent.Recommendation(partner.rank(), UUID.fromString(partner.partnerId()),
                partner.partnerName(), partner.partnerType(), partner.verification(), partner.score(),
                partner.coverage(), partner.matchQuality(),
                partner.coveredNeeds().stream().map(RecommendationViews::covered).toList(),
                partner.explanation().items().stream().map(RecommendationViews::item).toList());
    }

    private static RecommendationContent.CoveredNeed covered(NeedCoverage coverage) {
        return new RecommendationContent.CoveredNeed(UUID.fromString(coverage.needId()), coverage.needType(),
                coverage.priority(), UUID.fromString(coverage.offeringId()), coverage.offeringType(),
                coverage.typeMatch().name(), coverage.coverage(), coverage.partial(), coverage.matchScore(),
                coverage.notes().stream()
                        .map(note -> new RecommendationContent.Note(note.kind().name(), note.text())).toList());
    }

    private static RecommendationContent.ExplanationItem item(CriterionScore score) {
        return new RecommendationContent.ExplanationItem(score.criterion().name(), score.value(), score.weight(),
                score.text(), score.needId() == null ? null : UUID.fromString(score.needId()));
    }

    private static RecommendationContent.PlannedPartner planned(PlannedPartner partner) {
        return new RecommendationContent.PlannedPartner(UUID.fromString(partner.partnerId()), partner.partnerName(),
                partner.addedWeight(), partner.needIds().stream().map(UUID::fromString).toList());
    }

    private static RecommendationContent.UnmetNeed unmet(UnmetNeed need) {
        return new RecommendationContent.UnmetNeed(UUID.fromString(need.needId()), need.needType(), need.priority(),
                need.reason().name(), need.covered(), need.detail());
    }

    private static RecommendationContent.ExcludedCandidate excluded(ExcludedCandidate candidate) {
        return new RecommendationContent.ExcludedCandidate(UUID.fromString(candidate.needId()),
                UUID.fromString(candidate.partnerId()), candidate.partnerName(),
                UUID.fromString(candidate.offeringId()), candidate.offeringType(),
                candidate.reasons().stream()
                        .map(reason -> new RecommendationContent.Exclusion(reason.gate().name(), reason.text()))
                        .toList());
    }
}

package org.smartlibrary.matching.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** What one match produced, as stored and served: ranked partners, coverage plan and unmet needs. */
public record RecommendationContent(
        @Schema(description = "how many partners passed the gates; recommendations lists the best of them",
                example = "3") int partnersMatched,
        List<Recommendation> recommendations, CoveragePlan coveragePlan, List<UnmetNeed> unmetNeeds) {

    @Schema(name = "Recommendation", description = "One ranked partner with the needs it covers and why")
    public record Recommendation(
            @Schema(example = "1") int rank,
            @Schema(example = "079a965b-e9f8-44c4-9f9f-90e7475621ac") UUID partnerId,
            @Schema(example = "Brightbyte Robotics B.V.") String partnerName,
            @Schema(example = "IT_COMPANY") String partnerType,
            @Schema(example = "VERIFIED") String verification,
            @Schema(description = "0..1: coverage and match quality combined", example = "0.62") double score,
            @Schema(description = "priority-weighted share of all needs this partner covers, 0..1", example = "0.41")
            double coverage,
            @Schema(description = "coverage-weighted mean match score of the covered needs, 0..1", example = "0.83")
            double matchQuality,
            List<CoveredNeed> coveredNeeds,
            @Schema(description = "per covered need: type fit, capacity, horizon, priority, conditions (with need_id); "
                    + "then geography, reciprocity, freshness once for the partner")
            List<ExplanationItem> explanation) {
    }

    @Schema(name = "CoveredNeed", description = "The partner's best offering for one need")
    public record CoveredNeed(
            @Schema(example = "53faa3c4-3ea9-4123-8d95-5eaf07cedcf1") UUID needId,
            @Schema(example = "TECHNOLOGY.ROBOTICS") String needType,
            @Schema(example = "5") int priority,
            @Schema(example = "65984e65-6b3a-41df-8e24-d109577afdc5") UUID offeringId,
            @Schema(example = "TECHNOLOGY.ROBOTICS") String offeringType,
            @Schema(description = "EXACT or RELATED", example = "EXACT") String typeMatch,
            @Schema(description = "share of the need's gap closed, 0..1", example = "0.54") double coverage,
            @Schema(description = "less than the whole gap, or only a related type", example = "true") boolean partial,
            @Schema(example = "0.81") double matchScore,
            List<Note> notes) {
    }

    @Schema(name = "MatchNote", description = "What the gates allowed but flagged")
    public record Note(@Schema(example = "STARTS_LATER") String kind,
                       @Schema(example = "available from 2025-04-01, in 18 days") String text) {
    }

    @Schema(name = "ExplanationItem", description = "One criterion of a structured explanation")
    public record ExplanationItem(
            @Schema(example = "CAPACITY") String criterion,
            @Schema(description = "0..1, higher is better", example = "0.54") double value,
            @Schema(example = "0.2") double weight,
            @Schema(example = "capacity 150 of gap 280 kits (need 300 − current 20) → partial 54%") String text,
            @Schema(nullable = true, description = "the need this item is about; null for partner-level criteria",
                    example = "53faa3c4-3ea9-4123-8d95-5eaf07cedcf1") UUID needId) {
    }

    @Schema(name = "CoveragePlan", description = "A small set of partners that together cover the most priority-weighted need")
    public record CoveragePlan(List<PlannedPartner> partners, List<UUID> partnerIds,
                               @Schema(example = "11.2") double coveredWeight,
                               @Schema(example = "18") double totalWeight,
                               @Schema(example = "0.62") double coveredShare) {
    }

    @Schema(name = "PlannedPartner")
    public record PlannedPartner(@Schema(example = "079a965b-e9f8-44c4-9f9f-90e7475621ac") UUID partnerId,
                                 @Schema(example = "Brightbyte Robotics B.V.") String partnerName,
                                 @Schema(description = "priority weight added on top of the partners before it",
                                         example = "4.2") double addedWeight,
                                 List<UUID> needIds) {
    }

    @Schema(name = "UnmetNeed", description = "A need the coverage plan leaves (partly) open")
    public record UnmetNeed(@Schema(example = "b74add46-8835-4923-9e16-8e912e8e30db") UUID needId,
                            @Schema(example = "HUMAN.DESIGN_EXPERTISE") String needType,
                            @Schema(example = "2") int priority,
                            @Schema(example = "NO_CANDIDATE") String reason,
                            @Schema(description = "share the plan covers, 0..1", example = "0") double covered,
                            @Schema(example = "no active offering of HUMAN.DESIGN_EXPERTISE or a related type") String detail) {
    }

    @Schema(name = "ExcludedCandidate", description = "A (need, offering) candidate the hard gates excluded")
    public record ExcludedCandidate(@Schema(example = "53faa3c4-3ea9-4123-8d95-5eaf07cedcf1") UUID needId,
                                    @Schema(example = "4eac0e94-1b72-439a-894b-ee8c0094a8d0") UUID partnerId,
                                    @Schema(example = "Fonds Digitale Inclusie") String partnerName,
                                    @Schema(example = "2d7c1778-fb2f-4505-854e-94f8d7e8ec97") UUID offeringId,
                                    @Schema(example = "FINANCIAL.EQUIPMENT") String offeringType,
                                    List<Exclusion> reasons) {
    }

    @Schema(name = "Exclusion")
    public record Exclusion(@Schema(example = "STATUS") String gate,
                            @Schema(example = "offering status is EXPIRED, not ACTIVE") String text) {
    }
}

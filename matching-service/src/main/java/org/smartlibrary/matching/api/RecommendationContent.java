package org.smartlibrary.matching.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one match produced, as stored and served: ranked partners, coverage plan, unmet needs and related-type
 * alternatives. Scores and ratios are rounded to 4 decimals (the engine ranks on the full values). Sets stored
 * before flags, alternatives and the match date existed read with empty lists and a null date.
 */
public record RecommendationContent(
        @Schema(description = "how many partners passed the gates; recommendations lists the best of them",
                example = "3") int partnersMatched,
        @Schema(nullable = true, description = "the match date: availability windows, start leads, horizons and "
                + "listing freshness were judged on it", example = "2025-04-01") LocalDate evaluatedOn,
        List<Recommendation> recommendations, CoveragePlan coveragePlan, List<UnmetNeed> unmetNeeds,
        @Schema(description = "offerings of a type related to a need's type, as ideas only: they never count in the "
                + "ranking, the coverage, the coverage plan or the unmet needs") List<Alternative> alternatives) {

    public RecommendationContent {
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        unmetNeeds = unmetNeeds == null ? List.of() : List.copyOf(unmetNeeds);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    @Schema(name = "Recommendation", description = "One ranked partner with the needs it covers and why")
    public record Recommendation(
            @Schema(example = "1") int rank,
            @Schema(example = "079a965b-e9f8-44c4-9f9f-90e7475621ac") UUID partnerId,
            @Schema(example = "Brightbyte Robotics B.V.") String partnerName,
            @Schema(example = "IT_COMPANY") String partnerType,
            @Schema(example = "VERIFIED") String verification,
            @Schema(description = "0..1: coverage and match quality combined (4 decimals)", example = "0.62")
            double score,
            @Schema(description = "priority-weighted share of all needs this partner covers, 0..1 (4 decimals)",
                    example = "0.41") double coverage,
            @Schema(description = "coverage-weighted mean match score of the covered needs, 0..1 (4 decimals)",
                    example = "0.83") double matchQuality,
            @Schema(description = "the partner's own flags (STALE_LISTING, UNVERIFIED) and every flag of its "
                    + "covered needs; empty when there is nothing to know") List<MatchFlag> flags,
            List<CoveredNeed> coveredNeeds,
            @Schema(description = "per covered need: capacity, horizon fit, priority, conditions (with need_id); "
                    + "then geography, reciprocity, freshness once for the partner")
            List<ExplanationItem> explanation) {

        public Recommendation {
            flags = flags == null ? List.of() : List.copyOf(flags);
            coveredNeeds = coveredNeeds == null ? List.of() : List.copyOf(coveredNeeds);
            explanation = explanation == null ? List.of() : List.copyOf(explanation);
        }
    }

    @Schema(name = "CoveredNeed", description = "The partner's best offering for one need: always of the need's type")
    public record CoveredNeed(
            @Schema(example = "53faa3c4-3ea9-4123-8d95-5eaf07cedcf1") UUID needId,
            @Schema(example = "TECHNOLOGY.ROBOTICS") String needType,
            @Schema(example = "5") int priority,
            @Schema(example = "65984e65-6b3a-41df-8e24-d109577afdc5") UUID offeringId,
            @Schema(example = "TECHNOLOGY.ROBOTICS") String offeringType,
            @Schema(description = "share of the need's gap closed, capacity share x time share, 0..1 (4 decimals)",
                    example = "0.5357") double coverage,
            @Schema(description = "less than the whole need (capacity or time)", example = "true") boolean partial,
            @Schema(description = "0..1 (4 decimals)", example = "0.81") double matchScore,
            @Schema(description = "what the librarian should know about this cover (PARTIAL_COVER, STARTS_LATER, "
                    + "ENDS_EARLY, ...); empty when nothing") List<MatchFlag> flags) {

        public CoveredNeed {
            flags = flags == null ? List.of() : List.copyOf(flags);
        }
    }

    @Schema(name = "ExplanationItem", description = "One criterion of a structured explanation")
    public record ExplanationItem(
            @Schema(example = "CAPACITY") String criterion,
            @Schema(description = "0..1, higher is better (4 decimals)", example = "0.5357") double value,
            @Schema(description = "4 decimals", example = "0.3") double weight,
            @Schema(example = "capacity 150 of gap 280 kits (need 300 − current 20) → partial 54%") String text,
            @Schema(nullable = true, description = "the need this item is about; null for partner-level criteria",
                    example = "53faa3c4-3ea9-4123-8d95-5eaf07cedcf1") UUID needId) {
    }

    @Schema(name = "CoveragePlan", description = "A small set of partners that together cover the most priority-weighted need")
    public record CoveragePlan(List<PlannedPartner> partners, List<UUID> partnerIds,
                               @Schema(description = "4 decimals", example = "11.2") double coveredWeight,
                               @Schema(description = "4 decimals", example = "18") double totalWeight,
                               @Schema(description = "covered_weight / total_weight, 0..1 (4 decimals)",
                                       example = "0.6222") double coveredShare) {

        public CoveragePlan {
            partners = partners == null ? List.of() : List.copyOf(partners);
            partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
        }
    }

    @Schema(name = "PlannedPartner")
    public record PlannedPartner(@Schema(example = "079a965b-e9f8-44c4-9f9f-90e7475621ac") UUID partnerId,
                                 @Schema(example = "Brightbyte Robotics B.V.") String partnerName,
                                 @Schema(description = "priority weight added on top of the partners before it "
                                         + "(4 decimals)", example = "4.2") double addedWeight,
                                 List<UUID> needIds) {

        public PlannedPartner {
            needIds = needIds == null ? List.of() : List.copyOf(needIds);
        }
    }

    @Schema(name = "UnmetNeed", description = "A need the coverage plan leaves (partly) open")
    public record UnmetNeed(@Schema(example = "b74add46-8835-4923-9e16-8e912e8e30db") UUID needId,
                            @Schema(example = "HUMAN.DESIGN_EXPERTISE") String needType,
                            @Schema(example = "2") int priority,
                            @Schema(example = "NO_CANDIDATE") String reason,
                            @Schema(description = "share the plan covers, 0..1 (4 decimals)", example = "0") double covered,
                            @Schema(example = "no active offering of HUMAN.DESIGN_EXPERTISE") String detail) {
    }

    @Schema(name = "Alternative", description = "An idea for a need: an offering of a related type. Never counts "
            + "in the ranking, the coverage, the coverage plan or the unmet needs")
    public record Alternative(@Schema(example = "b74add46-8835-4923-9e16-8e912e8e30db") UUID needId,
                              @Schema(example = "079a965b-e9f8-44c4-9f9f-90e7475621ac") UUID partnerId,
                              @Schema(example = "Brightbyte Robotics B.V.") String partnerName,
                              @Schema(example = "7c10c31a-fbed-4215-8d6f-105ad2a3c48a") UUID offeringId,
                              @Schema(example = "TECHNOLOGY.SOFTWARE") String offeringType,
                              @Schema(example = "TECHNOLOGY.SOFTWARE is related to TECHNOLOGY.ROBOTICS: 500 licenses")
                              String text) {
    }

    @Schema(name = "ExcludedCandidate", description = "A (need, offering) candidate the hard gates excluded")
    public record ExcludedCandidate(@Schema(example = "53faa3c4-3ea9-4123-8d95-5eaf07cedcf1") UUID needId,
                                    @Schema(example = "4eac0e94-1b72-439a-894b-ee8c0094a8d0") UUID partnerId,
                                    @Schema(example = "Fonds Digitale Inclusie") String partnerName,
                                    @Schema(example = "2d7c1778-fb2f-4505-854e-94f8d7e8ec97") UUID offeringId,
                                    @Schema(example = "FINANCIAL.EQUIPMENT") String offeringType,
                                    @Schema(description = "every gate the candidate failed") List<Exclusion> reasons) {
    }

    @Schema(name = "Exclusion", description = "One reason a hard gate excluded a candidate")
    public record Exclusion(@Schema(description = "the gate: VERIFICATION, STATUS, AVAILABILITY, TYPE, MEASURE, "
                                    + "SERVICE_AREA, CONDITIONS, MIN_ORDER or JOINT_APPLICATION", example = "STATUS")
                            String gate,
                            @Schema(example = "NOT_ACTIVE") ExclusionReasonCode code,
                            @Schema(example = "offering status is EXPIRED, not ACTIVE") String text) {
    }
}

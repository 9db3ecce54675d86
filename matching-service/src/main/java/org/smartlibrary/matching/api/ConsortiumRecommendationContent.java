package org.smartlibrary.matching.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one pooled match of a consortium produced, as stored, served and published: the member assessments, their
 * needs pooled per type and measure, the partners ranked for the pooled needs, the coverage plan, the pooled needs
 * left unmet and the share of the plan's cover each member would receive. A pooled need is named by its pool key
 * (type and measure, e.g. {@code TECHNOLOGY.SOFTWARE|unit:licenses}). Scores and ratios have 4 decimals, as in a
 * library's recommendations.
 */
public record ConsortiumRecommendationContent(
        @Schema(description = "how many partners passed the gates for the pooled needs", minimum = "0", example = "1")
        int partnersMatched,
        @Schema(nullable = true, description = "the match date; null for a set of a consortium without members",
                example = "2027-01-11") LocalDate evaluatedOn,
        List<Member> members, List<PooledNeed> pooledNeeds, List<PooledRecommendation> recommendations,
        PooledCoveragePlan coveragePlan, List<PooledUnmetNeed> unmetNeeds, List<MemberShare> shares) {

    public ConsortiumRecommendationContent {
        members = members == null ? List.of() : List.copyOf(members);
        pooledNeeds = pooledNeeds == null ? List.of() : List.copyOf(pooledNeeds);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        unmetNeeds = unmetNeeds == null ? List.of() : List.copyOf(unmetNeeds);
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    @Schema(name = "ConsortiumMember", description = "A member library and the completed assessment revision it "
            + "pools: its most recently completed one")
    public record Member(@Schema(example = "3b9d6c1e-2f4a-4e8b-a7c5-1d2e3f4a5b6c") UUID libraryId,
                         @Schema(example = "Northgate Community Library") String libraryName,
                         @Schema(example = "6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f") UUID assessmentId,
                         @Schema(minimum = "1", example = "1") int revision) {
    }

    @Schema(name = "PooledNeed", description = "The members' needs of one type and measure, summed: the quantity "
            + "(or amount) is the sum of their gaps, the priority the highest, the horizon SHORT_TERM when any member "
            + "needs it short-term")
    public record PooledNeed(
            @Schema(description = "names the pooled need: type and measure", example = "TECHNOLOGY.SOFTWARE|unit:licenses")
            String poolKey,
            @Schema(ref = TaxonomySchemas.RESOURCE_TYPE, example = "TECHNOLOGY.SOFTWARE") String needType,
            @Schema(nullable = true, description = "pooled quantity; null for money", example = "120")
            BigDecimal quantity,
            @Schema(nullable = true, description = "null for money", example = "licenses") String unit,
            @Schema(nullable = true, description = "pooled amount (per period for recurring money); null for a "
                    + "quantity") BigDecimal amount,
            @Schema(nullable = true, description = "null for a quantity") String currency,
            @Schema(nullable = true, description = "ONE_TIME, MONTH or YEAR for money; null for a quantity",
                    example = "YEAR") String period,
            @Schema(description = "SHORT_TERM or LONG_TERM", example = "SHORT_TERM") String horizon,
            @Schema(minimum = "1", maximum = "5", example = "4") int priority,
            @Schema(description = "how many libraries contribute (the number that applies jointly)", minimum = "1",
                    example = "4") int libraries,
            List<Contribution> contributions) {

        public PooledNeed {
            contributions = contributions == null ? List.of() : List.copyOf(contributions);
        }
    }

    @Schema(name = "PoolContribution", description = "One member's need in a pooled need, with its gap (quantity or "
            + "amount minus current capacity)")
    public record Contribution(@Schema(example = "3b9d6c1e-2f4a-4e8b-a7c5-1d2e3f4a5b6c") UUID libraryId,
                               @Schema(example = "Northgate Community Library") String libraryName,
                               @Schema(example = "6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f") UUID assessmentId,
                               @Schema(example = "4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b") UUID needId,
                               @Schema(minimum = "0", example = "30") BigDecimal gap) {
    }

    @Schema(name = "PooledRecommendation", description = "One partner ranked for the consortium's pooled needs")
    public record PooledRecommendation(
            @Schema(minimum = "1", example = "1") int rank,
            @Schema(example = "9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d") UUID partnerId,
            @Schema(example = "Cascade Learning Software") String partnerName,
            @Schema(ref = TaxonomySchemas.PARTNER_TYPE, example = "PRIVATE_COMPANY") String partnerType,
            @Schema(ref = TaxonomySchemas.VERIFICATION_STATE, example = "VERIFIED") String verification,
            @Schema(description = "0..1 (4 decimals)", minimum = "0", maximum = "1", example = "0.9") double score,
            @Schema(description = "priority-weighted share of the pooled needs covered, 0..1 (4 decimals)",
                    minimum = "0", maximum = "1", example = "1") double coverage,
            @Schema(description = "0..1 (4 decimals)", minimum = "0", maximum = "1", example = "0.8") double matchQuality,
            @Schema(description = "the partner's own flags and every flag of its covers") List<MatchFlag> flags,
            List<PooledCover> coveredNeeds,
            @Schema(description = "per covered pooled need (with pool_key), then the partner-level criteria")
            List<PooledExplanationItem> explanation) {

        public PooledRecommendation {
            flags = flags == null ? List.of() : List.copyOf(flags);
            coveredNeeds = coveredNeeds == null ? List.of() : List.copyOf(coveredNeeds);
            explanation = explanation == null ? List.of() : List.copyOf(explanation);
        }
    }

    @Schema(name = "PooledCover", description = "The partner's best offering for one pooled need")
    public record PooledCover(
            @Schema(example = "TECHNOLOGY.SOFTWARE|unit:licenses") String poolKey,
            @Schema(ref = TaxonomySchemas.RESOURCE_TYPE, example = "TECHNOLOGY.SOFTWARE") String needType,
            @Schema(minimum = "1", maximum = "5", example = "4") int priority,
            @Schema(example = "7d2b9e4a-6c1f-4b8d-a3e5-2f0c9b8a7d6e") UUID offeringId,
            @Schema(ref = TaxonomySchemas.RESOURCE_TYPE, example = "TECHNOLOGY.SOFTWARE") String offeringType,
            @Schema(description = "share of the pooled gap closed, 0..1 (4 decimals)", minimum = "0", maximum = "1",
                    example = "1") double coverage,
            @Schema(example = "false") boolean partial,
            @Schema(description = "0..1 (4 decimals)", minimum = "0", maximum = "1", example = "0.8")
            double matchScore,
            List<MatchFlag> flags) {

        public PooledCover {
            flags = flags == null ? List.of() : List.copyOf(flags);
        }
    }

    @Schema(name = "PooledExplanationItem", description = "One criterion of a pooled recommendation's explanation")
    public record PooledExplanationItem(
            @Schema(ref = TaxonomySchemas.MATCH_CRITERION, example = "CAPACITY") String criterion,
            @Schema(description = "0..1 (4 decimals)", minimum = "0", maximum = "1", example = "1") double value,
            @Schema(description = "4 decimals", minimum = "0", example = "0.3") double weight,
            @Schema(example = "capacity 500 ≥ pooled gap 120 licenses: full cover") String text,
            @Schema(nullable = true, description = "the pooled need this item is about; null for partner-level "
                    + "criteria", example = "TECHNOLOGY.SOFTWARE|unit:licenses") String poolKey) {
    }

    @Schema(name = "PooledCoveragePlan", description = "A few partners that together cover the most "
            + "priority-weighted pooled need")
    public record PooledCoveragePlan(List<PooledPlannedPartner> partners, List<UUID> partnerIds,
                                     @Schema(description = "4 decimals", minimum = "0", example = "4")
                                     double coveredWeight,
                                     @Schema(description = "4 decimals", minimum = "0", example = "4")
                                     double totalWeight,
                                     @Schema(description = "0..1 (4 decimals)", minimum = "0", maximum = "1",
                                             example = "1") double coveredShare) {

        public PooledCoveragePlan {
            partners = partners == null ? List.of() : List.copyOf(partners);
            partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
        }
    }

    @Schema(name = "PooledPlannedPartner")
    public record PooledPlannedPartner(@Schema(example = "9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d") UUID partnerId,
                                       @Schema(example = "Cascade Learning Software") String partnerName,
                                       @Schema(description = "4 decimals", minimum = "0", example = "4")
                                       double addedWeight,
                                       List<String> poolKeys,
                                       @Schema(description = "per pooled need, what the plan asks of the offering "
                                               + "covering it")
                                       List<PooledAsk> asks,
                                       @Schema(nullable = true, implementation = RecommendationContent.BalancedChoice.class,
                                               description = "why the plan chose this partner "
                                               + "instead of a better-ranked one whose offering others already ask "
                                               + "for; null when the plan simply took the best")
                                       RecommendationContent.BalancedChoice balancedInsteadOf) {

        public PooledPlannedPartner {
            poolKeys = poolKeys == null ? List.of() : List.copyOf(poolKeys);
            asks = asks == null ? List.of() : List.copyOf(asks);
        }
    }

    @Schema(name = "PooledAsk", description = "What a pooled plan asks of one offering for one pooled need: the "
            + "pooled gap, capped at the offering's capacity, in the offering's measure")
    public record PooledAsk(@Schema(example = "TECHNOLOGY.SOFTWARE|unit:licenses") String poolKey,
                            @Schema(example = "7d2b9e4a-6c1f-4b8d-a3e5-2f0c9b8a7d6e") UUID offeringId,
                            @Schema(minimum = "0", example = "120") BigDecimal quantity) {
    }

    @Schema(name = "PooledUnmetNeed", description = "A pooled need the coverage plan leaves (partly) open")
    public record PooledUnmetNeed(@Schema(example = "HUMAN.MENTORING|unit:mentors") String poolKey,
                                  @Schema(ref = TaxonomySchemas.RESOURCE_TYPE, example = "HUMAN.MENTORING")
                                  String needType,
                                  @Schema(minimum = "1", maximum = "5", example = "3") int priority,
                                  @Schema(ref = TaxonomySchemas.UNMET_REASON, example = "NO_CANDIDATE") String reason,
                                  @Schema(description = "share the plan covers, 0..1 (4 decimals)", minimum = "0",
                                          maximum = "1", example = "0") double covered,
                                  @Schema(example = "no active offering of type HUMAN.MENTORING passes the gates")
                                  String detail) {
    }

    @Schema(name = "MemberShare", description = "What one member would receive of the plan's cover of a pooled "
            + "need: its gap times the share of the pooled need the plan covers (pro rata to the gaps)")
    public record MemberShare(@Schema(example = "TECHNOLOGY.SOFTWARE|unit:licenses") String poolKey,
                              @Schema(example = "3b9d6c1e-2f4a-4e8b-a7c5-1d2e3f4a5b6c") UUID libraryId,
                              @Schema(example = "Northgate Community Library") String libraryName,
                              @Schema(example = "6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f") UUID assessmentId,
                              @Schema(example = "4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b") UUID needId,
                              @Schema(description = "the member's gap in the pooled need's measure", minimum = "0",
                                      example = "30") BigDecimal gap,
                              @Schema(description = "in the pooled need's measure (4 decimals); 0 when the plan "
                                      + "leaves the pooled need open", minimum = "0", example = "30")
                              BigDecimal share) {
    }
}

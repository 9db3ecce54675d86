package org.smartlibrary.matching.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.math.BigDecimal;
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
                + "listing freshness were judged on it", example = "2027-01-11") LocalDate evaluatedOn,
        List<Recommendation> recommendations, CoveragePlan coveragePlan, List<UnmetNeed> unmetNeeds,
        @Schema(description = "offerings of a type related to a need's type, as ideas only: they never count in the "
                + "ranking, the coverage, the coverage plan or the unmet needs") List<Alternative> alternatives,
        @Schema(description = "partners this library reaches only through its consortium's pooled recommendations "
                + "(flag VIA_CONSORTIUM): a pooled order or joint application it could not make alone. They never "
                + "count in the ranking, the coverage plan or the unmet needs of this set")
        List<ConsortiumRoute> viaConsortium) {

    public RecommendationContent {
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        unmetNeeds = unmetNeeds == null ? List.of() : List.copyOf(unmetNeeds);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        viaConsortium = viaConsortium == null ? List.of() : List.copyOf(viaConsortium);
    }

    /** The same content with these routes through the consortium. */
    public RecommendationContent withViaConsortium(List<ConsortiumRoute> routes) {
        return new RecommendationContent(partnersMatched, evaluatedOn, recommendations, coveragePlan, unmetNeeds,
                alternatives, routes);
    }

    @Schema(name = "Recommendation", description = "One ranked partner with the needs it covers and why")
    public record Recommendation(
            @Schema(minimum = "1", example = "1") int rank,
            @Schema(example = "9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d") UUID partnerId,
            @Schema(example = "Cascade Robotics Cooperative") String partnerName,
            @Schema(ref = TaxonomySchemas.PARTNER_TYPE, example = "PRIVATE_COMPANY") String partnerType,
            @Schema(ref = TaxonomySchemas.VERIFICATION_STATE, description = "the partner's verification state "
                    + "(a REJECTED partner is never recommended)", example = "UNVERIFIED") String verification,
            @Schema(description = "0..1: coverage and match quality combined (4 decimals)", minimum = "0",
                    maximum = "1", example = "0.1612") double score,
            @Schema(description = "priority-weighted share of all needs this partner covers, 0..1 (4 decimals)",
                    minimum = "0", maximum = "1", example = "0.1739") double coverage,
            @Schema(description = "coverage-weighted mean match score of the covered needs, 0..1 (4 decimals)",
                    minimum = "0", maximum = "1", example = "0.8542") double matchQuality,
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
            @Schema(example = "4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b") UUID needId,
            @Schema(ref = TaxonomySchemas.RESOURCE_TYPE, example = "TECHNOLOGY.ROBOTICS") String needType,
            @Schema(description = "the need's priority, 1 (nice to have) .. 5 (critical)", minimum = "1",
                    maximum = "5", example = "4") int priority,
            @Schema(example = "7d2b9e4a-6c1f-4b8d-a3e5-2f0c9b8a7d6e") UUID offeringId,
            @Schema(ref = TaxonomySchemas.RESOURCE_TYPE, example = "TECHNOLOGY.ROBOTICS") String offeringType,
            @Schema(description = "share of the need's gap closed, capacity share x time share, 0..1 (4 decimals)",
                    minimum = "0", maximum = "1", example = "1") double coverage,
            @Schema(description = "less than the whole need (capacity or time)", example = "false") boolean partial,
            @Schema(description = "0..1 (4 decimals)", minimum = "0", maximum = "1", example = "0.8542")
            double matchScore,
            @Schema(description = "what the librarian should know about this cover (PARTIAL_COVER, STARTS_LATER, "
                    + "ENDS_EARLY, ...); empty when nothing") List<MatchFlag> flags) {

        public CoveredNeed {
            flags = flags == null ? List.of() : List.copyOf(flags);
        }
    }

    @Schema(name = "ExplanationItem", description = "One criterion of a structured explanation")
    public record ExplanationItem(
            @Schema(ref = TaxonomySchemas.MATCH_CRITERION, example = "CAPACITY") String criterion,
            @Schema(description = "0..1, higher is better (4 decimals)", minimum = "0", maximum = "1",
                    example = "1") double value,
            @Schema(description = "4 decimals", minimum = "0", example = "0.3") double weight,
            @Schema(example = "capacity 60 ≥ gap 34 kits (need 40 − current 6): full cover") String text,
            @Schema(nullable = true, description = "the need this item is about; null for partner-level criteria",
                    example = "4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b") UUID needId) {
    }

    @Schema(name = "CoveragePlan", description = "A small set of partners that together cover the most priority-weighted need")
    public record CoveragePlan(List<PlannedPartner> partners, List<UUID> partnerIds,
                               @Schema(description = "4 decimals", minimum = "0", example = "4") double coveredWeight,
                               @Schema(description = "4 decimals", minimum = "0", example = "23") double totalWeight,
                               @Schema(description = "covered_weight / total_weight, 0..1 (4 decimals)",
                                       minimum = "0", maximum = "1", example = "0.1739") double coveredShare) {

        public CoveragePlan {
            partners = partners == null ? List.of() : List.copyOf(partners);
            partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
        }
    }

    @Schema(name = "PlannedPartner")
    public record PlannedPartner(@Schema(example = "9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d") UUID partnerId,
                                 @Schema(example = "Cascade Robotics Cooperative") String partnerName,
                                 @Schema(description = "priority weight added on top of the partners before it "
                                         + "(4 decimals)", minimum = "0", example = "4") double addedWeight,
                                 List<UUID> needIds,
                                 @Schema(description = "per need, what the plan asks of the offering covering it: "
                                         + "the demand this set places on the partner's capacity")
                                 List<OfferingAsk> asks,
                                 @Schema(nullable = true, description = "why the plan chose this partner instead of "
                                         + "a better-ranked one whose offering other libraries already ask for; null "
                                         + "when the plan simply took the best")
                                 BalancedChoice balancedInsteadOf) {

        public PlannedPartner {
            needIds = needIds == null ? List.of() : List.copyOf(needIds);
            asks = asks == null ? List.of() : List.copyOf(asks);
        }
    }

    @Schema(name = "OfferingAsk", description = "What a coverage plan asks of one offering for one need: the need's "
            + "gap, capped at the offering's capacity, in the offering's measure")
    public record OfferingAsk(@Schema(example = "4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b") UUID needId,
                              @Schema(example = "7d2b9e4a-6c1f-4b8d-a3e5-2f0c9b8a7d6e") UUID offeringId,
                              @Schema(description = "in the offering's unit, or its currency per its period; 0 when "
                                      + "nothing countable is asked", minimum = "0", example = "34")
                              BigDecimal quantity) {
    }

    @Schema(name = "BalancedChoice", description = "Why the coverage plan chose a partner instead of a better-ranked "
            + "one that would add the same: that one's offering is asked for by other libraries, this one covers "
            + "the same needs fully, scores within the contention margin and is less contended. The ranking is "
            + "unchanged: only the plan balances")
    public record BalancedChoice(@Schema(example = "9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d") UUID insteadOfPartnerId,
                                 @Schema(example = "Cascade Robotics Cooperative") String insteadOfPartnerName,
                                 @Schema(description = "the passed-over partner's score (4 decimals)", minimum = "0",
                                         maximum = "1", example = "0.98") double insteadOfScore,
                                 @Schema(description = "this partner's score (4 decimals)", minimum = "0",
                                         maximum = "1", example = "0.97") double score,
                                 @Schema(description = "what others and this plan would ask of the passed-over "
                                         + "offering, as a share of its capacity (above 1: oversubscribed; 4 "
                                         + "decimals)", minimum = "0", example = "2") double insteadOfContention,
                                 @Schema(description = "the same share for this partner's offering; 0 when its "
                                         + "capacity is not limited", minimum = "0", example = "1") double contention,
                                 @Schema(example = "chosen over Cascade Robotics Cooperative (score 0.98 vs 0.97): "
                                         + "1 other library asks for 40 kits of its capacity of 40 kits; with this "
                                         + "library's 40 that is 200%, against 100% for Brook Robotics")
                                 String text) {
    }

    @Schema(name = "ConsortiumRoute", description = "A partner this library reaches only through its consortium's "
            + "pooled recommendations, with what the library would receive there")
    public record ConsortiumRoute(@Schema(example = "9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d") UUID partnerId,
                                  @Schema(example = "Puget Sound STEM Kits") String partnerName,
                                  @Schema(example = "Puget Sound Library Cooperative") String consortium,
                                  @Schema(description = "the consortium set this route is read from", minimum = "1",
                                          example = "3") int consortiumSetVersion,
                                  @Schema(description = "always [VIA_CONSORTIUM]") List<MatchFlag> flags,
                                  List<RouteNeed> needs,
                                  @Schema(example = "available through Puget Sound Library Cooperative: its pooled "
                                          + "TECHNOLOGY.ROBOTICS need of 44 kits from 2 libraries meets this partner's "
                                          + "terms; this library's share would be 34 kits") String text,
                                  @Schema(description = "the consortium's recommendations (readable by its analysts, "
                                          + "portals and platform administrators)",
                                          example = "/api/v1/consortia/Puget%20Sound%20Library%20Cooperative/recommendations")
                                  String consortiumRecommendations) {

        public ConsortiumRoute {
            flags = flags == null ? List.of() : List.copyOf(flags);
            needs = needs == null ? List.of() : List.copyOf(needs);
        }
    }

    @Schema(name = "RouteNeed", description = "One of this library's needs in a consortium route")
    public record RouteNeed(@Schema(example = "4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b") UUID needId,
                            @Schema(example = "TECHNOLOGY.ROBOTICS|unit:kits") String poolKey,
                            @Schema(example = "7d2b9e4a-6c1f-4b8d-a3e5-2f0c9b8a7d6e") UUID offeringId,
                            @Schema(description = "this library's gap in the pooled need's measure", minimum = "0",
                                    example = "34") BigDecimal gap,
                            @Schema(description = "what this library would receive: its gap times the share of the "
                                    + "pooled need this partner's offering covers (4 decimals)", minimum = "0",
                                    example = "34") BigDecimal share,
                            @Schema(description = "the consortium's coverage plan takes this partner for the pooled "
                                    + "need", example = "true") boolean planned) {
    }

    @Schema(name = "UnmetNeed", description = "A need the coverage plan leaves (partly) open")
    public record UnmetNeed(@Schema(example = "5e9f3b7a-1c2d-4f4a-8b6c-3a1d0c9b8e7f") UUID needId,
                            @Schema(ref = TaxonomySchemas.RESOURCE_TYPE, example = "TECHNOLOGY.FABRICATION")
                            String needType,
                            @Schema(description = "the need's priority, 1 (nice to have) .. 5 (critical)",
                                    minimum = "1", maximum = "5", example = "4") int priority,
                            @Schema(ref = TaxonomySchemas.UNMET_REASON, example = "OUTSIDE_SERVICE_AREA") String reason,
                            @Schema(description = "share the plan covers, 0..1 (4 decimals)", minimum = "0",
                                    maximum = "1", example = "0") double covered,
                            @Schema(example = "1 active offering(s) of type TECHNOLOGY.FABRICATION exist, but none serves "
                                    + "the library's area") String detail) {
    }

    @Schema(name = "Alternative", description = "An idea for a need: an offering of a related type. Never counts "
            + "in the ranking, the coverage, the coverage plan or the unmet needs")
    public record Alternative(@Schema(example = "5e9f3b7a-1c2d-4f4a-8b6c-3a1d0c9b8e7f") UUID needId,
                              @Schema(example = "9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d") UUID partnerId,
                              @Schema(example = "Cascade Robotics Cooperative") String partnerName,
                              @Schema(example = "7d2b9e4a-6c1f-4b8d-a3e5-2f0c9b8a7d6e") UUID offeringId,
                              @Schema(ref = TaxonomySchemas.RESOURCE_TYPE, example = "TECHNOLOGY.ROBOTICS")
                              String offeringType,
                              @Schema(example = "TECHNOLOGY.ROBOTICS is related to TECHNOLOGY.FABRICATION: an idea "
                                      + "only, not counted as a cover of this need")
                              String text) {
    }

    @Schema(name = "ExcludedCandidate", description = "A (need, offering) candidate the hard gates excluded")
    public record ExcludedCandidate(@Schema(example = "4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b") UUID needId,
                                    @Schema(example = "2b4d6f8a-0c1e-4a3b-9d5f-7e6a8c0b2d4f") UUID partnerId,
                                    @Schema(example = "Tacoma School District STEM Office") String partnerName,
                                    @Schema(example = "8e0a2c4d-6f1b-4d3a-b5c7-9e8f0a1b2c3d") UUID offeringId,
                                    @Schema(ref = TaxonomySchemas.RESOURCE_TYPE, example = "TECHNOLOGY.ROBOTICS")
                                    String offeringType,
                                    @Schema(description = "every gate the candidate failed") List<Exclusion> reasons) {
    }

    @Schema(name = "Exclusion", description = "One reason a hard gate excluded a candidate")
    public record Exclusion(@Schema(description = "the gate the candidate failed",
                                    enumeration = {"VERIFICATION", "STATUS", "AVAILABILITY", "TYPE", "MEASURE",
                                            "SERVICE_AREA", "CONDITIONS", "MIN_ORDER", "JOINT_APPLICATION"},
                                    example = "SERVICE_AREA")
                            String gate,
                            @Schema(ref = TaxonomySchemas.EXCLUSION_REASON, example = "OUTSIDE_SERVICE_AREA")
                            ExclusionReasonCode code,
                            @Schema(example = "partner serves regions [Washington] and cities [Tacoma], not Seattle "
                                    + "(Washington)")
                            String text) {
    }
}

package org.smartlibrary.matching.service;

import org.junit.jupiter.api.Test;
import org.smartlibrary.matching.api.MatchFlag;
import org.smartlibrary.matching.api.RecommendationContent;
import org.smartlibrary.matching.api.RecommendationContent.Alternative;
import org.smartlibrary.matching.api.RecommendationContent.CoveragePlan;
import org.smartlibrary.matching.api.RecommendationContent.CoveredNeed;
import org.smartlibrary.matching.api.RecommendationContent.ExplanationItem;
import org.smartlibrary.matching.api.RecommendationContent.PlannedPartner;
import org.smartlibrary.matching.api.RecommendationContent.Recommendation;
import org.smartlibrary.matching.api.RecommendationContent.UnmetNeed;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes a re-match of the same revision a new set version, and what does not. */
class RecommendationSubstanceTest {

    private static final UUID PARTNER_A = UUID.fromString("079a965b-e9f8-44c4-9f9f-90e7475621ac");
    private static final UUID PARTNER_B = UUID.fromString("4eac0e94-1b72-439a-894b-ee8c0094a8d0");
    private static final UUID NEED_1 = UUID.fromString("53faa3c4-3ea9-4123-8d95-5eaf07cedcf1");
    private static final UUID NEED_2 = UUID.fromString("91d1d12f-bc0b-41ab-bc38-add9e258cb98");
    private static final UUID NEED_3 = UUID.fromString("b74add46-8835-4923-9e16-8e912e8e30db");
    private static final UUID OFFERING_A = UUID.fromString("65984e65-6b3a-41df-8e24-d109577afdc5");
    private static final UUID OFFERING_B = UUID.fromString("2d7c1778-fb2f-4505-854e-94f8d7e8ec97");

    @Test
    void otherScoresTextsNamesDatesAndAlternativesAreTheSameSubstance() {
        RecommendationContent base = content(LocalDate.of(2025, 4, 1), 0.62, 0.5357, "capacity 150 of gap 280",
                List.of(MatchFlag.PARTIAL_COVER, MatchFlag.STALE_LISTING), List.of());
        RecommendationContent drifted = content(LocalDate.of(2025, 5, 2), 0.6113, 0.5401, "capacity 151 of gap 280 kits",
                List.of(MatchFlag.STALE_LISTING, MatchFlag.PARTIAL_COVER), // another order
                List.of(new Alternative(NEED_3, PARTNER_B, "Fonds", OFFERING_B, "FINANCIAL.SPACE", "an idea")));

        assertThat(RecommendationSubstance.of(drifted)).isEqualTo(RecommendationSubstance.of(base));
        assertThat(RecommendationSubstance.of(drifted).hashCode()).isEqualTo(RecommendationSubstance.of(base).hashCode());
    }

    @Test
    void aLargerCapacityThatStaysPartialIsAnotherSubstance() {
        RecommendationContent base = content(LocalDate.of(2025, 4, 1), 0.62, 0.5357, "capacity 150 of gap 280",
                List.of(MatchFlag.PARTIAL_COVER), List.of());
        RecommendationContent larger = content(LocalDate.of(2025, 4, 1), 0.66, 0.7143, "capacity 200 of gap 280",
                List.of(MatchFlag.PARTIAL_COVER), List.of());

        assertThat(RecommendationSubstance.of(larger)).isNotEqualTo(RecommendationSubstance.of(base));
    }

    @Test
    void aFlagAddedOrDroppedIsAnotherSubstance() {
        RecommendationContent base = content(List.of(MatchFlag.PARTIAL_COVER));

        assertThat(RecommendationSubstance.of(content(List.of(MatchFlag.PARTIAL_COVER, MatchFlag.UNVERIFIED))))
                .isNotEqualTo(RecommendationSubstance.of(base));
        assertThat(RecommendationSubstance.of(content(List.of()))).isNotEqualTo(RecommendationSubstance.of(base));
        // a flag on a cover only
        RecommendationContent coverFlag = with(base, recommendations -> List.of(
                withCovers(recommendations.get(0), cover(NEED_1, OFFERING_A, true,
                        List.of(MatchFlag.PARTIAL_COVER, MatchFlag.STARTS_LATER))),
                recommendations.get(1)));
        assertThat(RecommendationSubstance.of(coverFlag)).isNotEqualTo(RecommendationSubstance.of(base));
    }

    @Test
    void partnersRanksCoversAndPartialityAreSubstance() {
        RecommendationContent base = content(List.of(MatchFlag.PARTIAL_COVER));
        RecommendationSubstance substance = RecommendationSubstance.of(base);

        RecommendationContent swapped = with(base, recommendations -> List.of(
                rank(recommendations.get(1), 1), rank(recommendations.get(0), 2)));
        assertThat(RecommendationSubstance.of(swapped)).isNotEqualTo(substance);
        RecommendationContent dropped = with(base, recommendations -> List.of(recommendations.get(0)));
        assertThat(RecommendationSubstance.of(dropped)).isNotEqualTo(substance);
        RecommendationContent otherOffering = with(base, recommendations -> List.of(
                withCovers(recommendations.get(0), cover(NEED_1, OFFERING_B, true, List.of(MatchFlag.PARTIAL_COVER))),
                recommendations.get(1)));
        assertThat(RecommendationSubstance.of(otherOffering)).isNotEqualTo(substance);
        RecommendationContent whole = with(base, recommendations -> List.of(
                withCovers(recommendations.get(0), cover(NEED_1, OFFERING_A, false, List.of(MatchFlag.PARTIAL_COVER))),
                recommendations.get(1)));
        assertThat(RecommendationSubstance.of(whole)).isNotEqualTo(substance);
    }

    @Test
    void theCoveragePlanAndTheUnmetNeedsAreSubstance() {
        RecommendationContent base = content(List.of());
        RecommendationSubstance substance = RecommendationSubstance.of(base);

        RecommendationContent otherPlan = new RecommendationContent(base.partnersMatched(), base.evaluatedOn(),
                base.recommendations(),
                plan(new PlannedPartner(PARTNER_A, "A", 2.7, List.of(NEED_1, NEED_2), List.of(), null)),
                base.unmetNeeds(), base.alternatives(), List.of());
        assertThat(RecommendationSubstance.of(otherPlan)).isNotEqualTo(substance);
        RecommendationContent otherReason = new RecommendationContent(base.partnersMatched(), base.evaluatedOn(),
                base.recommendations(), base.coveragePlan(),
                List.of(new UnmetNeed(NEED_3, "HUMAN.DESIGN_EXPERTISE", 2, "NOT_IN_PLAN", 0, "no one")),
                base.alternatives(), List.of());
        assertThat(RecommendationSubstance.of(otherReason)).isNotEqualTo(substance);
        // the plan's weights and the unmet share and detail are figures and words
        RecommendationContent otherFigures = new RecommendationContent(7, base.evaluatedOn(), base.recommendations(),
                new CoveragePlan(List.of(
                        new PlannedPartner(PARTNER_A, "A (renamed)", 2.71, List.of(NEED_1), List.of(), null)),
                        List.of(PARTNER_A), 2.71, 18, 0.1506),
                List.of(new UnmetNeed(NEED_3, "HUMAN.DESIGN_EXPERTISE", 2, "NO_CANDIDATE", 0.1, "reworded")),
                base.alternatives(), List.of());
        assertThat(RecommendationSubstance.of(otherFigures)).isEqualTo(substance);
    }

    @Test
    void aSetStoredBeforeFlagsExistedReadsAsNoFlags() {
        RecommendationContent stored = new RecommendationContent(1, null,
                List.of(new Recommendation(1, PARTNER_A, "A", "IT_COMPANY", "VERIFIED", 0.5, 0.5, 0.5, null,
                        List.of(new CoveredNeed(NEED_1, "TECHNOLOGY.ROBOTICS", 5, OFFERING_A, "TECHNOLOGY.ROBOTICS",
                                0.5, true, 0.5, null)), null)),
                null, null, null, null);
        RecommendationContent now = new RecommendationContent(1, LocalDate.of(2025, 4, 1),
                List.of(new Recommendation(1, PARTNER_A, "A", "IT_COMPANY", "VERIFIED", 0.5, 0.5, 0.5, List.of(),
                        List.of(new CoveredNeed(NEED_1, "TECHNOLOGY.ROBOTICS", 5, OFFERING_A, "TECHNOLOGY.ROBOTICS",
                                0.5, true, 0.5, List.of())), List.of())),
                null, List.of(), List.of(), List.of());

        assertThat(RecommendationSubstance.of(stored)).isEqualTo(RecommendationSubstance.of(now));
        assertThat(RecommendationSubstance.of(stored).partners().get(0).flags()).isEmpty();
    }

    private static RecommendationContent content(List<MatchFlag> partnerFlags) {
        return content(LocalDate.of(2025, 4, 1), 0.62, 0.5357, "capacity 150 of gap 280", partnerFlags, List.of());
    }

    private static RecommendationContent content(LocalDate day, double score, double coverage, String text,
                                                 List<MatchFlag> partnerFlags, List<Alternative> alternatives) {
        Recommendation first = new Recommendation(1, PARTNER_A, "Brightbyte Robotics B.V.", "IT_COMPANY", "VERIFIED",
                score, coverage * 5 / 18, 0.81, partnerFlags,
                List.of(cover(NEED_1, OFFERING_A, true, List.of(MatchFlag.PARTIAL_COVER)),
                        cover(NEED_2, OFFERING_A, false, List.of())),
                List.of(new ExplanationItem("CAPACITY", coverage, 0.3, text, NEED_1),
                        new ExplanationItem("FRESHNESS", score / 2, 0.15, text + " months", null)));
        Recommendation second = new Recommendation(2, PARTNER_B, "Fonds Digitale Inclusie", "FOUNDATION", "PENDING",
                score / 2, 0.1, 0.7, List.of(MatchFlag.UNVERIFIED),
                List.of(cover(NEED_2, OFFERING_B, false, List.of())),
                List.of(new ExplanationItem("CAPACITY", 1, 0.3, text, NEED_2)));
        return new RecommendationContent(2, day, List.of(first, second),
                plan(new PlannedPartner(PARTNER_A, "Brightbyte Robotics B.V.", coverage * 5, List.of(NEED_1), List.of(),
                        null)),
                List.of(new UnmetNeed(NEED_3, "HUMAN.DESIGN_EXPERTISE", 2, "NO_CANDIDATE", 0, text)), alternatives,
                List.of());
    }

    private static CoveragePlan plan(PlannedPartner partner) {
        return new CoveragePlan(List.of(partner), List.of(partner.partnerId()), partner.addedWeight(), 18,
                partner.addedWeight() / 18);
    }

    private static CoveredNeed cover(UUID need, UUID offering, boolean partial, List<MatchFlag> flags) {
        return new CoveredNeed(need, "TECHNOLOGY.ROBOTICS", 5, offering, "TECHNOLOGY.ROBOTICS", partial ? 0.5 : 1,
                partial, 0.8, flags);
    }

    private static RecommendationContent with(RecommendationContent content,
                                              UnaryOperator<List<Recommendation>> change) {
        return new RecommendationContent(content.partnersMatched(), content.evaluatedOn(),
                change.apply(content.recommendations()), content.coveragePlan(), content.unmetNeeds(),
                content.alternatives(), content.viaConsortium());
    }

    private static Recommendation rank(Recommendation recommendation, int rank) {
        return new Recommendation(rank, recommendation.partnerId(), recommendation.partnerName(),
                recommendation.partnerType(), recommendation.verification(), recommendation.score(),
                recommendation.coverage(), recommendation.matchQuality(), recommendation.flags(),
                recommendation.coveredNeeds(), recommendation.explanation());
    }

    private static Recommendation withCovers(Recommendation recommendation, CoveredNeed first) {
        return new Recommendation(recommendation.rank(), recommendation.partnerId(), recommendation.partnerName(),
                recommendation.partnerType(), recommendation.verification(), recommendation.score(),
                recommendation.coverage(), recommendation.matchQuality(), recommendation.flags(),
                List.of(first, recommendation.coveredNeeds().get(1)), recommendation.explanation());
    }
}

package org.smartlibrary.matching.service;

import org.junit.jupiter.api.Test;
import org.smartlibrary.matching.api.ExclusionReasonCode;
import org.smartlibrary.matching.api.MatchFlag;
import org.smartlibrary.matching.api.RecommendationContent;
import org.smartlibrary.matching.engine.Alternative;
import org.smartlibrary.matching.engine.CoveragePlan;
import org.smartlibrary.matching.engine.Criterion;
import org.smartlibrary.matching.engine.CriterionScore;
import org.smartlibrary.matching.engine.ExcludedCandidate;
import org.smartlibrary.matching.engine.ExclusionCode;
import org.smartlibrary.matching.engine.ExclusionReason;
import org.smartlibrary.matching.engine.Explanation;
import org.smartlibrary.matching.engine.Flag;
import org.smartlibrary.matching.engine.Gate;
import org.smartlibrary.matching.engine.MatchResult;
import org.smartlibrary.matching.engine.NeedCoverage;
import org.smartlibrary.matching.engine.PartnerRecommendation;
import org.smartlibrary.matching.engine.PlannedPartner;
import org.smartlibrary.matching.engine.UnmetNeed;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine's result as stored, served and published: flags, alternatives, exclusion codes, 4 decimals. */
class RecommendationViewsTest {

    private static final String PARTNER = "079a965b-e9f8-44c4-9f9f-90e7475621ac";
    private static final String OTHER_PARTNER = "4eac0e94-1b72-439a-894b-ee8c0094a8d0";
    private static final String NEED = "53faa3c4-3ea9-4123-8d95-5eaf07cedcf1";
    private static final String OPEN_NEED = "b74add46-8835-4923-9e16-8e912e8e30db";
    private static final String OFFERING = "65984e65-6b3a-41df-8e24-d109577afdc5";
    private static final String OTHER_OFFERING = "2d7c1778-fb2f-4505-854e-94f8d7e8ec97";
    private static final LocalDate MATCH_DATE = LocalDate.of(2025, 4, 1);

    @Test
    void roundsToFourDecimalsHalfUp() {
        assertThat(RecommendationViews.rounded(0.12345)).isEqualTo(0.1235);
        assertThat(RecommendationViews.rounded(0.12344999)).isEqualTo(0.1234);
        assertThat(RecommendationViews.rounded(150.0 / 280)).isEqualTo(0.5357);
        assertThat(RecommendationViews.rounded(2.0 / 3)).isEqualTo(0.6667);
        assertThat(RecommendationViews.rounded(1)).isEqualTo(1.0);
        assertThat(RecommendationViews.rounded(0)).isEqualTo(0.0);
        assertThat(RecommendationViews.rounded(0.99999)).isEqualTo(1.0);
        assertThat(RecommendationViews.rounded(11.200000000000001)).isEqualTo(11.2);
        assertThatThrownBy(() -> RecommendationViews.rounded(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyScoreRatioAndWeightHasFourDecimalsTheFlagsAndCodesAreMapped() {
        RecommendationContent content = RecommendationViews.content(result());

        assertThat(content.evaluatedOn()).isEqualTo(MATCH_DATE);
        assertThat(content.partnersMatched()).isEqualTo(1);
        RecommendationContent.Recommendation recommendation = content.recommendations().get(0);
        assertThat(recommendation.score()).isEqualTo(0.6235);
        assertThat(recommendation.coverage()).isEqualTo(0.1488);
        assertThat(recommendation.matchQuality()).isEqualTo(0.8093);
        assertThat(recommendation.flags()).containsExactly(MatchFlag.STALE_LISTING, MatchFlag.PARTIAL_COVER);
        RecommendationContent.CoveredNeed cover = recommendation.coveredNeeds().get(0);
        assertThat(cover.coverage()).isEqualTo(0.5357);
        assertThat(cover.matchScore()).isEqualTo(0.8093);
        assertThat(cover.partial()).isTrue();
        assertThat(cover.flags()).containsExactly(MatchFlag.PARTIAL_COVER);
        assertThat(cover.offeringType()).isEqualTo("TECHNOLOGY.ROBOTICS");
        assertThat(recommendation.explanation()).extracting(RecommendationContent.ExplanationItem::value)
                .containsExactly(0.5357, 0.3333);
        assertThat(recommendation.explanation()).extracting(RecommendationContent.ExplanationItem::weight)
                .containsExactly(0.3, 0.1667);
        assertThat(recommendation.explanation().get(1).needId()).isNull();

        assertThat(content.coveragePlan().coveredWeight()).isEqualTo(2.6786);
        assertThat(content.coveragePlan().totalWeight()).isEqualTo(18.0);
        assertThat(content.coveragePlan().coveredShare()).isEqualTo(0.1488);
        assertThat(content.coveragePlan().partners().get(0).addedWeight()).isEqualTo(2.6786);
        assertThat(content.coveragePlan().partnerIds()).containsExactly(UUID.fromString(PARTNER));
        assertThat(content.unmetNeeds().get(0).covered()).isEqualTo(0.4643);
        assertThat(content.unmetNeeds().get(0).reason()).isEqualTo("INSUFFICIENT_CAPACITY");

        assertThat(content.alternatives()).containsExactly(new RecommendationContent.Alternative(
                UUID.fromString(OPEN_NEED), UUID.fromString(OTHER_PARTNER), "Fonds Digitale Inclusie",
                UUID.fromString(OTHER_OFFERING), "FINANCIAL.SPACE", "FINANCIAL.SPACE is related to HUMAN.DESIGN_EXPERTISE"));
    }

    @Test
    void exclusionReasonsCarryGateCodeAndText() {
        List<RecommendationContent.ExcludedCandidate> excluded = RecommendationViews.excluded(result());

        assertThat(excluded).singleElement().satisfies(candidate -> {
            assertThat(candidate.offeringType()).isEqualTo("FINANCIAL.EQUIPMENT");
            assertThat(candidate.reasons()).containsExactly(
                    new RecommendationContent.Exclusion("STATUS", ExclusionReasonCode.NOT_ACTIVE,
                            "offering status is EXPIRED, not ACTIVE"),
                    new RecommendationContent.Exclusion("MIN_ORDER", ExclusionReasonCode.BELOW_MIN_ORDER,
                            "minimum order 300 kits is more than the gap of 280 kits"));
        });
    }

    private static MatchResult result() {
        NeedCoverage cover = new NeedCoverage(NEED, "TECHNOLOGY.ROBOTICS", 5, OFFERING, "TECHNOLOGY.ROBOTICS",
                150.0 / 280, 0.80934, new Explanation(List.of(
                new CriterionScore(Criterion.CAPACITY, 150.0 / 280, 0.3, "capacity 150 of gap 280 kits", NEED))),
                List.of(Flag.PARTIAL_COVER));
        PartnerRecommendation partner = new PartnerRecommendation(1, PARTNER, "Brightbyte Robotics B.V.", "IT_COMPANY",
                "VERIFIED", 0.62346, 5 * (150.0 / 280) / 18, 0.80934, 5 * (150.0 / 280), List.of(cover),
                new Explanation(List.of(
                        new CriterionScore(Criterion.CAPACITY, 150.0 / 280, 0.3, "capacity 150 of gap 280 kits", NEED),
                        new CriterionScore(Criterion.GEOGRAPHY, 1.0 / 3, 1.0 / 6, "serves the region", null))),
                List.of(Flag.STALE_LISTING, Flag.PARTIAL_COVER));
        CoveragePlan plan = new CoveragePlan(
                List.of(new PlannedPartner(PARTNER, "Brightbyte Robotics B.V.", 5 * (150.0 / 280), List.of(NEED))),
                5 * (150.0 / 280), 18,
                List.of(new UnmetNeed(NEED, "TECHNOLOGY.ROBOTICS", 5, UnmetNeed.Reason.INSUFFICIENT_CAPACITY,
                        130.0 / 280, "54% covered")));
        Alternative idea = new Alternative(OPEN_NEED, OTHER_PARTNER, "Fonds Digitale Inclusie", OTHER_OFFERING,
                "FINANCIAL.SPACE", "FINANCIAL.SPACE is related to HUMAN.DESIGN_EXPERTISE");
        ExcludedCandidate excluded = new ExcludedCandidate(NEED, OTHER_PARTNER, "Fonds Digitale Inclusie",
                OTHER_OFFERING, "FINANCIAL.EQUIPMENT", List.of(
                new ExclusionReason(Gate.STATUS, ExclusionCode.NOT_ACTIVE, "offering status is EXPIRED, not ACTIVE"),
                new ExclusionReason(Gate.MIN_ORDER, ExclusionCode.BELOW_MIN_ORDER,
                        "minimum order 300 kits is more than the gap of 280 kits")));
        return new MatchResult("1e250c70-dff6-4e52-8690-a9c144e7cf0f", 1, MATCH_DATE, List.of(partner), 1, plan,
                List.of(idea), List.of(excluded), 1, 3);
    }
}

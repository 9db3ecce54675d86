package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.matching.engine.Fixtures.PROGRAM;
import static org.smartlibrary.matching.engine.Fixtures.ROBOTICS;
import static org.smartlibrary.matching.engine.Fixtures.TODAY;
import static org.smartlibrary.matching.engine.Fixtures.assessment;
import static org.smartlibrary.matching.engine.Fixtures.need;
import static org.smartlibrary.matching.engine.Fixtures.offering;
import static org.smartlibrary.matching.engine.Fixtures.partner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The soft criteria and the flags derived from them, seen as a librarian sees them: through
 * {@link MatchingEngine#match} with one partner, on {@link Fixtures#TODAY} (2025-06-01), whose long-term horizon
 * runs to 2028-05-31.
 */
class CriteriaTest {

    private static final double DELTA = 1e-9;

    /** 300 kits, short term. */
    private final NeedInput robots = need("robots", ROBOTICS).quantity("300", "kits").build();
    /** 30,000 EUR a year, long term. */
    private final NeedInput yearlyGrant = need("grant", PROGRAM).money("30000", "EUR").perYear().longTerm().build();

    // --- weights and the match score

    @Test
    void theDefaultCriterionWeightsSumToOne() {
        ScoringWeights weights = ScoringWeights.defaults();

        assertEquals(1.0, Arrays.stream(Criterion.values()).mapToDouble(weights::weightOf).sum(), DELTA);
    }

    @Test
    void weightsMustBeNonNegativeWithAPositiveSumAndACoverageShareWithinZeroAndOne() {
        assertThrows(IllegalArgumentException.class, () -> new ScoringWeights(-0.1, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new ScoringWeights(0, 0, 0, 0, 0, 0, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new ScoringWeights(0.3, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 1.5));
    }

    @Test
    void theMatchScoreIsTheWeightedMeanOfTheExplainedCriteria() {
        PartnerRecommendation recommendation = recommend(assessment(robots).offers("SPACE").build(),
                partner("p1").regions("North").seeks("SPACE").lastConfirmed(TODAY.minusMonths(10))
                        .offering(offering("o1", ROBOTICS).quantity("100", "kits")
                                .condition("MATCHING_FUNDS_REQUIRED", "0.25")));
        NeedCoverage coverage = recommendation.coveredNeeds().get(0);

        List<CriterionScore> needItems = coverage.explanation().items();
        assertEquals(List.of(Criterion.CAPACITY, Criterion.HORIZON_FIT, Criterion.PRIORITY, Criterion.CONDITIONS),
                needItems.stream().map(CriterionScore::criterion).toList());
        needItems.forEach(item -> assertEquals("robots", item.needId()));
        List<CriterionScore> partnerItems = recommendation.explanation().items().stream()
                .filter(item -> item.criterion().partnerLevel()).toList();
        assertEquals(List.of(Criterion.GEOGRAPHY, Criterion.RECIPROCITY, Criterion.FRESHNESS),
                partnerItems.stream().map(CriterionScore::criterion).toList());
        partnerItems.forEach(item -> assertNull(item.needId()));

        List<CriterionScore> all = new ArrayList<>(needItems);
        all.addAll(partnerItems);
        assertEquals(new Explanation(all).weightedScore(), coverage.matchScore(), DELTA);
        all.forEach(item -> {
            assertEquals(ScoringWeights.defaults().weightOf(item.criterion()), item.weight(), DELTA);
            assertFalse(item.text().isBlank(), item.toString());
        });
        assertEquals(value(coverage, Criterion.CAPACITY) * value(coverage, Criterion.HORIZON_FIT), coverage.coverage(),
                DELTA, "coverage = capacity share x time share");
    }

    // --- capacity

    @Test
    void anOfferOf100KitsCoversAThirdOfANeedOf300() {
        NeedCoverage coverage = cover(robots, partner("p1").offering(offering("o1", ROBOTICS).quantity("100", "kits")));

        assertEquals(1.0 / 3, value(coverage, Criterion.CAPACITY), DELTA);
        assertEquals(1.0 / 3, coverage.coverage(), DELTA);
        assertTrue(coverage.partial());
        assertTrue(coverage.flags().contains(Flag.PARTIAL_COVER), coverage.flags().toString());
    }

    @Test
    void anOfferOf500KitsFullyCoversANeedOf300() {
        NeedCoverage coverage = cover(robots, partner("p1").offering(offering("o1", ROBOTICS).quantity("500", "kits")));

        assertEquals(1.0, value(coverage, Criterion.CAPACITY), DELTA);
        assertEquals(1.0, coverage.coverage(), DELTA);
        assertFalse(coverage.partial());
        assertEquals(List.of(), coverage.flags());
    }

    @Test
    void theGapIsTheNeedMinusWhatTheLibraryAlreadyHas() {
        NeedInput gapOf50 = need("robots", ROBOTICS).quantity("300", "kits").currentCapacity("250").build();

        assertEquals(1.0, value(cover(gapOf50, partner("p1").offering(offering("o1", ROBOTICS)
                .quantity("50", "kits"))), Criterion.CAPACITY), DELTA);
        assertEquals(0.4, value(cover(gapOf50, partner("p1").offering(offering("o1", ROBOTICS)
                .quantity("20", "kits"))), Criterion.CAPACITY), DELTA);
    }

    @Test
    void aCapacityNotStatedCountsAsHalfAndIsFlagged() {
        NeedCoverage coverage = cover(robots, partner("p1").offering(offering("o1", ROBOTICS).noCapacity()));

        assertEquals(0.5, value(coverage, Criterion.CAPACITY), DELTA);
        assertEquals(0.5, coverage.coverage(), DELTA);
        assertTrue(coverage.flags().contains(Flag.CAPACITY_NOT_STATED), coverage.flags().toString());
        assertTrue(coverage.flags().contains(Flag.PARTIAL_COVER), coverage.flags().toString());
    }

    @Test
    void aNeedWithoutQuantityIsCoveredByAnyCapacityWithoutFlag() {
        NeedInput unsized = need("robots", ROBOTICS).noQuantity().build();

        NeedCoverage coverage = cover(unsized, partner("p1").offering(offering("o1", ROBOTICS).noCapacity()));

        assertEquals(1.0, value(coverage, Criterion.CAPACITY), DELTA);
        assertEquals(List.of(), coverage.flags());
    }

    @Test
    void twoThousandFiveHundredAMonthFullyCoversThirtyThousandAYear() {
        NeedCoverage coverage = cover(yearlyGrant, partner("p1").offering(offering("o1", PROGRAM)
                .money("2500", "EUR").perMonth()));

        assertEquals(1.0, value(coverage, Criterion.CAPACITY), DELTA);
        assertEquals(1.0, value(coverage, Criterion.HORIZON_FIT), DELTA, "open-ended recurring money");
        assertEquals(1.0, coverage.coverage(), DELTA);
        assertEquals(List.of(), coverage.flags());
    }

    @Test
    void tenThousandAYearCoversAThirdOfThirtyThousandAYear() {
        NeedCoverage coverage = cover(yearlyGrant, partner("p1").offering(offering("o1", PROGRAM)
                .money("10000", "EUR").perYear()));

        assertEquals(1.0 / 3, value(coverage, Criterion.CAPACITY), DELTA);
        assertTrue(coverage.flags().contains(Flag.PARTIAL_COVER), coverage.flags().toString());
    }

    @Test
    void aYearlyOfferIsComparedWithAMonthlyNeedPerYear() {
        NeedInput monthly = need("grant", PROGRAM).money("2500", "EUR").perMonth().build();

        NeedCoverage coverage = cover(monthly, partner("p1").offering(offering("o1", PROGRAM)
                .money("24000", "EUR").perYear()));

        assertEquals(0.8, value(coverage, Criterion.CAPACITY), DELTA);
    }

    @Test
    void aOneTimeGrantOverAThreeYearWindowHasFullCapacityForAYearlyNeedButIsPartial() {
        // 90,000 spread over the three years to the horizon's end is 30,000 a year: the amount the library needs
        NeedCoverage coverage = cover(yearlyGrant, partner("p1").offering(offering("o1", PROGRAM)
                .money("90000", "EUR").until(TODAY.plusYears(3).minusDays(1))));

        CriterionScore capacity = coverage.explanation().find(Criterion.CAPACITY).orElseThrow();
        assertEquals(1.0, capacity.value(), DELTA);
        assertTrue(capacity.text().contains("full cover"), capacity.text());
        assertTrue(coverage.coverage() < 1, "a one-time amount runs out: " + coverage.coverage());
        assertTrue(coverage.partial());
        assertTrue(coverage.flags().contains(Flag.PARTIAL_COVER), coverage.flags().toString());
    }

    @Test
    void aOneTimeAmountNeverFullyCoversARecurringNeed() {
        // 50,000 once for 1,000 a month: plenty for a while, but it runs out (short-term need)
        NeedInput monthly = need("grant", PROGRAM).money("1000", "EUR").perMonth().build();

        NeedCoverage coverage = cover(monthly, partner("p1").offering(offering("o1", PROGRAM).money("50000", "EUR")));

        assertTrue(coverage.coverage() < 1, "coverage " + coverage.coverage());
        assertTrue(coverage.flags().contains(Flag.PARTIAL_COVER), coverage.flags().toString());
    }

    @Test
    void aRecurringOfferAgainstAOneTimeNeedCountsWhatItPaysInOneYear() {
        NeedInput once = need("grant", PROGRAM).money("10000", "EUR").build();

        assertEquals(1.0, value(cover(once, partner("p1").offering(offering("o1", PROGRAM)
                .money("1000", "EUR").perMonth())), Criterion.CAPACITY), DELTA);
        assertEquals(0.6, value(cover(once, partner("p1").offering(offering("o1", PROGRAM)
                .money("500", "EUR").perMonth())), Criterion.CAPACITY), DELTA);
        assertEquals(0.5, value(cover(once, partner("p1").offering(offering("o1", PROGRAM)
                .money("5000", "EUR").perYear())), Criterion.CAPACITY), DELTA);
    }

    @Test
    void moneyIsNeverComparedAcrossCurrencies() {
        MatchResult result = Fixtures.match(assessment(yearlyGrant).build(), partner("p1")
                .offering(offering("o1", PROGRAM).money("2500", "USD").perMonth()).build());

        assertEquals(List.of(), result.recommendations());
        assertEquals(List.of(ExclusionCode.MEASURE_MISMATCH), result.excludedCandidates().get(0).reasons().stream()
                .map(ExclusionReason::code).toList());
    }

    // --- horizon

    @Test
    void anyWindowFitsAShortTermNeed() {
        NeedCoverage coverage = cover(robots, partner("p1").offering(offering("o1", ROBOTICS).horizon("SHORT_TERM")
                .until(TODAY.plusMonths(1))));

        assertEquals(1.0, value(coverage, Criterion.HORIZON_FIT), DELTA);
        assertFalse(coverage.flags().contains(Flag.ENDS_EARLY), coverage.flags().toString());
    }

    @Test
    void anOpenEndedOfferingAvailableTodayCoversTheWholeLongTermHorizon() {
        NeedInput longTerm = need("robots", ROBOTICS).quantity("300", "kits").longTerm().build();

        NeedCoverage coverage = cover(longTerm, partner("p1").offering(offering("o1", ROBOTICS).horizon("LONG_TERM")));

        assertEquals(1.0, value(coverage, Criterion.HORIZON_FIT), DELTA);
        assertEquals(1.0, coverage.coverage(), DELTA);
        assertEquals(List.of(), coverage.flags());
    }

    @Test
    void anOfferingStartingIn7MonthsCoversTheRestOfTheThreeYearsAndStartsLater() {
        NeedInput longTerm = need("robots", ROBOTICS).quantity("300", "kits").longTerm().build();

        NeedCoverage coverage = cover(longTerm, partner("p1").offering(offering("o1", ROBOTICS)
                .from(TODAY.plusMonths(7))));

        assertEquals((36.0 - 7) / 36, value(coverage, Criterion.HORIZON_FIT), 0.005);
        assertTrue(coverage.flags().contains(Flag.STARTS_LATER), coverage.flags().toString());
        assertTrue(coverage.flags().contains(Flag.PARTIAL_COVER), coverage.flags().toString());
        assertFalse(coverage.flags().contains(Flag.ENDS_EARLY), coverage.flags().toString());
    }

    @Test
    void anOfferingEndingAfter18MonthsCoversHalfTheHorizonAndEndsEarly() {
        NeedInput longTerm = need("robots", ROBOTICS).quantity("300", "kits").longTerm().build();

        NeedCoverage coverage = cover(longTerm, partner("p1").offering(offering("o1", ROBOTICS)
                .until(TODAY.plusMonths(18).minusDays(1))));

        assertEquals(0.5, value(coverage, Criterion.HORIZON_FIT), 0.005);
        assertEquals(0.5, coverage.coverage(), 0.005);
        assertTrue(coverage.flags().contains(Flag.ENDS_EARLY), coverage.flags().toString());
        assertTrue(coverage.flags().contains(Flag.PARTIAL_COVER), coverage.flags().toString());
        assertFalse(coverage.flags().contains(Flag.STARTS_LATER), coverage.flags().toString());
    }

    @Test
    void aShortTermOfferingCoversAtMostHalfOfALongTermNeed() {
        NeedInput longTerm = need("robots", ROBOTICS).quantity("300", "kits").longTerm().build();

        NeedCoverage coverage = cover(longTerm, partner("p1").offering(offering("o1", ROBOTICS)
                .horizon("SHORT_TERM")));

        assertEquals(0.5, value(coverage, Criterion.HORIZON_FIT), DELTA);
        assertTrue(coverage.flags().contains(Flag.PARTIAL_COVER), coverage.flags().toString());
    }

    @Test
    void aRecurringOfferWithAnEndNeverFullyCoversALongTermRecurringNeed() {
        NeedCoverage coverage = cover(yearlyGrant, partner("p1").offering(offering("o1", PROGRAM)
                .money("3000", "EUR").perMonth().until(TODAY.plusYears(2))));

        assertEquals(1.0, value(coverage, Criterion.CAPACITY), DELTA);
        assertTrue(coverage.coverage() < 1, "coverage " + coverage.coverage());
        assertTrue(coverage.flags().contains(Flag.ENDS_EARLY), coverage.flags().toString());
    }

    @Test
    void aRecurringOfferEndingAfterTheHorizonStillDoesNotFullyCoverALongTermRecurringNeed() {
        // a recurring need goes on; only an open-ended recurring offer covers it fully (the window reaches past the
        // three-year horizon, so it does not end early)
        NeedCoverage coverage = cover(yearlyGrant, partner("p1").offering(offering("o1", PROGRAM)
                .money("3000", "EUR").perMonth().until(TODAY.plusYears(5))));

        assertEquals(1.0, value(coverage, Criterion.CAPACITY), DELTA);
        assertTrue(coverage.coverage() < 1, "coverage " + coverage.coverage());
        assertTrue(coverage.flags().contains(Flag.PARTIAL_COVER), coverage.flags().toString());
        assertFalse(coverage.flags().contains(Flag.ENDS_EARLY), coverage.flags().toString());
    }

    @Test
    void anOfferingStartingSoonIsFlaggedForAShortTermNeedToo() {
        NeedCoverage coverage = cover(robots, partner("p1").offering(offering("o1", ROBOTICS)
                .from(TODAY.plusDays(30))));

        assertEquals(1.0, value(coverage, Criterion.HORIZON_FIT), DELTA);
        assertEquals(List.of(Flag.STARTS_LATER), coverage.flags());
    }

    @Test
    void theLongTermHorizonIsASetting() {
        NeedInput longTerm = need("robots", ROBOTICS).quantity("300", "kits").longTerm().build();
        MatchSettings twoYears = new MatchSettings(90, 24, 2, 12, 5);

        MatchResult result = Fixtures.engine(OfferingIndex.of(List.of(partner("p1").offering(offering("o1", ROBOTICS)
                .until(TODAY.plusMonths(12).minusDays(1))).build()))).match(assessment(longTerm).build(), TODAY);
        MatchResult shorterHorizon = Fixtures.engine(OfferingIndex.of(List.of(partner("p1")
                .offering(offering("o1", ROBOTICS).until(TODAY.plusMonths(12).minusDays(1))).build())), twoYears)
                .match(assessment(longTerm).build(), TODAY);

        assertEquals(1.0 / 3, value(result.recommendations().get(0).coveredNeeds().get(0), Criterion.HORIZON_FIT),
                0.005);
        assertEquals(0.5, value(shorterHorizon.recommendations().get(0).coveredNeeds().get(0),
                Criterion.HORIZON_FIT), 0.005);
    }

    // --- priority

    @Test
    void aMoreUrgentNeedScoresHigher() {
        NeedCoverage critical = cover(need("robots", ROBOTICS).priority(5).build(),
                partner("p1").offering(offering("o1", ROBOTICS)));
        NeedCoverage optional = cover(need("robots", ROBOTICS).priority(1).build(),
                partner("p1").offering(offering("o1", ROBOTICS)));

        assertEquals(1.0, value(critical, Criterion.PRIORITY), DELTA);
        assertEquals(0.2, value(optional, Criterion.PRIORITY), DELTA);
        assertTrue(critical.matchScore() > optional.matchScore());
    }

    // --- geography

    @Test
    void geographyPrefersTheSameCityThenRegionThenNationalThenRemote() {
        double city = partnerValue(partner("p1").cities("Springfield"), Criterion.GEOGRAPHY);
        double region = partnerValue(partner("p1").regions("North"), Criterion.GEOGRAPHY);
        double national = partnerValue(partner("p1").national(), Criterion.GEOGRAPHY);
        double remote = partnerValue(partner("p1").remote(), Criterion.GEOGRAPHY);

        assertEquals(1.0, city, DELTA);
        assertTrue(city > region && region > national && national > remote,
                city + " > " + region + " > " + national + " > " + remote);
    }

    // --- reciprocity

    @Test
    void aPartnerSeekingWhatTheLibraryOffersScoresHigherThanOneSeekingNothingOrSomethingElse() {
        AssessmentInput assessment = assessment(robots).offers("SPACE", "EVENT_HOSTING").build();

        PartnerRecommendation reciprocal = recommend(assessment, partner("p1").seeks("SPACE", "VISIBILITY")
                .offering(offering("o1", ROBOTICS)));
        PartnerRecommendation nothingSought = recommend(assessment, partner("p1").offering(offering("o1", ROBOTICS)));
        PartnerRecommendation notReciprocal = recommend(assessment, partner("p1").seeks("VISIBILITY")
                .offering(offering("o1", ROBOTICS)));

        assertEquals(1.0, value(reciprocal, Criterion.RECIPROCITY), DELTA);
        assertEquals(0.5, value(nothingSought, Criterion.RECIPROCITY), DELTA);
        assertEquals(0.0, value(notReciprocal, Criterion.RECIPROCITY), DELTA);
        assertTrue(reciprocal.explanation().find(Criterion.RECIPROCITY).orElseThrow().text().contains("SPACE"));
        assertTrue(reciprocal.score() > nothingSought.score() && nothingSought.score() > notReciprocal.score());
    }

    // --- freshness and verification

    @Test
    void aListingConfirmedExactly12MonthsAgoIsNotStale() {
        PartnerRecommendation recommendation = recommend(assessment(robots).build(), partner("p1")
                .lastConfirmed(TODAY.minusMonths(12)).offering(offering("o1", ROBOTICS)));

        assertFalse(recommendation.flags().contains(Flag.STALE_LISTING), recommendation.flags().toString());
        assertFalse(recommendation.coveredNeeds().get(0).flags().contains(Flag.STALE_LISTING));
    }

    @Test
    void aListingConfirmed12MonthsAndOneDayAgoIsStale() {
        PartnerRecommendation recommendation = recommend(assessment(robots).build(), partner("p1")
                .lastConfirmed(TODAY.minusMonths(12).minusDays(1)).offering(offering("o1", ROBOTICS)));

        assertTrue(recommendation.flags().contains(Flag.STALE_LISTING), recommendation.flags().toString());
    }

    @Test
    void aListingNeverConfirmedIsStale() {
        PartnerRecommendation recommendation = recommend(assessment(robots).build(), partner("p1")
                .lastConfirmed(null).offering(offering("o1", ROBOTICS)));

        assertTrue(recommendation.flags().contains(Flag.STALE_LISTING), recommendation.flags().toString());
    }

    @Test
    void theStalePeriodIsASetting() {
        PartnerInput sevenMonths = partner("p1").lastConfirmed(TODAY.minusMonths(7)).offering(offering("o1", ROBOTICS))
                .build();
        MatchSettings sixMonths = new MatchSettings(90, 24, 3, 6, 5);

        List<Flag> byDefault = Fixtures.match(assessment(robots).build(), sevenMonths).recommendations().get(0).flags();
        List<Flag> afterSix = Fixtures.engine(OfferingIndex.of(List.of(sevenMonths)), sixMonths)
                .match(assessment(robots).build(), TODAY).recommendations().get(0).flags();

        assertFalse(byDefault.contains(Flag.STALE_LISTING), byDefault.toString());
        assertTrue(afterSix.contains(Flag.STALE_LISTING), afterSix.toString());
    }

    @Test
    void aRecentlyConfirmedListingScoresHigherThanAnOldOne() {
        double recent = partnerValue(partner("p1").lastConfirmed(TODAY.minusMonths(2)), Criterion.FRESHNESS);
        double fifteenMonths = partnerValue(partner("p1").lastConfirmed(TODAY.minusMonths(15)), Criterion.FRESHNESS);
        double never = partnerValue(partner("p1").lastConfirmed(null), Criterion.FRESHNESS);

        assertEquals(1.0, recent, DELTA);
        assertTrue(recent > fifteenMonths && fifteenMonths > never, recent + " > " + fifteenMonths + " > " + never);
    }

    @Test
    void verifiedScoresAbovePendingAboveUnverifiedAndOnlyVerifiedIsNotFlagged() {
        PartnerRecommendation verified = recommend(assessment(robots).build(), partner("p1").verification("VERIFIED")
                .offering(offering("o1", ROBOTICS)));
        PartnerRecommendation pending = recommend(assessment(robots).build(), partner("p1").verification("PENDING")
                .offering(offering("o1", ROBOTICS)));
        PartnerRecommendation unverified = recommend(assessment(robots).build(), partner("p1")
                .verification("UNVERIFIED").offering(offering("o1", ROBOTICS)));

        double v = value(verified, Criterion.FRESHNESS);
        double p = value(pending, Criterion.FRESHNESS);
        double u = value(unverified, Criterion.FRESHNESS);
        assertTrue(v > p && p > u, v + " > " + p + " > " + u);
        assertFalse(verified.flags().contains(Flag.UNVERIFIED));
        assertTrue(pending.flags().contains(Flag.UNVERIFIED));
        assertTrue(unverified.flags().contains(Flag.UNVERIFIED));
    }

    // --- conditions

    @Test
    void anOfferingWithoutConditionsOrWithConditionsTheLibraryMeetsCostsNothing() {
        NeedCoverage none = cover(robots, partner("p1").offering(offering("o1", ROBOTICS)));
        NeedCoverage met = cover(robots, partner("p1").regions("North").offering(offering("o1", ROBOTICS)
                .condition("NONPROFIT_ONLY").condition("REGION_ONLY", "North")));

        assertEquals(1.0, value(none, Criterion.CONDITIONS), DELTA);
        assertEquals(1.0, value(met, Criterion.CONDITIONS), DELTA);
        assertEquals(List.of(), met.flags());
    }

    @Test
    void matchingFundsTheLibraryDoesNotStateAreAConditionCost() {
        NeedCoverage coverage = cover(robots, partner("p1").offering(offering("o1", ROBOTICS)
                .condition("MATCHING_FUNDS_REQUIRED", "0.25")));

        assertTrue(value(coverage, Criterion.CONDITIONS) < 1);
        assertEquals(List.of(Flag.CONDITION_COST), coverage.flags());
        assertTrue(coverage.explanation().find(Criterion.CONDITIONS).orElseThrow().text()
                .contains("MATCHING_FUNDS_REQUIRED"));
    }

    @Test
    void matchingFundsTheLibraryHasCostNothing() {
        PartnerRecommendation recommendation = recommend(assessment(robots).matchingFunds().build(), partner("p1")
                .offering(offering("o1", ROBOTICS).condition("MATCHING_FUNDS_REQUIRED", "0.25")));
        NeedCoverage coverage = recommendation.coveredNeeds().get(0);

        assertEquals(1.0, value(coverage, Criterion.CONDITIONS), DELTA);
        assertEquals(List.of(), coverage.flags());
    }

    @Test
    void aConditionTheEngineCannotCheckIsForAPersonToReview() {
        NeedCoverage coverage = cover(robots, partner("p1").offering(offering("o1", ROBOTICS)
                .condition(new OfferingCondition("OTHER", List.of(), "only on weekdays"))));

        assertTrue(value(coverage, Criterion.CONDITIONS) < 1);
        assertEquals(List.of(Flag.CONDITIONS_TO_REVIEW), coverage.flags());
        assertTrue(coverage.explanation().find(Criterion.CONDITIONS).orElseThrow().text().contains("only on weekdays"));
    }

    @Test
    void aMinimumAudienceIsReviewedWhenTheLibraryOffersAudienceReachAndACostOtherwise() {
        Fixtures.PartnerBuilder partner = partner("p1").offering(offering("o1", ROBOTICS)
                .condition("MIN_AUDIENCE", "500"));

        NeedCoverage withReach = recommend(assessment(robots).offers("AUDIENCE_REACH").build(), partner)
                .coveredNeeds().get(0);
        NeedCoverage withoutReach = recommend(assessment(robots).build(), partner).coveredNeeds().get(0);

        assertEquals(List.of(Flag.CONDITIONS_TO_REVIEW), withReach.flags());
        assertEquals(List.of(Flag.CONDITION_COST), withoutReach.flags());
    }

    @Test
    void regionOnlyWithoutAnyRegionToCheckIsForAPersonToReview() {
        NeedCoverage coverage = cover(robots, partner("p1").remote().offering(offering("o1", ROBOTICS)
                .condition("REGION_ONLY")));

        assertEquals(List.of(Flag.CONDITIONS_TO_REVIEW), coverage.flags());
    }

    @Test
    void aMinimumOrderThatCannotBeComparedWithTheNeedIsForAPersonToReview() {
        NeedInput unsized = need("robots", ROBOTICS).noQuantity().build();

        NeedCoverage coverage = cover(unsized, partner("p1").offering(offering("o1", ROBOTICS)
                .quantity("500", "kits").minOrder("100")));

        assertEquals(List.of(Flag.CONDITIONS_TO_REVIEW), coverage.flags());
    }

    // --- helpers

    private static NeedCoverage cover(NeedInput need, Fixtures.PartnerBuilder partner) {
        PartnerRecommendation recommendation = recommend(assessment(need).build(), partner);
        assertEquals(1, recommendation.coveredNeeds().size());
        return recommendation.coveredNeeds().get(0);
    }

    /** The one partner's recommendation, on {@link Fixtures#TODAY} with the defaults. */
    private static PartnerRecommendation recommend(AssessmentInput assessment, Fixtures.PartnerBuilder partner) {
        MatchResult result = Fixtures.match(assessment, partner.build());
        assertEquals(1, result.recommendations().size(), () -> "excluded: " + result.excludedCandidates());
        return result.recommendations().get(0);
    }

    private double partnerValue(Fixtures.PartnerBuilder partner, Criterion criterion) {
        return value(recommend(assessment(robots).build(), partner.offering(offering("o1", ROBOTICS))), criterion);
    }

    private static double value(NeedCoverage coverage, Criterion criterion) {
        return coverage.explanation().find(criterion).orElseThrow().value();
    }

    private static double value(PartnerRecommendation recommendation, Criterion criterion) {
        return recommendation.explanation().find(criterion).orElseThrow().value();
    }
}

package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.matching.engine.Fixtures.EQUIPMENT;
import static org.smartlibrary.matching.engine.Fixtures.PROGRAM;
import static org.smartlibrary.matching.engine.Fixtures.ROBOTICS;
import static org.smartlibrary.matching.engine.Fixtures.SOFTWARE;
import static org.smartlibrary.matching.engine.Fixtures.TODAY;
import static org.smartlibrary.matching.engine.Fixtures.assessment;
import static org.smartlibrary.matching.engine.Fixtures.need;
import static org.smartlibrary.matching.engine.Fixtures.offering;
import static org.smartlibrary.matching.engine.Fixtures.partner;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeedOfferingScorerTest {

    private static final double DELTA = 1e-9;

    private final HardGates gates = new HardGates(Fixtures.TAXONOMY_RELATIONS);
    private final NeedOfferingScorer scorer = new NeedOfferingScorer(ScoringWeights.defaults());
    private final NeedInput robotsNeed = need("n1", ROBOTICS).quantity("300", "kits").build();

    @Test
    void defaultCriterionWeightsSumToOne() {
        ScoringWeights weights = ScoringWeights.defaults();
        double sum = Arrays.stream(Criterion.values()).mapToDouble(weights::weightOf).sum();

        assertEquals(1.0, sum, DELTA);
    }

    @Test
    void weightsMustBeNonNegativeWithAPositiveSumAndACoverageShareWithinZeroAndOne() {
        assertThrows(IllegalArgumentException.class, () -> new ScoringWeights(-0.1, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new ScoringWeights(0, 0, 0, 0, 0, 0, 0, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new ScoringWeights(0.2, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 1.5));
    }

    @Test
    void everyCriterionIsExplainedOnceAndTheMatchScoreIsTheirWeightedMean() {
        NeedCoverage coverage = score(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)));

        List<CriterionScore> items = coverage.explanation().items();
        assertEquals(Arrays.asList(Criterion.values()), items.stream().map(CriterionScore::criterion).toList());
        double weighted = items.stream().mapToDouble(i -> i.weight() * i.value()).sum();
        double weights = items.stream().mapToDouble(CriterionScore::weight).sum();
        assertEquals(weighted / weights, coverage.matchScore(), DELTA);
        items.forEach(item -> {
            assertEquals(ScoringWeights.defaults().weightOf(item.criterion()), item.weight(), DELTA);
            assertEquals("n1", item.needId());
            assertFalse(item.text().isBlank());
        });
    }

    @Test
    void anExactTypeFitsFullyAndARelatedTypePartly() {
        CriterionScore exact = criterion(score(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS))),
                Criterion.TYPE_FIT);
        CriterionScore related = criterion(score(robotsNeed, partner("p1").offering(offering("o1", SOFTWARE)
                .quantity("500", "kits"))), Criterion.TYPE_FIT);

        assertEquals(1.0, exact.value(), DELTA);
        assertEquals("exact type TECHNOLOGY.ROBOTICS", exact.text());
        assertEquals(NeedOfferingScorer.RELATED_TYPE_FIT, related.value(), DELTA);
        assertEquals("related type TECHNOLOGY.SOFTWARE for a need of TECHNOLOGY.ROBOTICS", related.text());
    }

    @Test
    void anOfferOf500FullyCoversANeedOf300() {
        NeedCoverage coverage = score(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)
                .quantity("500", "kits")));

        CriterionScore capacity = criterion(coverage, Criterion.CAPACITY);
        assertEquals(1.0, capacity.value(), DELTA);
        assertEquals("capacity 500 ≥ need 300 kits: full cover", capacity.text());
        assertEquals(1.0, coverage.coverage(), DELTA);
        assertFalse(coverage.partial());
    }

    @Test
    void anOfferOf20IsALabelledPartialCover() {
        NeedCoverage coverage = score(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)
                .quantity("20", "kits")));

        CriterionScore capacity = criterion(coverage, Criterion.CAPACITY);
        assertEquals(20.0 / 300, capacity.value(), DELTA);
        assertEquals("capacity 20 of need 300 kits → partial 7%", capacity.text());
        assertEquals(20.0 / 300, coverage.coverage(), DELTA);
        assertTrue(coverage.partial());
    }

    @Test
    void aRelatedTypeIsPartialEvenAtFullCapacity() {
        NeedCoverage coverage = score(robotsNeed, partner("p1").offering(offering("o1", SOFTWARE)
                .quantity("500", "kits")));

        assertEquals(1.0, coverage.coverage(), DELTA);
        assertTrue(coverage.partial());
    }

    @Test
    void theGapIsTheNeedMinusCurrentCapacity() {
        NeedInput need = need("n1", ROBOTICS).quantity("300", "kits").currentCapacity("250").build();

        CriterionScore full = criterion(score(need, partner("p1").offering(offering("o1", ROBOTICS)
                .quantity("50", "kits"))), Criterion.CAPACITY);
        CriterionScore partial = criterion(score(need, partner("p1").offering(offering("o1", ROBOTICS)
                .quantity("20", "kits"))), Criterion.CAPACITY);

        assertEquals(1.0, full.value(), DELTA);
        assertEquals("capacity 50 ≥ gap 50 kits (need 300 − current 250): full cover", full.text());
        assertEquals(0.4, partial.value(), DELTA);
        assertEquals("capacity 20 of gap 50 kits (need 300 − current 250) → partial 40%", partial.text());
    }

    @Test
    void moneyCapacityIsComparedWithTheAmount() {
        NeedInput need = need("n1", PROGRAM).money("30000", "EUR").build();

        CriterionScore capacity = criterion(score(need, partner("p1").offering(offering("o1", PROGRAM)
                .money("10000", "EUR"))), Criterion.CAPACITY);

        assertEquals(1.0 / 3, capacity.value(), DELTA);
        assertEquals("capacity 10000 of need 30000 EUR → partial 33%", capacity.text());
    }

    @Test
    void capacityNotStatedCountsAsHalfAndAnotherMeasureAsAFifth() {
        CriterionScore unstated = criterion(score(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)
                .noCapacity())), Criterion.CAPACITY);
        CriterionScore otherMeasure = criterion(score(robotsNeed, partner("p1").offering(offering("o1", EQUIPMENT)
                .money("50000", "EUR"))), Criterion.CAPACITY);

        assertEquals(0.5, unstated.value(), DELTA);
        assertEquals("capacity not stated for need 300 kits → counted as partial 50%", unstated.text());
        assertEquals(0.2, otherMeasure.value(), DELTA);
        assertEquals("capacity 50000 EUR not comparable with need 300 kits → counted as partial 20%",
                otherMeasure.text());
    }

    @Test
    void aThreeYearGrantOnlyPartlyCoversALongTermNeed() {
        NeedInput need = need("n1", PROGRAM).money("50000", "EUR").longTerm().build();

        NeedCoverage coverage = score(need, partner("p1").offering(offering("o1", PROGRAM).money("100000", "EUR")
                .horizon("LONG_TERM").until(TODAY.plusYears(3).minusDays(1))));

        CriterionScore horizon = criterion(coverage, Criterion.HORIZON_FIT);
        assertEquals(0.6, horizon.value(), DELTA);
        assertEquals("time-boxed long-term offering until 2028-05-31 (3.0 years) covers 60% of a long-term need",
                horizon.text());
        assertEquals(1.0, criterion(coverage, Criterion.CAPACITY).value(), DELTA);
        assertEquals(0.6, coverage.coverage(), DELTA);
        assertTrue(coverage.partial());
    }

    @Test
    void aShortLoanWindowOnlyPartlyCoversALongTermNeed() {
        NeedInput need = need("n1", ROBOTICS).longTerm().build();

        CriterionScore horizon = criterion(score(need, partner("p1").offering(offering("o1", ROBOTICS)
                .until(TODAY.plusMonths(6).minusDays(1)))), Criterion.HORIZON_FIT);

        assertEquals(HorizonFit.MIN_TIME_BOXED_SHARE, horizon.value(), DELTA);
        assertTrue(horizon.text().contains("(0.5 years) covers 10%"), horizon.text());
    }

    @Test
    void theWindowIsCountedFromAFutureStart() {
        NeedInput need = need("n1", ROBOTICS).longTerm().build();

        CriterionScore horizon = criterion(score(need, partner("p1").offering(offering("o1", ROBOTICS)
                .from(TODAY.plusMonths(1)).until(TODAY.plusMonths(31).minusDays(1)))), Criterion.HORIZON_FIT);

        assertEquals(0.5, horizon.value(), DELTA);
    }

    @Test
    void anOpenEndedOrAnyHorizonOfferingFullyCoversALongTermNeed() {
        NeedInput need = need("n1", ROBOTICS).longTerm().build();

        assertEquals(1.0, criterion(score(need, partner("p1").offering(offering("o1", ROBOTICS).horizon("ANY"))),
                Criterion.HORIZON_FIT).value(), DELTA);
        assertEquals(1.0, criterion(score(need, partner("p1").offering(offering("o1", ROBOTICS)
                .horizon("LONG_TERM"))), Criterion.HORIZON_FIT).value(), DELTA);
    }

    @Test
    void aShortTermOfferingCoversAtMostHalfOfALongTermNeed() {
        NeedInput need = need("n1", ROBOTICS).longTerm().build();

        CriterionScore horizon = criterion(score(need, partner("p1").offering(offering("o1", ROBOTICS)
                .horizon("SHORT_TERM"))), Criterion.HORIZON_FIT);

        assertEquals(HorizonFit.SHORT_TERM_OFFERING_SHARE, horizon.value(), DELTA);
        assertEquals("open-ended short-term offering covers 50% of a long-term need", horizon.text());
    }

    @Test
    void anyWindowFitsAShortTermNeed() {
        CriterionScore horizon = criterion(score(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)
                .horizon("SHORT_TERM").until(TODAY.plusMonths(2)))), Criterion.HORIZON_FIT);

        assertEquals(1.0, horizon.value(), DELTA);
    }

    @Test
    void priorityIsScoredAndAMoreUrgentNeedScoresHigher() {
        NeedCoverage urgent = score(need("n1", ROBOTICS).priority(5).build(),
                partner("p1").offering(offering("o1", ROBOTICS)));
        NeedCoverage optional = score(need("n1", ROBOTICS).priority(1).build(),
                partner("p1").offering(offering("o1", ROBOTICS)));

        assertEquals(1.0, criterion(urgent, Criterion.PRIORITY).value(), DELTA);
        assertEquals("priority 5 of 5 (critical)", criterion(urgent, Criterion.PRIORITY).text());
        assertEquals(0.2, criterion(optional, Criterion.PRIORITY).value(), DELTA);
        assertTrue(urgent.matchScore() > optional.matchScore());
    }

    @Test
    void geographyPrefersSameCityThenRegionThenNationalThenRemote() {
        double city = geography(partner("p1").cities("Springfield"));
        double region = geography(partner("p1").regions("North"));
        double national = geography(partner("p1").national());
        double remote = geography(partner("p1").remote());

        assertTrue(city > region && region > national && national > remote,
                city + " > " + region + " > " + national + " > " + remote);
    }

    @Test
    void reciprocityNamesTheSharedCodesAndRaisesTheScore() {
        AssessmentInput assessment = assessment(robotsNeed).offers("SPACE", "EVENT_HOSTING").build();

        NeedCoverage reciprocal = score(assessment, robotsNeed, partner("p1").seeks("SPACE", "VISIBILITY", "EVENT_HOSTING")
                .offering(offering("o1", ROBOTICS)));
        NeedCoverage nothingSought = score(assessment, robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)));
        NeedCoverage notReciprocal = score(assessment, robotsNeed, partner("p1").seeks("VISIBILITY")
                .offering(offering("o1", ROBOTICS)));

        CriterionScore reciprocity = criterion(reciprocal, Criterion.RECIPROCITY);
        assertEquals(1.0, reciprocity.value(), DELTA);
        assertEquals("partner seeks EVENT_HOSTING, SPACE, which the library offers", reciprocity.text());
        assertEquals("partner seeks VISIBILITY; the library offers none of these",
                criterion(notReciprocal, Criterion.RECIPROCITY).text());
        assertTrue(reciprocal.matchScore() > nothingSought.matchScore());
        assertTrue(nothingSought.matchScore() > notReciprocal.matchScore());
    }

    @Test
    void freshnessIsFullForSixMonthsThenDecaysToAFloorAtTwentyFourMonths() {
        assertEquals(1.0, NeedOfferingScorer.freshnessOf(TODAY.minusMonths(6), TODAY), DELTA);
        double fifteenMonths = NeedOfferingScorer.freshnessOf(TODAY.minusMonths(15), TODAY);
        assertEquals(0.6, fifteenMonths, 0.01);
        assertEquals(NeedOfferingScorer.FRESHNESS_FLOOR, NeedOfferingScorer.freshnessOf(TODAY.minusMonths(24), TODAY),
                DELTA);
        assertEquals(NeedOfferingScorer.FRESHNESS_FLOOR, NeedOfferingScorer.freshnessOf(TODAY.minusYears(5), TODAY),
                DELTA);
        assertEquals(NeedOfferingScorer.FRESHNESS_FLOOR, NeedOfferingScorer.freshnessOf(null, TODAY), DELTA);
    }

    @Test
    void theFreshnessCriterionCombinesFreshnessAndVerification() {
        CriterionScore fresh = criterion(score(robotsNeed, partner("p1").lastConfirmed(TODAY.minusMonths(2))
                .offering(offering("o1", ROBOTICS))), Criterion.FRESHNESS);
        CriterionScore stale = criterion(score(robotsNeed, partner("p1").lastConfirmed(TODAY.minusMonths(30))
                .offering(offering("o1", ROBOTICS))), Criterion.FRESHNESS);

        assertEquals(1.0, fresh.value(), DELTA);
        assertEquals("confirmed 2025-04-01 (2 months ago) → 1.00; verification VERIFIED → 1.00", fresh.text());
        assertEquals((NeedOfferingScorer.FRESHNESS_FLOOR + 1.0) / 2, stale.value(), DELTA);
    }

    @Test
    void verifiedScoresAbovePendingAboveUnverified() {
        double verified = freshnessValue("VERIFIED");
        double pending = freshnessValue("PENDING");
        double unverified = freshnessValue("UNVERIFIED");

        assertTrue(verified > pending && pending > unverified, verified + " > " + pending + " > " + unverified);
    }

    @Test
    void conditionsArePenalisedOrFlaggedButMetConditionsCostNothing() {
        CriterionScore none = criterion(score(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS))),
                Criterion.CONDITIONS);
        CriterionScore met = criterion(score(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)
                .condition("NONPROFIT_ONLY"))), Criterion.CONDITIONS);
        NeedCoverage penalised = score(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)
                .condition("MATCHING_FUNDS_REQUIRED", "0.25")));
        NeedCoverage review = score(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)
                .condition("OTHER")));

        assertEquals(1.0, none.value(), DELTA);
        assertEquals("no conditions", none.text());
        assertEquals(1.0, met.value(), DELTA);
        assertEquals(NeedOfferingScorer.PENALTY_FACTOR, criterion(penalised, Criterion.CONDITIONS).value(), DELTA);
        assertTrue(criterion(penalised, Criterion.CONDITIONS).text().contains("MATCHING_FUNDS_REQUIRED (25% co-funding)"));
        assertEquals(NeedOfferingScorer.REVIEW_FACTOR, criterion(review, Criterion.CONDITIONS).value(), DELTA);
        assertTrue(review.needsReview());
        assertFalse(penalised.needsReview());
    }

    @Test
    void customWeightsChangeTheMatchScore() {
        ScoringWeights onlyType = new ScoringWeights(1, 0, 0, 0, 0, 0, 0, 0, 0.5);
        PartnerInput partner = partner("p1").offering(offering("o1", SOFTWARE).quantity("500", "kits")).build();
        PartnerOffering candidate = new PartnerOffering(partner, partner.offerings().get(0));
        AssessmentInput assessment = assessment(robotsNeed).build();

        NeedCoverage coverage = new NeedOfferingScorer(onlyType).score(assessment, robotsNeed, candidate,
                gates.check(assessment, robotsNeed, candidate, TODAY), TODAY);

        assertEquals(NeedOfferingScorer.RELATED_TYPE_FIT, coverage.matchScore(), DELTA);
    }

    private double geography(Fixtures.PartnerBuilder partner) {
        return criterion(score(robotsNeed, partner.offering(offering("o1", ROBOTICS))), Criterion.GEOGRAPHY).value();
    }

    private double freshnessValue(String verification) {
        return criterion(score(robotsNeed, partner("p1").verification(verification).offering(offering("o1", ROBOTICS))),
                Criterion.FRESHNESS).value();
    }

    private NeedCoverage score(NeedInput need, Fixtures.PartnerBuilder partnerBuilder) {
        return score(assessment(need).build(), need, partnerBuilder);
    }

    private NeedCoverage score(AssessmentInput assessment, NeedInput need, Fixtures.PartnerBuilder partnerBuilder) {
        PartnerInput partner = partnerBuilder.build();
        PartnerOffering candidate = new PartnerOffering(partner, partner.offerings().get(0));
        GateResult gate = gates.check(assessment, need, candidate, TODAY);
        assertTrue(gate.admitted(), () -> "expected admitted but " + gate.reasons());
        return scorer.score(assessment, need, candidate, gate, TODAY);
    }

    private static CriterionScore criterion(NeedCoverage coverage, Criterion criterion) {
        return coverage.explanation().find(criterion).orElseThrow();
    }
}

package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.matching.engine.Coverages.candidate;
import static org.smartlibrary.matching.engine.Coverages.nothingExcluded;
import static org.smartlibrary.matching.engine.Coverages.share;
import static org.smartlibrary.matching.engine.Coverages.timeLimited;
import static org.smartlibrary.matching.engine.Fixtures.ROBOTICS;
import static org.smartlibrary.matching.engine.Fixtures.need;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoveragePlannerTest {

    private static final double DELTA = 1e-9;

    private final CoveragePlanner planner = new CoveragePlanner(CoveragePlanner.DEFAULT_MAX_PARTNERS,
            CoveragePlanner.DEFAULT_MIN_GAIN_SHARE);
    private final NeedInput urgent = need("n1", ROBOTICS).priority(5).build();
    private final NeedInput minor = need("n2", ROBOTICS).priority(1).build();
    private final NeedInput other = need("n3", ROBOTICS).priority(1).build();
    private final List<NeedInput> one = List.of(urgent);
    private final List<NeedInput> two = List.of(urgent, minor);
    private final List<NeedInput> three = List.of(urgent, minor, other);

    @Test
    void picksThePartnerAddingTheMostUncoveredWeightFirstAndSkipsPartnersThatAddNothing() {
        CoveragePlan plan = plan(planner, three, List.of(
                candidate(three, "broad", share("n2", "o1", 1.0, 0.9), share("n3", "o2", 1.0, 0.9)),
                candidate(three, "half", share("n1", "o3", 0.5, 0.9)),
                candidate(three, "urgent", share("n1", "o4", 1.0, 0.9))), nothingExcluded(three));

        assertEquals(List.of("urgent", "broad"), plan.partnerIds());
        assertEquals(5.0, plan.partners().get(0).addedWeight(), DELTA);
        assertEquals(List.of("n2", "n3"), plan.partners().get(1).needIds());
        assertEquals(7.0, plan.coveredWeight(), DELTA);
        assertEquals(7.0, plan.totalWeight(), DELTA);
        assertEquals(1.0, plan.coveredShare(), DELTA);
        assertEquals(List.of(), plan.unmetNeeds());
    }

    @Test
    void partialCoversAddUpUntilTheNeedIsCovered() {
        CoveragePlan plan = plan(planner, one, List.of(
                candidate(one, "a", share("n1", "o1", 0.4, 0.9)),
                candidate(one, "b", share("n1", "o2", 0.4, 0.9)),
                candidate(one, "c", share("n1", "o3", 0.3, 0.9))), nothingExcluded(one));

        assertEquals(List.of("a", "b", "c"), plan.partnerIds());
        assertEquals(List.of(2.0, 2.0, 1.0), plan.partners().stream().map(p -> round(p.addedWeight())).toList());
        assertEquals(5.0, plan.coveredWeight(), DELTA);
        assertEquals(List.of(), plan.unmetNeeds());
    }

    @Test
    void aRemainingShareIsReportedAsInsufficientCapacity() {
        CoveragePlan plan = plan(planner, one, List.of(
                candidate(one, "a", share("n1", "o1", 20.0 / 300, 0.9))), nothingExcluded(one));

        UnmetNeed unmet = plan.unmetNeeds().get(0);
        assertEquals(UnmetNeed.Reason.INSUFFICIENT_CAPACITY, unmet.reason());
        assertEquals(20.0 / 300, unmet.covered(), DELTA);
        assertTrue(unmet.detail().contains("7%") && unmet.detail().contains("93%"), unmet.detail());
    }

    @Test
    void aShareLeftOpenByTimeBoxedOffersIsAHorizonMismatch() {
        CoveragePlan plan = plan(planner, one, List.of(
                candidate(one, "grant", timeLimited("n1", "o1", 0.6, 0.8))), nothingExcluded(one));

        UnmetNeed unmet = plan.unmetNeeds().get(0);
        assertEquals(UnmetNeed.Reason.HORIZON_MISMATCH, unmet.reason());
        assertEquals(0.6, unmet.covered(), DELTA);
        assertTrue(unmet.detail().contains("60%") && unmet.detail().contains("40%"), unmet.detail());
    }

    @Test
    void aShareLeftOpenWhereSomeCoverLacksCapacityIsInsufficientCapacity() {
        CoveragePlan plan = plan(planner, one, List.of(
                candidate(one, "grant", timeLimited("n1", "o1", 0.5, 0.8)),
                candidate(one, "small", share("n1", "o2", 0.3, 0.8))), nothingExcluded(one));

        assertEquals(List.of("grant", "small"), plan.partnerIds());
        UnmetNeed unmet = plan.unmetNeeds().get(0);
        assertEquals(UnmetNeed.Reason.INSUFFICIENT_CAPACITY, unmet.reason());
        assertEquals(0.8, unmet.covered(), DELTA);
    }

    @Test
    void stopsAtTheMaximumPlanSize() {
        CoveragePlanner small = new CoveragePlanner(2, CoveragePlanner.DEFAULT_MIN_GAIN_SHARE);

        CoveragePlan plan = plan(small, three, List.of(
                candidate(three, "a", share("n1", "o1", 1.0, 0.9)),
                candidate(three, "b", share("n2", "o2", 1.0, 0.9)),
                candidate(three, "c", share("n3", "o3", 1.0, 0.9))), nothingExcluded(three));

        assertEquals(List.of("a", "b"), plan.partnerIds());
        UnmetNeed unmet = plan.unmetNeeds().get(0);
        assertEquals("n3", unmet.needId());
        assertEquals(UnmetNeed.Reason.NOT_IN_PLAN, unmet.reason());
        assertEquals(0.0, unmet.covered(), DELTA);
        assertTrue(unmet.detail().contains("2 partners"), unmet.detail());
    }

    @Test
    void stopsWhenNoPartnerAddsMoreThanTheMinimumGain() {
        CoveragePlan plan = plan(planner, two, List.of(
                candidate(two, "a", share("n1", "o1", 1.0, 0.9)),
                candidate(two, "tiny", share("n2", "o2", 0.005, 0.9))), nothingExcluded(two));

        assertEquals(List.of("a"), plan.partnerIds());
        assertEquals(UnmetNeed.Reason.NOT_IN_PLAN, plan.unmetNeeds().get(0).reason());
    }

    @Test
    void equalGainsGoToTheBetterRankedPartner() {
        CoveragePlan plan = plan(planner, one, List.of(
                candidate(one, "first", share("n1", "o1", 1.0, 0.9)),
                candidate(one, "second", share("n1", "o2", 1.0, 0.9))), nothingExcluded(one));

        assertEquals(List.of("first"), plan.partnerIds());
    }

    @Test
    void ofSeveralEquivalentPartnersThePlanTakesTheLeastContendedInsteadOfOneOthersAskFor() {
        // each offering has 500 kits, the need 300: first's are asked for 400 (140%), second's 100 (80%), third's
        // not at all (60%)
        OfferingDemand demand = OfferingDemand.of(Map.of(
                "o1", new OfferingDemand.Asked(new BigDecimal("400"), 2),
                "o2", new OfferingDemand.Asked(new BigDecimal("100"), 1)));

        CoveragePlan plan = planner.plan(one, List.of(
                candidate(one, "first", share("n1", "o1", 1.0, 0.9)),
                candidate(one, "second", share("n1", "o2", 1.0, 0.89)),
                candidate(one, "third", share("n1", "o3", 1.0, 0.88))), nothingExcluded(one),
                Coverages.contention(one, demand));

        assertEquals(List.of("third"), plan.partnerIds());
        BalancedChoice why = plan.partners().get(0).balancedInsteadOf();
        assertEquals("first", why.insteadOfPartnerId());
        assertEquals(1.4, why.insteadOfContention(), DELTA);
        assertEquals(0.6, why.contention(), DELTA);
        assertTrue(why.text().contains("2 other libraries ask for 400 kits of its capacity of 500 kits"), why.text());
        assertEquals(List.of(new OfferingAsk("n1", "o3", new BigDecimal("300"))), plan.partners().get(0).asks());
    }

    @Test
    void aPartnerThatAddsLessIsNoEquivalentWhateverTheMargin() {
        OfferingDemand demand = OfferingDemand.of(Map.of("o1", new OfferingDemand.Asked(new BigDecimal("400"), 2)));
        MatchSettings anyScore = new MatchSettings(90, 24, 3, 12, 5, 1.0);

        CoveragePlan plan = planner.plan(two, List.of(
                candidate(two, "broad", share("n1", "o1", 1.0, 0.9), share("n2", "o2", 1.0, 0.9)),
                candidate(two, "narrow", share("n1", "o3", 1.0, 0.9))), nothingExcluded(two),
                Coverages.contention(two, demand, anyScore));

        assertEquals(List.of("broad"), plan.partnerIds(), "narrow does not cover n2");
        assertEquals(null, plan.partners().get(0).balancedInsteadOf());
    }

    @Test
    void aNeedWithoutCandidatesIsUnmetWithItsType() {
        CoveragePlan plan = plan(planner, one, List.of(), nothingExcluded(one));

        UnmetNeed unmet = plan.unmetNeeds().get(0);
        assertEquals(List.of(new UnmetNeed("n1", ROBOTICS, 5, UnmetNeed.Reason.NO_CANDIDATE, 0, unmet.detail())),
                plan.unmetNeeds());
        assertTrue(unmet.detail().contains(ROBOTICS), unmet.detail());
    }

    @Test
    void candidatesExcludedOnlyByTheirAreaOrOnlyByConditionsExplainTheUnmetNeed() {
        CoveragePlan plan = plan(planner, three, List.of(), List.of(
                new NeedExclusions(1, 0, null),
                new NeedExclusions(0, 1, "REGION_ONLY South"),
                NeedExclusions.NONE));

        assertEquals(List.of(UnmetNeed.Reason.OUTSIDE_SERVICE_AREA, UnmetNeed.Reason.CONDITIONS_NOT_MET,
                UnmetNeed.Reason.NO_CANDIDATE), plan.unmetNeeds().stream().map(UnmetNeed::reason).toList());
        assertTrue(plan.unmetNeeds().get(1).detail().endsWith("REGION_ONLY South"), plan.unmetNeeds().get(1).detail());
    }

    @Test
    void withoutNeedsThePlanIsEmpty() {
        CoveragePlan plan = plan(planner, List.of(), List.of(), nothingExcluded(List.of()));

        assertEquals(List.of(), plan.partners());
        assertEquals(0.0, plan.totalWeight(), DELTA);
        assertEquals(0.0, plan.coveredShare(), DELTA);
    }

    private static CoveragePlan plan(CoveragePlanner planner, List<NeedInput> needs, List<CandidatePartner> ranking,
                                     List<NeedExclusions> exclusions) {
        return planner.plan(needs, ranking, exclusions, Coverages.contention(needs, OfferingDemand.NONE));
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}

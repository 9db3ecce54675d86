package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.matching.engine.Fixtures.PROGRAM;
import static org.smartlibrary.matching.engine.Fixtures.ROBOTICS;
import static org.smartlibrary.matching.engine.Fixtures.SOFTWARE;
import static org.smartlibrary.matching.engine.Fixtures.TODAY;
import static org.smartlibrary.matching.engine.Fixtures.assessment;
import static org.smartlibrary.matching.engine.Fixtures.engine;
import static org.smartlibrary.matching.engine.Fixtures.library;
import static org.smartlibrary.matching.engine.Fixtures.need;
import static org.smartlibrary.matching.engine.Fixtures.offering;
import static org.smartlibrary.matching.engine.Fixtures.partner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two libraries compete for scarce partner capacity, from the second library's point of view: Cascade Robotics lends
 * 40 kits and library A's current recommendations already ask for all of them; library B needs 40 kits too. B is told
 * that Cascade is oversubscribed, and its plan turns to an equivalent partner when there is one — while its ranking
 * stays what the partners are worth.
 */
class CapacityContentionTest {

    private static final double DELTA = 1e-9;

    /** Library B: 40 robotics kits, urgent. */
    private final AssessmentInput libraryB = assessment(need("robots", ROBOTICS).quantity("40", "kits").priority(5)
            .build()).id("assessment-b").build();

    /** In the library's city, verified, fresh: the best match. */
    private final PartnerInput cascade = partner("cascade").name("Cascade Robotics")
            .offering(offering("cascade-kits", ROBOTICS).quantity("40", "kits")).build();

    /** The same 40 kits from a partner serving the library's region (not its city): a little lower score. */
    private final PartnerInput brook = partner("brook").name("Brook Robotics").regions("North")
            .offering(offering("brook-kits", ROBOTICS).quantity("40", "kits")).build();

    /** Library A's set asks for all 40 of Cascade's kits. */
    private final OfferingDemand libraryAsDemand = OfferingDemand.of(Map.of(
            "cascade-kits", new OfferingDemand.Asked(new BigDecimal("40"), 1)));

    @Test
    void aPartnerWhoseKitsAnotherLibraryAlreadyClaimsIsFlaggedAndThePlanTurnsToAnEquivalentPartner() {
        MatchingEngine engine = engine(OfferingIndex.of(List.of(cascade, brook)));

        MatchResult result = engine.match(libraryB, TODAY, libraryAsDemand);

        assertEquals(List.of("cascade", "brook"), ids(result), "the ranking still puts the better partner first");
        PartnerRecommendation first = result.recommendations().get(0);
        PartnerRecommendation second = result.recommendations().get(1);
        assertTrue(first.score() > second.score(), first.score() + " vs " + second.score());
        assertTrue(first.score() - second.score() <= 0.05, "Brook is within the contention margin");

        assertTrue(first.flags().contains(Flag.OVERSUBSCRIBED), first.flags().toString());
        NeedCoverage cascadeCover = first.coveredNeeds().get(0);
        assertTrue(cascadeCover.flags().contains(Flag.OVERSUBSCRIBED), cascadeCover.flags().toString());
        assertFalse(cascadeCover.partial(), "Cascade's 40 kits would cover the need, were they free");
        assertTrue(capacityText(cascadeCover).contains("1 other library asks for 40 kits, of a capacity of 40 kits; "
                + "with this library 80 > 40"), capacityText(cascadeCover));
        assertFalse(second.flags().contains(Flag.OVERSUBSCRIBED), second.flags().toString());

        CoveragePlan plan = result.coveragePlan();
        assertEquals(List.of("brook"), plan.partnerIds(), "the plan takes the kits nobody else asks for");
        assertEquals(List.of(), plan.unmetNeeds());
        PlannedPartner planned = plan.partners().get(0);
        assertEquals(List.of("robots"), planned.needIds());
        assertEquals(List.of(new OfferingAsk("robots", "brook-kits", new BigDecimal("40"))), planned.asks());
        BalancedChoice why = planned.balancedInsteadOf();
        assertNotNull(why, "the plan says why it did not take the best-ranked partner");
        assertEquals("cascade", why.insteadOfPartnerId());
        assertEquals("Cascade Robotics", why.insteadOfPartnerName());
        assertEquals(first.score(), why.insteadOfScore(), DELTA);
        assertEquals(second.score(), why.score(), DELTA);
        assertEquals(2.0, why.insteadOfContention(), DELTA, "(40 asked by A + 40 by B) / 40");
        assertEquals(1.0, why.contention(), DELTA, "40 asked by B alone / 40");
        assertTrue(why.text().startsWith("chosen over Cascade Robotics (score "), why.text());
        assertTrue(why.text().contains("1 other library asks for 40 kits of its capacity of 40 kits"), why.text());
        assertTrue(why.text().contains("that is 200%, against 100% for Brook Robotics"), why.text());

        MatchResult alone = engine.match(libraryB, TODAY);
        assertEquals(List.of("cascade"), alone.coveragePlan().partnerIds(), "nobody else asking: the best one");
        assertEquals(scores(alone), scores(result), "demand never moves a score");
    }

    @Test
    void withoutAnAlternativeThePlanKeepsTheContendedPartnerAndFlagsIt() {
        MatchResult result = engine(OfferingIndex.of(List.of(cascade))).match(libraryB, TODAY, libraryAsDemand);

        assertEquals(List.of("cascade"), result.coveragePlan().partnerIds());
        assertNull(result.coveragePlan().partners().get(0).balancedInsteadOf());
        assertTrue(result.recommendations().get(0).flags().contains(Flag.OVERSUBSCRIBED));
        assertEquals(List.of(), result.unmetNeeds(), "the offering covers the need; the flag tells it is contested");
    }

    @Test
    void anAlternativeScoringATenthLowerIsNoEquivalent() {
        // remote (geography 0.4), pending and confirmed 30 months ago (freshness 0.4), seeking what the library does
        // not offer (reciprocity 0): 0.2 lower match score, so 0.1 lower partner score
        PartnerInput distant = partner("distant").name("Distant Robotics").remote().verification("PENDING")
                .lastConfirmed(TODAY.minusMonths(30)).seeks("FUNDING")
                .offering(offering("distant-kits", ROBOTICS).quantity("40", "kits")).build();

        MatchResult result = engine(OfferingIndex.of(List.of(cascade, distant))).match(libraryB, TODAY,
                libraryAsDemand);

        assertEquals(List.of("cascade", "distant"), ids(result));
        double difference = result.recommendations().get(0).score() - result.recommendations().get(1).score();
        assertEquals(0.1, difference, 0.001);
        assertEquals(List.of("cascade"), result.coveragePlan().partnerIds(), "quality first outside the margin");
        assertNull(result.coveragePlan().partners().get(0).balancedInsteadOf());
        assertTrue(result.recommendations().get(0).flags().contains(Flag.OVERSUBSCRIBED));
    }

    @Test
    void aWiderMarginAcceptsThatAlternative() {
        PartnerInput distant = partner("distant").name("Distant Robotics").remote().verification("PENDING")
                .lastConfirmed(TODAY.minusMonths(30)).seeks("FUNDING")
                .offering(offering("distant-kits", ROBOTICS).quantity("40", "kits")).build();
        MatchSettings wide = new MatchSettings(90, 24, 3, 12, 5, 0.15);

        MatchResult result = engine(OfferingIndex.of(List.of(cascade, distant)), wide).match(libraryB, TODAY,
                libraryAsDemand);

        assertEquals(List.of("distant"), result.coveragePlan().partnerIds());
        assertEquals("cascade", result.coveragePlan().partners().get(0).balancedInsteadOf().insteadOfPartnerId());
    }

    @Test
    void anAlternativeCoveringOnlyPartOfTheNeedIsNoEquivalent() {
        PartnerInput small = partner("small").name("Small Robotics").regions("North")
                .offering(offering("small-kits", ROBOTICS).quantity("30", "kits")).build();

        MatchResult result = engine(OfferingIndex.of(List.of(cascade, small))).match(libraryB, TODAY,
                libraryAsDemand);

        assertEquals(List.of("cascade"), result.coveragePlan().partnerIds());
        assertNull(result.coveragePlan().partners().get(0).balancedInsteadOf());
    }

    @Test
    void aPartnerWithRoomToSpareIsKeptEvenWhenOthersAskForSomeOfIt() {
        PartnerInput roomy = partner("cascade").name("Cascade Robotics")
                .offering(offering("cascade-kits", ROBOTICS).quantity("100", "kits")).build();
        OfferingDemand someAsked = OfferingDemand.of(Map.of(
                "cascade-kits", new OfferingDemand.Asked(new BigDecimal("30"), 2)));

        MatchResult result = engine(OfferingIndex.of(List.of(roomy, brook))).match(libraryB, TODAY, someAsked);

        assertFalse(result.recommendations().get(0).flags().contains(Flag.OVERSUBSCRIBED), "30 + 40 <= 100");
        assertEquals(List.of("cascade"), result.coveragePlan().partnerIds(),
                "70% of Cascade's kits is less contended than 100% of Brook's");
        assertEquals(List.of(new OfferingAsk("robots", "cascade-kits", new BigDecimal("40"))),
                result.coveragePlan().partners().get(0).asks(), "the need's 40, not Cascade's 100");
    }

    @Test
    void withoutDemandFromOthersNothingChanges() {
        MatchingEngine engine = engine(OfferingIndex.of(List.of(cascade, brook)));

        MatchResult before = engine.match(libraryB, TODAY);
        MatchResult none = engine.match(libraryB, TODAY, OfferingDemand.NONE);

        assertEquals(List.of("cascade"), before.coveragePlan().partnerIds());
        assertEquals(before.coveragePlan().partnerIds(), none.coveragePlan().partnerIds());
        assertEquals(before.recommendations(), none.recommendations());
        assertEquals(before.coveragePlan(), none.coveragePlan());
        none.recommendations().forEach(recommendation -> assertFalse(
                recommendation.flags().contains(Flag.OVERSUBSCRIBED), recommendation.partnerId()));
        assertNull(none.coveragePlan().partners().get(0).balancedInsteadOf());
    }

    @Test
    void demandForAnOfferingWithoutStatedCapacityIsNoContention() {
        PartnerInput unlimited = partner("open").name("Open Robotics")
                .offering(offering("open-kits", ROBOTICS).noCapacity()).build();
        OfferingDemand asked = OfferingDemand.of(Map.of("open-kits", new OfferingDemand.Asked(new BigDecimal("900"),
                9)));

        MatchResult result = engine(OfferingIndex.of(List.of(unlimited))).match(libraryB, TODAY, asked);

        assertFalse(result.recommendations().get(0).flags().contains(Flag.OVERSUBSCRIBED));
        assertEquals(List.of(new OfferingAsk("robots", "open-kits", BigDecimal.ZERO)),
                result.coveragePlan().partners().get(0).asks(), "nothing countable is asked of it");
    }

    @Test
    void whatThePlanAsksOfAGrantIsInTheGrantsTerms() {
        // 10000 EUR a year for three years from a one-time 100000 EUR grant: 30000 of it
        AssessmentInput yearly = assessment(need("program", PROGRAM).money("10000", "EUR").perYear().longTerm()
                .build()).build();
        PartnerInput fund = partner("fund").name("City Fund")
                .offering(offering("fund-grant", PROGRAM).money("100000", "EUR").horizon("LONG_TERM")).build();
        OfferingDemand others = OfferingDemand.of(Map.of("fund-grant", new OfferingDemand.Asked(
                new BigDecimal("80000"), 2)));

        MatchResult result = engine(OfferingIndex.of(List.of(fund))).match(yearly, TODAY, others);

        assertEquals(List.of(new OfferingAsk("program", "fund-grant", new BigDecimal("30000"))),
                result.coveragePlan().partners().get(0).asks());
        NeedCoverage cover = result.recommendations().get(0).coveredNeeds().get(0);
        assertTrue(cover.flags().contains(Flag.OVERSUBSCRIBED), cover.flags().toString());
        assertTrue(capacityText(cover).endsWith("2 other libraries ask for 80000 EUR, of a capacity of 100000 EUR; "
                + "with this library 110000 > 100000"), capacityText(cover));
    }

    @Test
    void aConsortiumWhosePooledNeedOversubscribesAnOfferingIsToldSo() {
        PartnerInput licences = partner("licences").name("Edu Licences").regions("North")
                .offering(offering("site-licence", SOFTWARE).quantity("500", "seats").minOrder("100")).build();
        List<AssessmentInput> members = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            members.add(assessment(need("seats", SOFTWARE).quantity("30", "seats").build()).id("a-lib-" + i)
                    .library(library("lib-" + i, "North", "Town " + i)).build());
        }
        OfferingDemand others = OfferingDemand.of(Map.of("site-licence", new OfferingDemand.Asked(
                new BigDecimal("400"), 3)));
        MatchingEngine engine = engine(OfferingIndex.of(List.of(licences)));
        ConsortiumPool pool = ConsortiumPool.of("north-consortium", members);

        PooledMatchResult pooled = engine.matchPool(pool, TODAY, others);

        PartnerRecommendation recommendation = pooled.result().recommendations().get(0);
        assertTrue(recommendation.flags().contains(Flag.OVERSUBSCRIBED), recommendation.flags().toString());
        NeedCoverage cover = recommendation.coveredNeeds().get(0);
        assertTrue(cover.flags().contains(Flag.OVERSUBSCRIBED), cover.flags().toString());
        assertTrue(capacityText(cover).contains("3 other libraries ask for 400 seats, of a capacity of 500 seats; "
                + "with this consortium 520 > 500"), capacityText(cover));
        assertEquals(List.of("licences"), pooled.result().coveragePlan().partnerIds(), "no alternative: kept");
        assertEquals(List.of(new OfferingAsk(SOFTWARE + "|unit:seats", "site-licence", new BigDecimal("120"))),
                pooled.result().coveragePlan().partners().get(0).asks());

        PooledMatchResult withoutDemand = engine.matchPool(pool, TODAY);
        assertFalse(withoutDemand.result().recommendations().get(0).flags().contains(Flag.OVERSUBSCRIBED));
        assertEquals(withoutDemand.shares(), pooled.shares(), "the members' shares follow the plan's cover");
    }

    @Test
    void theContentionMarginIsASettingBetweenZeroAndOne() {
        assertEquals(0.05, MatchSettings.DEFAULTS.contentionMargin(), DELTA);
        assertEquals(MatchSettings.DEFAULTS, new MatchSettings(90, 24, 3, 12, 5, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new MatchSettings(90, 24, 3, 12, 5, -0.01));
        assertThrows(IllegalArgumentException.class, () -> new MatchSettings(90, 24, 3, 12, 5, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new MatchSettings(90, 24, 3, 12, 5, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new OfferingDemand.Asked(new BigDecimal("-1"), 1));
    }

    private static List<String> ids(MatchResult result) {
        return result.recommendations().stream().map(PartnerRecommendation::partnerId).toList();
    }

    private static List<String> scores(MatchResult result) {
        return result.recommendations().stream().map(r -> r.partnerId() + "=" + r.score()).toList();
    }

    private static String capacityText(NeedCoverage cover) {
        return cover.explanation().find(Criterion.CAPACITY).orElseThrow().text();
    }
}

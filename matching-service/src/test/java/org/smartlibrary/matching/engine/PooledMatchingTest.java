package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.matching.engine.Fixtures.MENTORING;
import static org.smartlibrary.matching.engine.Fixtures.PROGRAM;
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
import org.junit.jupiter.api.Test;

/**
 * A consortium's pooled match, from the consortium's point of view: members too small for a partner's minimum order
 * or joint-application rule alone reach it together, what still falls short is said with the pooled figures, a
 * partner has to serve every contributing member, and each member receives its part of what the plan covers.
 */
class PooledMatchingTest {

    private static final String SEATS = SOFTWARE + "|unit:seats";

    /** A licence vendor serving the North region: 500 seats, but no order below 100 seats. */
    private final PartnerInput licenceVendor = partner("licences").name("Edu Licences").regions("North")
            .offering(offering("site-licence", SOFTWARE).quantity("500", "seats").minOrder("100")).build();

    @Test
    void fourSmallLibrariesReachAMinimumOrderNoneReachesAlone() {
        List<AssessmentInput> members = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            members.add(member("lib-" + i, "North", "Town " + i, seats("30")));
        }
        MatchingEngine engine = engine(OfferingIndex.of(List.of(licenceVendor)));

        MatchResult alone = engine.match(members.get(0), TODAY);
        assertEquals(List.of(), alone.recommendations());
        ExcludedCandidate excludedAlone = alone.excludedCandidates().get(0);
        assertEquals(List.of(ExclusionCode.BELOW_MIN_ORDER), codes(excludedAlone));
        assertEquals("minimum order 100 seats; the library needs 30 seats", excludedAlone.reasons().get(0).text(),
                "one library's text is unchanged");

        PooledMatchResult pooled = engine.matchPool(ConsortiumPool.of("north-consortium", members), TODAY);

        assertEquals("north-consortium", pooled.consortium());
        assertEquals("north-consortium", pooled.result().assessmentId());
        assertEquals(List.of("licences"), pooled.result().recommendations().stream()
                .map(PartnerRecommendation::partnerId).toList());
        NeedCoverage cover = pooled.result().recommendations().get(0).coveredNeeds().get(0);
        assertEquals(SEATS, cover.needId());
        assertFalse(cover.partial(), "500 seats cover the pooled 120");
        assertTrue(texts(cover).contains("pooled 120 seats from 4 libraries ≥ minimum order 100 seats"),
                texts(cover));
        assertEquals(List.of(), pooled.result().excludedCandidates());
        assertEquals(List.of(), pooled.result().unmetNeeds());
        assertEquals(List.of("licences"), pooled.result().coveragePlan().partnerIds());

        assertEquals(List.of("lib-1", "lib-2", "lib-3", "lib-4"), pooled.shares().stream()
                .map(MemberShare::libraryId).toList());
        pooled.shares().forEach(share -> {
            assertEquals(SEATS, share.pooledNeedId());
            assertEquals("seats", share.needId());
            assertEquals("a-" + share.libraryId(), share.assessmentId());
            assertEquals("30", share.gap().toPlainString());
            assertEquals("30", share.share().toPlainString(), "each member receives its whole gap");
        });
    }

    @Test
    void aJointApplicationRuleIsMetByTheLibrariesContributingToThePooledNeed() {
        PartnerInput funder = partner("fund").name("Joint Fund").national()
                .offering(offering("joint-grant", PROGRAM).money("100000", "EUR").minJointLibraries(3)).build();
        MatchingEngine engine = engine(OfferingIndex.of(List.of(funder)));
        AssessmentInput first = member("lib-1", "North", "Springfield", grant("10000"));
        AssessmentInput second = member("lib-2", "North", "Capital City", grant("10000"));
        AssessmentInput third = member("lib-3", "South", "Shelbyville", grant("10000"));

        PooledMatchResult three = engine.matchPool(ConsortiumPool.of("c", List.of(first, second, third)), TODAY);

        assertEquals(List.of("fund"), three.result().recommendations().stream()
                .map(PartnerRecommendation::partnerId).toList());
        NeedCoverage cover = three.result().recommendations().get(0).coveredNeeds().get(0);
        assertEquals(PROGRAM + "|money:EUR:ONE_TIME", cover.needId());
        assertTrue(texts(cover).contains("3 libraries apply jointly (at least 3 required)"), texts(cover));

        MatchResult alone = engine.match(first, TODAY);
        assertEquals(List.of(), alone.recommendations());
        assertEquals(List.of(ExclusionCode.JOINT_APPLICATION_REQUIRED), codes(alone.excludedCandidates().get(0)));

        // a third member that asks for mentors, not money, does not apply for the grant
        AssessmentInput mentorsOnly = member("lib-3", "South", "Shelbyville",
                need("mentors", MENTORING).quantity("5", "mentors").build());
        PooledMatchResult two = engine.matchPool(ConsortiumPool.of("c", List.of(first, second, mentorsOnly)), TODAY);
        assertEquals(List.of(), two.result().recommendations());
        ExcludedCandidate excluded = two.result().excludedCandidates().get(0);
        assertEquals(List.of(ExclusionCode.JOINT_APPLICATION_REQUIRED), codes(excluded));
        assertEquals("only joint applications of at least 3 libraries; 2 libraries apply",
                excluded.reasons().get(0).text());
    }

    @Test
    void aPoolStillBelowTheMinimumOrderIsExcludedWithThePooledFiguresAndStaysUnmet() {
        ConsortiumPool pool = ConsortiumPool.of("c", List.of(
                member("lib-1", "North", "Springfield", seats("30")),
                member("lib-2", "North", "Capital City", seats("30"))));

        PooledMatchResult pooled = engine(OfferingIndex.of(List.of(licenceVendor))).matchPool(pool, TODAY);

        assertEquals(List.of(), pooled.result().recommendations());
        ExcludedCandidate excluded = pooled.result().excludedCandidates().get(0);
        assertEquals(SEATS, excluded.needId());
        assertEquals(List.of(ExclusionCode.BELOW_MIN_ORDER), codes(excluded));
        assertEquals("minimum order 100 seats; the consortium pools 60 seats from 2 libraries",
                excluded.reasons().get(0).text());
        UnmetNeed unmet = pooled.result().unmetNeeds().get(0);
        assertEquals(SEATS, unmet.needId());
        assertEquals(UnmetNeed.Reason.CONDITIONS_NOT_MET, unmet.reason());
        assertEquals(0.0, unmet.covered());
        pooled.shares().forEach(share -> assertEquals(0, share.share().signum(), share.toString()));
    }

    @Test
    void aPartnerMustServeEveryLibraryContributingToThePooledNeed() {
        PartnerInput northOnly = partner("north").name("North Licences").regions("North")
                .offering(offering("licences", SOFTWARE).quantity("500", "seats")).build();
        MatchingEngine engine = engine(OfferingIndex.of(List.of(northOnly)));
        AssessmentInput springfield = member("lib-1", "North", "Springfield", seats("30"));
        AssessmentInput capital = member("lib-2", "North", "Capital City", seats("30"));

        PooledMatchResult withSouth = engine.matchPool(ConsortiumPool.of("c", List.of(springfield, capital,
                member("lib-3", "South", "Shelbyville", seats("30")))), TODAY);

        assertEquals(List.of(), withSouth.result().recommendations());
        ExcludedCandidate excluded = withSouth.result().excludedCandidates().get(0);
        assertEquals(List.of(ExclusionCode.OUTSIDE_SERVICE_AREA), codes(excluded));
        String text = excluded.reasons().get(0).text();
        assertTrue(text.contains("lib-3") && text.contains("Shelbyville (South)"), text);
        assertFalse(text.contains("lib-1") || text.contains("lib-2"), "the members it serves are not named: " + text);
        assertEquals(UnmetNeed.Reason.OUTSIDE_SERVICE_AREA, withSouth.result().unmetNeeds().get(0).reason());

        // the southern member only asks for mentors: the northern partner serves everyone who needs seats
        PooledMatchResult northernSeats = engine.matchPool(ConsortiumPool.of("c", List.of(springfield, capital,
                member("lib-3", "South", "Shelbyville", need("mentors", MENTORING).quantity("5", "mentors")
                        .build()))), TODAY);

        PartnerRecommendation recommended = northernSeats.result().recommendations().get(0);
        assertEquals("north", recommended.partnerId());
        assertEquals(SEATS, recommended.coveredNeeds().get(0).needId());
        assertEquals("serves the members' main region North", recommended.explanation().find(Criterion.GEOGRAPHY)
                .orElseThrow().text(), "scored from the pool's area, the most common region");
        assertEquals(2, northernSeats.needs().stream().filter(n -> n.need().id().equals(SEATS)).findFirst()
                .orElseThrow().libraries());
    }

    @Test
    void aRegionOnlyConditionMustHoldForEveryContributingMember() {
        PartnerInput northernFund = partner("fund").name("Northern Fund").national()
                .offering(offering("north-grant", PROGRAM).money("100000", "EUR").condition("REGION_ONLY", "North"))
                .build();
        MatchingEngine engine = engine(OfferingIndex.of(List.of(northernFund)));
        AssessmentInput springfield = member("lib-1", "North", "Springfield", grant("10000"));
        AssessmentInput capital = member("lib-2", "North", "Capital City", grant("10000"));

        PooledMatchResult withSouth = engine.matchPool(ConsortiumPool.of("c", List.of(springfield, capital,
                member("lib-3", "South", "Shelbyville", grant("10000")))), TODAY);

        assertEquals(List.of(), withSouth.result().recommendations(), "the pool's area is North, lib-3 is not");
        ExcludedCandidate excluded = withSouth.result().excludedCandidates().get(0);
        assertEquals(List.of(ExclusionCode.CONDITION_NOT_MET), codes(excluded));
        assertEquals("REGION_ONLY North: member lib-3 in South outside", excluded.reasons().get(0).text());

        PooledMatchResult northOnly = engine.matchPool(ConsortiumPool.of("c", List.of(springfield, capital)), TODAY);
        NeedCoverage cover = northOnly.result().recommendations().get(0).coveredNeeds().get(0);
        assertTrue(texts(cover).contains("REGION_ONLY North: every applying member is in it"), texts(cover));
    }

    @Test
    void moneyOfAnotherPeriodOrCurrencyIsNeverPooledTogether() {
        // together 1,000 a month (12,000 a year) and 15,000 a year would pass a 20,000-a-year minimum; apart neither
        PartnerInput funder = partner("fund").name("Program Fund").national()
                .offering(offering("grant", PROGRAM).money("100000", "EUR").perYear().minOrder("20000")).build();
        ConsortiumPool pool = ConsortiumPool.of("c", List.of(
                member("lib-1", "North", "Springfield", grant("1000", "EUR", "MONTH")),
                member("lib-2", "North", "Capital City", grant("12000", "EUR", "YEAR")),
                member("lib-3", "North", "Lakeside", grant("5000", "USD", "YEAR")),
                member("lib-4", "North", "Hilltop", grant("3000", "EUR", "YEAR"))));

        assertEquals(List.of(PROGRAM + "|money:EUR:MONTH", PROGRAM + "|money:EUR:YEAR", PROGRAM + "|money:USD:YEAR"),
                pool.needs().stream().map(n -> n.need().id()).toList());
        PooledNeed euroPerYear = pool.needs().get(1);
        assertEquals(0, new BigDecimal("15000").compareTo(euroPerYear.need().amount()));
        assertEquals(List.of("lib-2", "lib-4"), euroPerYear.contributions().stream()
                .map(PoolContribution::libraryId).toList());

        PooledMatchResult pooled = engine(OfferingIndex.of(List.of(funder))).matchPool(pool, TODAY);

        assertEquals(List.of(), pooled.result().recommendations());
        assertEquals(List.of(
                        PROGRAM + "|money:EUR:MONTH:BELOW_MIN_ORDER",
                        PROGRAM + "|money:EUR:YEAR:BELOW_MIN_ORDER",
                        PROGRAM + "|money:USD:YEAR:MEASURE_MISMATCH"),
                pooled.result().excludedCandidates().stream()
                        .map(c -> c.needId() + ":" + c.reasons().get(0).code()).toList());
    }

    @Test
    void membersShareAPartialCoverInProportionToTheirGaps() {
        PartnerInput small = partner("small").name("Small Licences").regions("North")
                .offering(offering("licences", SOFTWARE).quantity("90", "seats")).build();
        List<AssessmentInput> members = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            members.add(member("lib-" + i, "North", "Town " + i, seats("30")));
        }

        PooledMatchResult pooled = engine(OfferingIndex.of(List.of(small)))
                .matchPool(ConsortiumPool.of("c", members), TODAY);

        NeedCoverage cover = pooled.result().recommendations().get(0).coveredNeeds().get(0);
        assertTrue(cover.partial());
        assertTrue(cover.flags().contains(Flag.PARTIAL_COVER), cover.flags().toString());
        UnmetNeed unmet = pooled.result().unmetNeeds().get(0);
        assertEquals(UnmetNeed.Reason.INSUFFICIENT_CAPACITY, unmet.reason());
        assertEquals(0.75, unmet.covered(), 1e-9, "90 of the pooled 120 seats");
        assertEquals(4, pooled.shares().size());
        pooled.shares().forEach(share -> assertEquals("22.5", share.share().toPlainString(),
                "75% of each member's 30 seats"));
    }

    @Test
    void unequalGapsGetUnequalShares() {
        PartnerInput small = partner("small").name("Small Licences").regions("North")
                .offering(offering("licences", SOFTWARE).quantity("50", "seats")).build();
        ConsortiumPool pool = ConsortiumPool.of("c", List.of(
                member("lib-1", "North", "Springfield", seats("10")),
                member("lib-2", "North", "Capital City", seats("20")),
                member("lib-3", "North", "Lakeside", seats("70"))));

        PooledMatchResult pooled = engine(OfferingIndex.of(List.of(small))).matchPool(pool, TODAY);

        // 50 of 100 seats: half of each gap
        assertEquals(List.of("lib-1:5", "lib-2:10", "lib-3:35"), pooled.shares().stream()
                .map(share -> share.libraryId() + ":" + share.share().toPlainString()).toList());
    }

    @Test
    void aPooledNeedWithoutQuantityIsMatchedAndItsSharesAreZero() {
        PartnerInput mentoring = partner("mentors").name("Mentor Network").national()
                .offering(offering("mentoring", MENTORING).quantity("20", "mentors").minOrder("5")).build();
        ConsortiumPool pool = ConsortiumPool.of("c", List.of(
                member("lib-1", "North", "Springfield", need("mentors", MENTORING).noQuantity().build()),
                member("lib-2", "South", "Shelbyville", need("mentors", MENTORING).noQuantity().build())));

        PooledMatchResult pooled = engine(OfferingIndex.of(List.of(mentoring))).matchPool(pool, TODAY);

        NeedCoverage cover = pooled.result().recommendations().get(0).coveredNeeds().get(0);
        assertEquals(MENTORING + "|unstated", cover.needId());
        assertTrue(cover.flags().contains(Flag.CONDITIONS_TO_REVIEW), "the minimum order could not be compared");
        assertEquals(List.of("lib-1:0:0", "lib-2:0:0"), pooled.shares().stream()
                .map(s -> s.libraryId() + ":" + s.gap().toPlainString() + ":" + s.share().toPlainString()).toList());
    }

    // --- helpers

    /** A member library's completed assessment ("a-" + library id). */
    private static AssessmentInput member(String libraryId, String region, String city, NeedInput... needs) {
        return assessment(needs).id("a-" + libraryId).library(library(libraryId, region, city)).build();
    }

    private static NeedInput seats(String quantity) {
        return need("seats", SOFTWARE).quantity(quantity, "seats").build();
    }

    private static NeedInput grant(String amount) {
        return need("grant", PROGRAM).money(amount, "EUR").build();
    }

    private static NeedInput grant(String amount, String currency, String period) {
        return need("grant", PROGRAM).money(amount, currency).period(period).build();
    }

    private static List<ExclusionCode> codes(ExcludedCandidate excluded) {
        return excluded.reasons().stream().map(ExclusionReason::code).toList();
    }

    /** Every text of a cover's explanation, joined. */
    private static String texts(NeedCoverage cover) {
        return String.join(" | ", cover.explanation().items().stream().map(CriterionScore::text).toList());
    }
}

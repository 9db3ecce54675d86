package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.matching.engine.ExclusionCode.BELOW_MIN_ORDER;
import static org.smartlibrary.matching.engine.ExclusionCode.CATEGORY_MISMATCH;
import static org.smartlibrary.matching.engine.ExclusionCode.CONDITION_NOT_MET;
import static org.smartlibrary.matching.engine.ExclusionCode.JOINT_APPLICATION_REQUIRED;
import static org.smartlibrary.matching.engine.ExclusionCode.MEASURE_MISMATCH;
import static org.smartlibrary.matching.engine.ExclusionCode.NOT_ACTIVE;
import static org.smartlibrary.matching.engine.ExclusionCode.NO_CAPACITY_LEFT;
import static org.smartlibrary.matching.engine.ExclusionCode.OUTSIDE_SERVICE_AREA;
import static org.smartlibrary.matching.engine.ExclusionCode.PARTNER_REJECTED;
import static org.smartlibrary.matching.engine.ExclusionCode.STARTS_TOO_LATE;
import static org.smartlibrary.matching.engine.ExclusionCode.WINDOW_ENDED;
import static org.smartlibrary.matching.engine.Fixtures.PROGRAM;
import static org.smartlibrary.matching.engine.Fixtures.ROBOTICS;
import static org.smartlibrary.matching.engine.Fixtures.TODAY;
import static org.smartlibrary.matching.engine.Fixtures.assessment;
import static org.smartlibrary.matching.engine.Fixtures.need;
import static org.smartlibrary.matching.engine.Fixtures.offering;
import static org.smartlibrary.matching.engine.Fixtures.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every hard gate, one at a time and all together: what excludes an offering of the need's exact type, with which
 * code, and what does not. Each check also asserts that the figures-only path ({@link HardGates#failures}) and the
 * explained path ({@link HardGates#reasons}) agree.
 */
class HardGatesTest {

    private static final int ONE_LIBRARY = 1;

    private final HardGates gates = new HardGates(new ConditionEvaluator());
    /** 300 kits, short term. */
    private final NeedInput robots = need("robots", ROBOTICS).quantity("300", "kits").build();

    @Test
    void anActiveOfferingOfTheNeedsTypeInTheLibrarysCityIsAdmitted() {
        assertEquals(List.of(), codes(robots, partner("p1").offering(offering("o1", ROBOTICS))));
    }

    // --- verification

    @Test
    void aRejectedPartnerIsExcluded() {
        List<ExclusionReason> reasons = reasons(robots, partner("p1").verification("REJECTED")
                .offering(offering("o1", ROBOTICS)));

        assertEquals(List.of(PARTNER_REJECTED), codes(reasons));
        assertEquals(Gate.VERIFICATION, reasons.get(0).gate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"VERIFIED", "PENDING", "UNVERIFIED"})
    void aPartnerThatIsNotRejectedPassesTheVerificationGate(String verification) {
        assertEquals(List.of(), codes(robots, partner("p1").verification(verification)
                .offering(offering("o1", ROBOTICS))));
    }

    // --- status

    @ParameterizedTest
    @ValueSource(strings = {"PAUSED", "WITHDRAWN", "EXPIRED"})
    void anOfferingThatIsNotActiveIsExcluded(String status) {
        List<ExclusionReason> reasons = reasons(robots, partner("p1").offering(offering("o1", ROBOTICS)
                .status(status)));

        assertEquals(List.of(NOT_ACTIVE), codes(reasons));
        assertTrue(reasons.get(0).text().contains(status), reasons.get(0).text());
    }

    // --- availability

    @Test
    void anOfferingWhoseWindowEndedBeforeTheMatchDateIsExcluded() {
        assertEquals(List.of(WINDOW_ENDED), codes(robots, partner("p1").offering(offering("o1", ROBOTICS)
                .until(TODAY.minusDays(1)))));
    }

    @Test
    void anOfferingIsStillAvailableOnTheLastDayOfItsWindow() {
        assertEquals(List.of(), codes(robots, partner("p1").offering(offering("o1", ROBOTICS).until(TODAY))));
    }

    @Test
    void aShortTermNeedTakesAnOfferingStartingIn90DaysButNotIn91() {
        assertEquals(List.of(), codes(robots, partner("p1").offering(offering("o1", ROBOTICS)
                .from(TODAY.plusDays(90)))));
        List<ExclusionReason> late = reasons(robots, partner("p1").offering(offering("o1", ROBOTICS)
                .from(TODAY.plusDays(91))));

        assertEquals(List.of(STARTS_TOO_LATE), codes(late));
        assertTrue(late.get(0).text().contains(TODAY.plusDays(91).toString()), late.get(0).text());
    }

    @Test
    void aLongTermNeedWaitsForAStartIn7MonthsOrEven24ButNot25() {
        NeedInput longTerm = need("robots", ROBOTICS).quantity("300", "kits").longTerm().build();

        assertEquals(List.of(), codes(longTerm, partner("p1").offering(offering("o1", ROBOTICS)
                .from(TODAY.plusMonths(7)))));
        assertEquals(List.of(), codes(longTerm, partner("p1").offering(offering("o1", ROBOTICS)
                .from(TODAY.plusMonths(24)))));
        assertEquals(List.of(STARTS_TOO_LATE), codes(longTerm, partner("p1").offering(offering("o1", ROBOTICS)
                .from(TODAY.plusMonths(25)))));
    }

    @Test
    void aShortTermNeedRefusesAStartIn7Months() {
        assertEquals(List.of(STARTS_TOO_LATE), codes(robots, partner("p1").offering(offering("o1", ROBOTICS)
                .from(TODAY.plusMonths(7)))));
    }

    @Test
    void theStartLeadsAreSettings() {
        MatchSettings shortLeads = new MatchSettings(30, 6, 3, 12, 5);
        NeedInput longTerm = need("robots", ROBOTICS).quantity("300", "kits").longTerm().build();

        assertEquals(List.of(), codes(reasons(assessment(robots).build(), shortLeads, ONE_LIBRARY,
                partner("p1").offering(offering("o1", ROBOTICS).from(TODAY.plusDays(30))).build())));
        assertEquals(List.of(STARTS_TOO_LATE), codes(reasons(assessment(robots).build(), shortLeads, ONE_LIBRARY,
                partner("p1").offering(offering("o1", ROBOTICS).from(TODAY.plusDays(31))).build())));
        assertEquals(List.of(STARTS_TOO_LATE), codes(reasons(assessment(longTerm).build(), shortLeads, ONE_LIBRARY,
                partner("p1").offering(offering("o1", ROBOTICS).from(TODAY.plusMonths(7))).build())));
    }

    // --- category

    @Test
    void anOfferingFiledUnderAnotherCategoryIsExcluded() {
        List<ExclusionReason> reasons = reasons(robots, partner("p1").offering(offering("o1", ROBOTICS)
                .category("HUMAN")));

        assertEquals(List.of(CATEGORY_MISMATCH), codes(reasons));
        assertEquals(Gate.TYPE, reasons.get(0).gate());
    }

    // --- measure

    @Test
    void moneyDoesNotCoverAQuantityNorAQuantityMoney() {
        NeedInput grant = need("grant", PROGRAM).money("10000", "EUR").build();

        assertEquals(List.of(MEASURE_MISMATCH), codes(robots, partner("p1").offering(offering("o1", ROBOTICS)
                .money("5000", "EUR"))));
        assertEquals(List.of(MEASURE_MISMATCH), codes(grant, partner("p1").offering(offering("o1", PROGRAM)
                .quantity("3", "grants"))));
    }

    @Test
    void anotherUnitOrAnotherCurrencyIsAMeasureMismatch() {
        NeedInput grant = need("grant", PROGRAM).money("10000", "EUR").build();
        NeedInput yearly = need("grant", PROGRAM).money("30000", "EUR").perYear().build();

        assertEquals(List.of(MEASURE_MISMATCH), codes(robots, partner("p1").offering(offering("o1", ROBOTICS)
                .quantity("40", "hours"))));
        assertEquals(List.of(MEASURE_MISMATCH), codes(grant, partner("p1").offering(offering("o1", PROGRAM)
                .money("20000", "USD"))));
        assertEquals(List.of(MEASURE_MISMATCH), codes(yearly, partner("p1").offering(offering("o1", PROGRAM)
                .money("2500", "USD").perMonth())), "recurring money is never converted across currencies");
    }

    @Test
    void unitsAreComparedIgnoringCaseAndThePeriodOfMoneyIsNoMismatch() {
        NeedInput yearly = need("grant", PROGRAM).money("30000", "EUR").perYear().build();

        assertEquals(List.of(), codes(robots, partner("p1").offering(offering("o1", ROBOTICS).quantity("500", "KITS"))));
        assertEquals(List.of(), codes(yearly, partner("p1").offering(offering("o1", PROGRAM)
                .money("2500", "EUR").perMonth())));
        assertEquals(List.of(), codes(yearly, partner("p1").offering(offering("o1", PROGRAM)
                .money("90000", "EUR"))));
    }

    @Test
    void anOfferingWithNothingLeftIsExcluded() {
        List<ExclusionReason> reasons = reasons(robots, partner("p1").offering(offering("o1", ROBOTICS)
                .quantity("0", "kits")));

        assertEquals(List.of(NO_CAPACITY_LEFT), codes(reasons));
        assertEquals(Gate.MEASURE, reasons.get(0).gate());
    }

    @Test
    void anOfferingThatStatesNoCapacityIsNotExcludedForIt() {
        assertEquals(List.of(), codes(robots, partner("p1").offering(offering("o1", ROBOTICS).noCapacity())));
    }

    // --- service area

    @Test
    void aPartnerServingNeitherTheLibrarysCityNorItsRegionIsExcluded() {
        List<ExclusionReason> reasons = reasons(robots, partner("p1").area(new ServiceArea(false, false,
                Set.of("South"), Set.of("Shelbyville"))).offering(offering("o1", ROBOTICS)));

        assertEquals(List.of(OUTSIDE_SERVICE_AREA), codes(reasons));
        assertTrue(reasons.get(0).text().contains("Springfield"), reasons.get(0).text());
    }

    @Test
    void remoteNationalRegionalAndLocalPartnersServeTheLibrary() {
        assertEquals(List.of(), codes(robots, partner("p1").remote().offering(offering("o1", ROBOTICS))));
        assertEquals(List.of(), codes(robots, partner("p1").national().offering(offering("o1", ROBOTICS))));
        assertEquals(List.of(), codes(robots, partner("p1").regions("north").offering(offering("o1", ROBOTICS))));
        assertEquals(List.of(), codes(robots, partner("p1").cities("SPRINGFIELD").offering(offering("o1", ROBOTICS))));
    }

    // --- conditions

    @Test
    void regionOnlyForAnotherRegionCannotBeMet() {
        List<ExclusionReason> reasons = reasons(robots, partner("p1").remote().offering(offering("o1", ROBOTICS)
                .condition("REGION_ONLY", "South", "East")));

        assertEquals(List.of(CONDITION_NOT_MET), codes(reasons));
        assertTrue(reasons.get(0).text().contains("North"), reasons.get(0).text());
    }

    @Test
    void regionOnlyForTheLibrarysRegionIsMet() {
        assertEquals(List.of(), codes(robots, partner("p1").remote().offering(offering("o1", ROBOTICS)
                .condition("REGION_ONLY", "NORTH"))));
    }

    @Test
    void regionOnlyWithoutRegionsMeansThePartnersOwnRegions() {
        assertEquals(List.of(), codes(robots, partner("p1").regions("North").offering(offering("o1", ROBOTICS)
                .condition("REGION_ONLY"))));
        assertEquals(List.of(CONDITION_NOT_MET), codes(robots, partner("p1").area(new ServiceArea(false, false,
                Set.of("South"), Set.of("Springfield"))).offering(offering("o1", ROBOTICS).condition("REGION_ONLY"))));
    }

    @Test
    void conditionsThatCostSomethingOrNeedAPersonAreNoGate() {
        assertEquals(List.of(), codes(robots, partner("p1").offering(offering("o1", ROBOTICS)
                .condition("MATCHING_FUNDS_REQUIRED", "0.25")
                .condition(new OfferingCondition("OTHER", List.of(), "only on weekdays"))
                .condition("NONPROFIT_ONLY")
                .condition("MIN_AUDIENCE", "500"))));
    }

    // --- minimum order

    @Test
    void aMinimumOrderAboveTheGapExcludesTheOffering() {
        // the library needs 300 kits and has 250: it asks for 50
        NeedInput gapOf50 = need("robots", ROBOTICS).quantity("300", "kits").currentCapacity("250").build();

        List<ExclusionReason> reasons = reasons(gapOf50, partner("p1").offering(offering("o1", ROBOTICS)
                .quantity("500", "kits").minOrder("100")));

        assertEquals(List.of(BELOW_MIN_ORDER), codes(reasons));
        assertEquals(Gate.MIN_ORDER, reasons.get(0).gate());
        assertTrue(reasons.get(0).text().contains("100 kits") && reasons.get(0).text().contains("50 kits"),
                reasons.get(0).text());
    }

    @Test
    void aMinimumOrderEqualToTheGapIsAccepted() {
        NeedInput gapOf50 = need("robots", ROBOTICS).quantity("300", "kits").currentCapacity("250").build();

        assertEquals(List.of(), codes(gapOf50, partner("p1").offering(offering("o1", ROBOTICS)
                .quantity("500", "kits").minOrder("50"))));
        assertEquals(List.of(BELOW_MIN_ORDER), codes(gapOf50, partner("p1").offering(offering("o1", ROBOTICS)
                .quantity("500", "kits").minOrder("51"))));
    }

    @Test
    void aRecurringMinimumOrderIsComparedPerYear() {
        NeedInput perYear = need("grant", PROGRAM).money("30000", "EUR").perYear().build();
        NeedInput perMonth = need("grant", PROGRAM).money("2000", "EUR").perMonth().build();

        // 3,000 a month is 36,000 a year, more than the 30,000 a year the library needs
        assertEquals(List.of(BELOW_MIN_ORDER), codes(perYear, partner("p1").offering(offering("o1", PROGRAM)
                .money("5000", "EUR").perMonth().minOrder("3000"))));
        // 2,500 a month is exactly 30,000 a year
        assertEquals(List.of(), codes(perYear, partner("p1").offering(offering("o1", PROGRAM)
                .money("5000", "EUR").perMonth().minOrder("2500"))));
        // 2,000 a month is 24,000 a year: enough for a minimum of 20,000 a year, not for 25,000
        assertEquals(List.of(), codes(perMonth, partner("p1").offering(offering("o1", PROGRAM)
                .money("30000", "EUR").perYear().minOrder("20000"))));
        assertEquals(List.of(BELOW_MIN_ORDER), codes(perMonth, partner("p1").offering(offering("o1", PROGRAM)
                .money("30000", "EUR").perYear().minOrder("25000"))));
    }

    @Test
    void aMinimumOrderCannotExcludeForANeedWithoutQuantity() {
        NeedInput unsized = need("robots", ROBOTICS).noQuantity().build();

        assertEquals(List.of(), codes(unsized, partner("p1").offering(offering("o1", ROBOTICS)
                .quantity("500", "kits").minOrder("400"))));
    }

    @Test
    void aMinimumOrderInAnotherMeasureIsNotComparedWithTheNeed() {
        // 1,000 EUR or 500 hours say nothing about 300 kits: the measure is the one reason
        assertEquals(List.of(MEASURE_MISMATCH), codes(robots, partner("p1").offering(offering("o1", ROBOTICS)
                .money("5000", "EUR").minOrder("1000"))));
        assertEquals(List.of(MEASURE_MISMATCH), codes(robots, partner("p1").offering(offering("o1", ROBOTICS)
                .quantity("800", "hours").minOrder("500"))));
    }

    // --- joint application

    @Test
    void anOfferingForJointApplicationsOfThreeLibrariesIsOutOfReachOfOneLibrary() {
        PartnerInput partner = partner("p1").offering(offering("o1", ROBOTICS).minJointLibraries(3)).build();
        AssessmentInput assessment = assessment(robots).build();

        List<ExclusionReason> alone = reasons(assessment, MatchSettings.DEFAULTS, ONE_LIBRARY, partner);

        assertEquals(List.of(JOINT_APPLICATION_REQUIRED), codes(alone));
        assertTrue(alone.get(0).text().contains("3"), alone.get(0).text());
        assertEquals(List.of(JOINT_APPLICATION_REQUIRED),
                codes(reasons(assessment, MatchSettings.DEFAULTS, 2, partner)));
        assertEquals(List.of(), codes(reasons(assessment, MatchSettings.DEFAULTS, 3, partner)),
                "three libraries applying together qualify");
    }

    @Test
    void anyJointApplicationRequirementExcludesOneLibrary() {
        assertEquals(List.of(JOINT_APPLICATION_REQUIRED), codes(robots, partner("p1")
                .offering(offering("o1", ROBOTICS).minJointLibraries(2))));
    }

    // --- all together

    @Test
    void everyFailedGateIsReportedInGateOrder() {
        List<ExclusionReason> reasons = reasons(robots, partner("p1").verification("REJECTED").cities("Shelbyville")
                .offering(offering("o1", ROBOTICS).category("HUMAN").status("PAUSED").until(TODAY.minusDays(10))
                        .quantity("500", "kits").condition("REGION_ONLY", "South").minOrder("1000")
                        .minJointLibraries(3)));

        assertEquals(List.of(PARTNER_REJECTED, NOT_ACTIVE, WINDOW_ENDED, CATEGORY_MISMATCH, OUTSIDE_SERVICE_AREA,
                CONDITION_NOT_MET, BELOW_MIN_ORDER, JOINT_APPLICATION_REQUIRED), codes(reasons));
    }

    @Test
    void anExcludedCandidateListsAllItsReasonsWithCodesInTheResult() {
        PartnerInput partner = partner("p1").name("Far Robotics").cities("Shelbyville")
                .offering(offering("o1", ROBOTICS).status("PAUSED").money("5000", "EUR").minJointLibraries(3))
                .build();

        MatchResult result = Fixtures.match(assessment(robots).build(), partner);

        assertEquals(List.of(), result.recommendations());
        assertEquals(1, result.excludedTotal());
        ExcludedCandidate excluded = result.excludedCandidates().get(0);
        assertEquals(List.of("robots", "p1", "Far Robotics", "o1", ROBOTICS), List.of(excluded.needId(),
                excluded.partnerId(), excluded.partnerName(), excluded.offeringId(), excluded.offeringType()));
        assertEquals(List.of(NOT_ACTIVE, MEASURE_MISMATCH, OUTSIDE_SERVICE_AREA, JOINT_APPLICATION_REQUIRED),
                excluded.reasons().stream().map(ExclusionReason::code).toList());
        assertEquals(List.of(Gate.STATUS, Gate.MEASURE, Gate.SERVICE_AREA, Gate.JOINT_APPLICATION),
                excluded.reasons().stream().map(ExclusionReason::gate).toList());
        excluded.reasons().forEach(reason -> assertFalse(reason.text().isBlank(), reason.toString()));
    }

    // --- helpers

    private List<ExclusionCode> codes(NeedInput need, Fixtures.PartnerBuilder partner) {
        return codes(reasons(need, partner));
    }

    private List<ExclusionReason> reasons(NeedInput need, Fixtures.PartnerBuilder partner) {
        return reasons(assessment(need).build(), MatchSettings.DEFAULTS, ONE_LIBRARY, partner.build());
    }

    /** The reasons the assessment's first need excludes the partner's first offering, on {@link Fixtures#TODAY}. */
    private List<ExclusionReason> reasons(AssessmentInput assessment, MatchSettings settings, int librariesApplying,
                                          PartnerInput partner) {
        MatchContext context = librariesApplying == ONE_LIBRARY ? MatchContext.individual(assessment, TODAY, settings)
                : MatchContext.pooled(poolOf(assessment, librariesApplying), TODAY, settings);
        NeedInput need = context.assessment().needs().get(0);
        PartnerOffering candidate = new PartnerOffering(partner, partner.offerings().get(0));
        List<ExclusionReason> reasons = gates.reasons(context, 0, need, candidate);
        int bits = 0;
        for (ExclusionReason reason : reasons) {
            assertEquals(reason.code().gate(), reason.gate(), reason.toString());
            assertFalse(reason.text().isBlank(), reason.toString());
            bits |= reason.gate().bit();
        }
        assertEquals(bits, gates.failures(context, 0, need, candidate),
                () -> "the figures-only path disagrees with the reasons " + reasons);
        return reasons;
    }

    /** A consortium of this many libraries in the assessment's city, each with the assessment's needs. */
    private static ConsortiumPool poolOf(AssessmentInput assessment, int libraries) {
        List<AssessmentInput> members = new ArrayList<>();
        for (int i = 1; i <= libraries; i++) {
            LibraryInput library = assessment.library();
            members.add(new AssessmentInput("assessment-" + i, 1, new LibraryInput("lib-" + i, library.region(),
                    library.city(), null, null), assessment.needs(), assessment.libraryOffers(),
                    assessment.hasMatchingFunds()));
        }
        return ConsortiumPool.of("consortium", members);
    }

    private static List<ExclusionCode> codes(List<ExclusionReason> reasons) {
        return reasons.stream().map(ExclusionReason::code).toList();
    }
}

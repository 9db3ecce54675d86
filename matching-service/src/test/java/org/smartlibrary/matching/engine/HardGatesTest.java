package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.matching.engine.Fixtures.EQUIPMENT;
import static org.smartlibrary.matching.engine.Fixtures.MENTORING;
import static org.smartlibrary.matching.engine.Fixtures.PROGRAM;
import static org.smartlibrary.matching.engine.Fixtures.ROBOTICS;
import static org.smartlibrary.matching.engine.Fixtures.SOFTWARE;
import static org.smartlibrary.matching.engine.Fixtures.TODAY;
import static org.smartlibrary.matching.engine.Fixtures.assessment;
import static org.smartlibrary.matching.engine.Fixtures.need;
import static org.smartlibrary.matching.engine.Fixtures.offering;
import static org.smartlibrary.matching.engine.Fixtures.partner;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HardGatesTest {

    private final HardGates gates = new HardGates(Fixtures.TAXONOMY_RELATIONS);
    private final NeedInput robotsNeed = need("n1", ROBOTICS).build();

    @Test
    void anActiveOfferingOfTheSameTypeInTheLibrarysCityIsAdmitted() {
        GateResult result = check(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)));

        assertTrue(result.admitted());
        assertEquals(TypeMatch.EXACT, result.typeMatch());
        assertEquals(List.of(), result.notes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PAUSED", "WITHDRAWN", "EXPIRED"})
    void anOfferingThatIsNotActiveIsExcludedWithItsStatus(String status) {
        GateResult result = check(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS).status(status)));

        assertFalse(result.admitted());
        assertEquals(new ExclusionReason(Gate.STATUS, "offering status is " + status + ", not ACTIVE"),
                result.reasons().get(0));
    }

    @Test
    void anOfferingWhoseWindowEndedIsExcluded() {
        GateResult result = check(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)
                .until(TODAY.minusDays(1))));

        assertEquals(List.of(new ExclusionReason(Gate.AVAILABILITY, "availability ended on 2025-05-31")),
                result.reasons());
    }

    @Test
    void anOfferingIsAvailableOnTheLastDayOfItsWindow() {
        assertTrue(check(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS).until(TODAY))).admitted());
    }

    @Test
    void anOfferingStartingWithin90DaysIsAdmittedAndNoted() {
        GateResult result = check(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)
                .from(TODAY.plusDays(HardGates.MAX_START_LEAD_DAYS))));

        assertTrue(result.admitted());
        assertEquals(List.of(new MatchNote(MatchNote.Kind.STARTS_LATER, "available from 2025-08-30, in 90 days")),
                result.notes());
    }

    @Test
    void anOfferingStartingLaterThan90DaysIsExcluded() {
        GateResult result = check(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)
                .from(TODAY.plusDays(HardGates.MAX_START_LEAD_DAYS + 1))));

        assertEquals(Gate.AVAILABILITY, single(result).gate());
        assertTrue(single(result).text().contains("91 days ahead"), single(result).text());
    }

    @Test
    void aRelatedTypeIsAdmittedAsRelated() {
        GateResult result = check(robotsNeed, partner("p1").offering(offering("o1", SOFTWARE).quantity("50", "licenses")));

        assertTrue(result.admitted());
        assertEquals(TypeMatch.RELATED, result.typeMatch());
    }

    @Test
    void anUnrelatedTypeIsExcluded() {
        GateResult result = check(robotsNeed, partner("p1").offering(offering("o1", MENTORING)));

        assertEquals(new ExclusionReason(Gate.TYPE,
                "type HUMAN.MENTORING is neither TECHNOLOGY.ROBOTICS nor related to it"), single(result));
        assertEquals(TypeMatch.NONE, result.typeMatch());
    }

    @Test
    void theSameTypeInAnotherCategoryIsExcluded() {
        GateResult result = check(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS).category("HUMAN")));

        assertEquals(Gate.TYPE, single(result).gate());
    }

    @Test
    void moneyIsOfferedOnlyForMoneyNeeds() {
        GateResult moneyForQuantity = check(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)
                .money("5000", "EUR")));
        GateResult quantityForMoney = check(need("n2", PROGRAM).build(), partner("p1").offering(offering("o2", PROGRAM)
                .quantity("3", "grants")));

        assertEquals(new ExclusionReason(Gate.MEASURE,
                "offering is money (5000 EUR) but the need is a quantity (300 kits)"), single(moneyForQuantity));
        assertEquals(Gate.MEASURE, single(quantityForMoney).gate());
    }

    @Test
    void unitsAreComparedCaseInsensitivelyAndANullUnitMatchesAny() {
        assertTrue(check(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS).quantity("500", "KITS")))
                .admitted());
        assertTrue(check(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS).quantity("500", null)))
                .admitted());
    }

    @Test
    void anotherUnitOrCurrencyForTheSameTypeIsExcluded() {
        GateResult otherUnit = check(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)
                .quantity("40", "hours")));
        GateResult otherCurrency = check(need("n2", PROGRAM).money("10000", "EUR").build(),
                partner("p1").offering(offering("o2", PROGRAM).money("20000", "USD")));

        assertEquals(new ExclusionReason(Gate.MEASURE, "unit hours differs from the need's kits"), single(otherUnit));
        assertEquals(new ExclusionReason(Gate.MEASURE, "currency USD differs from the need's EUR"),
                single(otherCurrency));
    }

    @Test
    void aRelatedTypeInAnotherMeasureIsAdmittedWithCapacityNotComparable() {
        GateResult result = check(robotsNeed, partner("p1").offering(offering("o1", EQUIPMENT).money("50000", "EUR")));

        assertTrue(result.admitted());
        assertEquals(MatchNote.Kind.CAPACITY_NOT_COMPARABLE, result.notes().get(0).kind());
    }

    @Test
    void anOfferingWithNoCapacityLeftIsExcluded() {
        GateResult result = check(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS).quantity("0", "kits")));

        assertEquals(new ExclusionReason(Gate.MEASURE, "no capacity left (0 kits)"), single(result));
    }

    @Test
    void aPartnerOutsideTheLibrarysAreaIsExcluded() {
        GateResult result = check(robotsNeed, partner("p1").area(new ServiceArea(false, false, Set.of("South"),
                Set.of("Shelbyville"))).offering(offering("o1", ROBOTICS)));

        assertEquals(new ExclusionReason(Gate.SERVICE_AREA,
                "partner serves regions [South] and cities [Shelbyville], not Springfield (North)"), single(result));
    }

    @Test
    void remoteNationalRegionAndCityPartnersCoverTheLibrary() {
        assertTrue(check(robotsNeed, partner("p1").remote().offering(offering("o1", ROBOTICS))).admitted());
        assertTrue(check(robotsNeed, partner("p1").national().offering(offering("o1", ROBOTICS))).admitted());
        assertTrue(check(robotsNeed, partner("p1").regions("north").offering(offering("o1", ROBOTICS))).admitted());
        assertTrue(check(robotsNeed, partner("p1").cities("SPRINGFIELD").offering(offering("o1", ROBOTICS)))
                .admitted());
    }

    @Test
    void nonprofitOnlyIsMetByAPublicLibrary() {
        GateResult result = check(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)
                .condition("NONPROFIT_ONLY")));

        assertTrue(result.admitted());
        assertEquals(List.of(), result.notes());
        assertEquals(ConditionOutcome.Verdict.MET, result.conditions().get(0).verdict());
    }

    @Test
    void regionOnlyForAnotherRegionIsExcluded() {
        GateResult result = check(robotsNeed, partner("p1").remote().offering(offering("o1", ROBOTICS)
                .condition("REGION_ONLY", "South", "East")));

        assertEquals(new ExclusionReason(Gate.CONDITIONS, "REGION_ONLY East, South: library is in region North"),
                single(result));
    }

    @Test
    void regionOnlyForTheLibrarysRegionIsAdmitted() {
        assertTrue(check(robotsNeed, partner("p1").remote().offering(offering("o1", ROBOTICS)
                .condition("REGION_ONLY", "NORTH"))).admitted());
    }

    @Test
    void regionOnlyWithoutRegionsMeansThePartnersRegions() {
        GateResult inRegion = check(robotsNeed, partner("p1").regions("North").offering(offering("o1", ROBOTICS)
                .condition("REGION_ONLY")));
        GateResult otherRegion = check(robotsNeed, partner("p1").area(new ServiceArea(false, false, Set.of("South"),
                Set.of("Springfield"))).offering(offering("o1", ROBOTICS).condition("REGION_ONLY")));

        assertTrue(inRegion.admitted());
        assertEquals(Gate.CONDITIONS, single(otherRegion).gate());
    }

    @Test
    void matchingFundsRequiredIsAllowedButNotedAsAPenalty() {
        GateResult result = check(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)
                .condition("MATCHING_FUNDS_REQUIRED", "0.25")));

        assertTrue(result.admitted());
        assertEquals(List.of(new MatchNote(MatchNote.Kind.CONDITION_PENALTY,
                "MATCHING_FUNDS_REQUIRED (25% co-funding): the assessment states no matching funds")), result.notes());
    }

    @Test
    void matchingFundsRequiredIsMetWhenTheAssessmentHasMatchingFunds() {
        PartnerInput partner = partner("p1").offering(offering("o1", ROBOTICS)
                .condition("MATCHING_FUNDS_REQUIRED", "0.25")).build();
        GateResult result = gates.check(assessment(robotsNeed).matchingFunds().build(), robotsNeed,
                new PartnerOffering(partner, partner.offerings().get(0)), TODAY);

        assertTrue(result.admitted());
        assertEquals(List.of(), result.notes());
    }

    @Test
    void unknownAndFreeTextConditionsAreAllowedButFlaggedForReview() {
        GateResult result = check(robotsNeed, partner("p1").offering(offering("o1", ROBOTICS)
                .condition(new OfferingCondition("OTHER", List.of(), "only on weekdays"))
                .condition("SOMETHING_NEW")));

        assertTrue(result.admitted());
        assertEquals(List.of(
                new MatchNote(MatchNote.Kind.NEEDS_REVIEW, "OTHER needs review: only on weekdays"),
                new MatchNote(MatchNote.Kind.NEEDS_REVIEW, "SOMETHING_NEW needs review")), result.notes());
    }

    @Test
    void minimumAudienceNeedsReviewWhenTheLibraryOffersAudienceReachAndIsPenalisedOtherwise() {
        PartnerInput partner = partner("p1").offering(offering("o1", ROBOTICS).condition("MIN_AUDIENCE", "500"))
                .build();
        PartnerOffering candidate = new PartnerOffering(partner, partner.offerings().get(0));

        GateResult withReach = gates.check(assessment(robotsNeed).offers("AUDIENCE_REACH").build(), robotsNeed,
                candidate, TODAY);
        GateResult withoutReach = gates.check(assessment(robotsNeed).build(), robotsNeed, candidate, TODAY);

        assertEquals(MatchNote.Kind.NEEDS_REVIEW, withReach.notes().get(0).kind());
        assertEquals(MatchNote.Kind.CONDITION_PENALTY, withoutReach.notes().get(0).kind());
        assertTrue(withReach.admitted() && withoutReach.admitted());
    }

    @Test
    void aRejectedPartnerIsExcluded() {
        GateResult result = check(robotsNeed, partner("p1").verification("REJECTED").offering(offering("o1", ROBOTICS)));

        assertEquals(new ExclusionReason(Gate.VERIFICATION, "partner verification was REJECTED"), single(result));
    }

    @Test
    void everyFailedGateIsReported() {
        GateResult result = check(robotsNeed, partner("p1").cities("Shelbyville").offering(offering("o1", ROBOTICS)
                .status("PAUSED").until(TODAY.minusDays(10)).condition("REGION_ONLY", "South")));

        assertEquals(Set.of(Gate.STATUS, Gate.AVAILABILITY, Gate.SERVICE_AREA, Gate.CONDITIONS),
                result.reasons().stream().map(ExclusionReason::gate).collect(Collectors.toSet()));
    }

    private GateResult check(NeedInput need, Fixtures.PartnerBuilder partnerBuilder) {
        PartnerInput partner = partnerBuilder.build();
        return gates.check(assessment(need).build(), need, new PartnerOffering(partner, partner.offerings().get(0)),
                TODAY);
    }

    private static ExclusionReason single(GateResult result) {
        assertEquals(1, result.reasons().size(), () -> "reasons: " + result.reasons());
        return result.reasons().get(0);
    }
}

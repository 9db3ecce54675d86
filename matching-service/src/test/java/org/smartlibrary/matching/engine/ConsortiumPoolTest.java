package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.matching.engine.Fixtures.MENTORING;
import static org.smartlibrary.matching.engine.Fixtures.PROGRAM;
import static org.smartlibrary.matching.engine.Fixtures.ROBOTICS;
import static org.smartlibrary.matching.engine.Fixtures.SOFTWARE;
import static org.smartlibrary.matching.engine.Fixtures.assessment;
import static org.smartlibrary.matching.engine.Fixtures.library;
import static org.smartlibrary.matching.engine.Fixtures.need;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a consortium's members' needs are pooled: which needs go together, and what the pooled need says. */
class ConsortiumPoolTest {

    @Test
    void needsOfOneTypeAndUnitArePooledAsTheSumOfTheirGaps() {
        ConsortiumPool pool = ConsortiumPool.of("c", List.of(
                // needs 50 seats, has 20: asks for 30
                member("lib-1", "North", need("seats", SOFTWARE).quantity("50", "seats").currentCapacity("20").build()),
                // the unit's case does not matter
                member("lib-2", "North", need("licences", SOFTWARE).quantity("40", "Seats").build())));

        assertEquals(1, pool.needs().size());
        PooledNeed pooled = pool.needs().get(0);
        NeedInput need = pooled.need();
        assertEquals(SOFTWARE + "|unit:seats", need.id());
        assertEquals(SOFTWARE, need.type());
        assertEquals("TECHNOLOGY", need.category());
        assertEquals(0, new BigDecimal("70").compareTo(need.quantity()));
        assertEquals("seats", need.unit(), "the first contribution's unit");
        assertNull(need.amount());
        assertNull(need.currentCapacity(), "the gaps already subtract what the members have");
        assertNull(need.goalId());
        assertEquals(List.of("lib-1:a-lib-1:seats:30", "lib-2:a-lib-2:licences:40"), pooled.contributions().stream()
                .map(c -> c.libraryId() + ":" + c.assessmentId() + ":" + c.needId() + ":" + c.gap().toPlainString())
                .toList());
        assertEquals(2, pooled.libraries());
    }

    @Test
    void otherTypesAndOtherUnitsArePooledApart() {
        ConsortiumPool pool = ConsortiumPool.of("c", List.of(
                member("lib-1", "North", need("seats", SOFTWARE).quantity("30", "seats").build(),
                        need("kits", ROBOTICS).quantity("10", "kits").build()),
                member("lib-2", "North", need("hours", SOFTWARE).quantity("100", "hours").build(),
                        need("kits", ROBOTICS).quantity("5", "kits").build())));

        assertEquals(List.of(ROBOTICS + "|unit:kits", SOFTWARE + "|unit:hours", SOFTWARE + "|unit:seats"),
                keys(pool));
    }

    @Test
    void moneyIsKeyedByCurrencyAndPeriodWithOneTimeWhenNoPeriodIsGiven() {
        ConsortiumPool pool = ConsortiumPool.of("c", List.of(
                member("lib-1", "North", need("grant", PROGRAM).money("1000", "EUR").build()),
                member("lib-2", "North", need("grant", PROGRAM).money("2000", "eur").period("ONE_TIME").build()),
                member("lib-3", "North", need("grant", PROGRAM).money("300", "EUR").perMonth().build()),
                member("lib-4", "North", need("grant", PROGRAM).money("4000", "USD").perYear().build())));

        assertEquals(List.of(PROGRAM + "|money:EUR:MONTH", PROGRAM + "|money:EUR:ONE_TIME",
                PROGRAM + "|money:USD:YEAR"), keys(pool));
        NeedInput oneTime = pool.needs().get(1).need();
        assertEquals(0, new BigDecimal("3000").compareTo(oneTime.amount()));
        assertEquals("EUR", oneTime.currency());
        assertNull(oneTime.quantity());
        NeedInput monthly = pool.needs().get(0).need();
        assertEquals("MONTH", monthly.period());
        assertEquals(0, new BigDecimal("300").compareTo(monthly.amount()), "per month, as the member asks");
    }

    @Test
    void needsStatingNoQuantityArePooledWithoutQuantity() {
        ConsortiumPool pool = ConsortiumPool.of("c", List.of(
                member("lib-1", "North", need("mentors", MENTORING).noQuantity().build()),
                member("lib-2", "North", need("mentors", MENTORING).noQuantity().build()),
                member("lib-3", "North", need("mentors", MENTORING).quantity("4", "mentors").build())));

        assertEquals(List.of(MENTORING + "|unit:mentors", MENTORING + "|unstated"), keys(pool));
        PooledNeed unstated = pool.needs().get(1);
        assertNull(unstated.need().quantity());
        assertNull(unstated.need().amount());
        assertEquals(2, unstated.libraries());
        unstated.contributions().forEach(c -> assertEquals(0, c.gap().signum(), c.toString()));
    }

    @Test
    void aPooledNeedIsShortTermWhenAnyMemberNeedsItShortTermAndAsUrgentAsTheMostUrgentMember() {
        ConsortiumPool pool = ConsortiumPool.of("c", List.of(
                member("lib-1", "North", need("seats", SOFTWARE).quantity("30", "seats").longTerm().priority(2).build(),
                        need("kits", ROBOTICS).quantity("10", "kits").longTerm().priority(3).build()),
                member("lib-2", "North", need("seats", SOFTWARE).quantity("30", "seats").priority(4).build(),
                        need("kits", ROBOTICS).quantity("10", "kits").longTerm().priority(1).build())));

        NeedInput seats = pooled(pool, SOFTWARE + "|unit:seats").need();
        assertEquals("SHORT_TERM", seats.horizon());
        assertEquals(4, seats.priority());
        NeedInput kits = pooled(pool, ROBOTICS + "|unit:kits").need();
        assertEquals("LONG_TERM", kits.horizon());
        assertEquals(3, kits.priority());
        assertEquals(List.of(SOFTWARE + "|unit:seats", ROBOTICS + "|unit:kits"), keys(pool), "most urgent first");
    }

    @Test
    void pooledNeedsOfEqualPriorityAreOrderedByPoolKeyAndContributionsByLibraryThenNeed() {
        ConsortiumPool pool = ConsortiumPool.of("c", List.of(
                member("lib-b", "North", need("z-seats", SOFTWARE).quantity("5", "seats").build(),
                        need("a-seats", SOFTWARE).quantity("7", "seats").build()),
                member("lib-a", "North", need("seats", SOFTWARE).quantity("3", "seats").build(),
                        need("kits", ROBOTICS).quantity("1", "kits").build())));

        assertEquals(List.of(ROBOTICS + "|unit:kits", SOFTWARE + "|unit:seats"), keys(pool));
        PooledNeed seats = pool.needs().get(1);
        assertEquals(List.of("lib-a:seats", "lib-b:a-seats", "lib-b:z-seats"), seats.contributions().stream()
                .map(c -> c.libraryId() + ":" + c.needId()).toList());
        assertEquals(2, seats.libraries(), "two needs of one library count as one library applying");
        assertEquals(0, new BigDecimal("15").compareTo(seats.need().quantity()));
    }

    @Test
    void eachLibraryTakesPartWithTheAssessmentGivenLast() {
        AssessmentInput older = assessment(need("seats", SOFTWARE).quantity("30", "seats").build())
                .id("a-old").revision(1).library(library("lib-1", "North", "Springfield")).build();
        AssessmentInput newer = assessment(need("seats", SOFTWARE).quantity("10", "seats").build())
                .id("a-new").revision(3).library(library("lib-1", "North", "Springfield")).build();

        ConsortiumPool pool = ConsortiumPool.of("c", List.of(older, member("lib-2", "North",
                need("seats", SOFTWARE).quantity("20", "seats").build()), newer));

        assertEquals(List.of("a-new", "a-lib-2"), pool.members().stream().map(AssessmentInput::id).toList());
        PooledNeed seats = pool.needs().get(0);
        assertEquals(0, new BigDecimal("30").compareTo(seats.need().quantity()), "10 from the newer, 20 from lib-2");
        PoolContribution fromNewer = seats.contributions().get(0);
        assertEquals(List.of("lib-1", "a-new", 3), List.of(fromNewer.libraryId(), fromNewer.assessmentId(),
                fromNewer.revision()));
    }

    @Test
    void aLibraryThatAlreadyHasWhatItNeedsDoesNotContribute() {
        ConsortiumPool pool = ConsortiumPool.of("c", List.of(
                member("lib-1", "North", need("seats", SOFTWARE).quantity("30", "seats").currentCapacity("30").build()),
                member("lib-2", "North", need("seats", SOFTWARE).quantity("30", "seats").build()),
                member("lib-3", "North", need("kits", ROBOTICS).quantity("10", "kits").currentCapacity("12").build())));

        assertEquals(List.of(SOFTWARE + "|unit:seats"), keys(pool));
        assertEquals(1, pool.needs().get(0).libraries());
        assertEquals(3, pool.members().size(), "every member stays a member");
    }

    @Test
    void thePoolsAreaIsALibraryOfTheMostCommonRegion() {
        NeedInput seats = need("seats", SOFTWARE).quantity("30", "seats").build();
        ConsortiumPool mostlySouth = ConsortiumPool.of("c", List.of(
                member("lib-1", "North", seats), member("lib-4", "South", seats), member("lib-3", "south", seats)));
        assertEquals("lib-3", mostlySouth.area().id(), "regions compare case-insensitively; smallest id of them");

        ConsortiumPool tied = ConsortiumPool.of("c", List.of(
                member("lib-4", "North", seats), member("lib-2", "South", seats),
                member("lib-3", "North", seats), member("lib-1", "South", seats)));
        assertEquals("lib-1", tied.area().id(), "a tie goes to the smallest library id");
    }

    @Test
    void theConsortiumOffersWhatAnyMemberOffersAndHasMatchingFundsWhenAnyMemberHas() {
        NeedInput seats = need("seats", SOFTWARE).quantity("30", "seats").build();
        ConsortiumPool pool = ConsortiumPool.of("consortium-7", List.of(
                assessment(seats).id("a-1").library(library("lib-1", "North", "Springfield")).offers("SPACE").build(),
                assessment(seats).id("a-2").library(library("lib-2", "North", "Capital City"))
                        .offers("AUDIENCE_REACH").matchingFunds().build()));

        AssessmentInput asOne = pool.asAssessment();

        assertEquals("consortium-7", asOne.id());
        assertEquals(Set.of("SPACE", "AUDIENCE_REACH"), asOne.libraryOffers());
        assertTrue(asOne.hasMatchingFunds());
        assertEquals(pool.area(), asOne.library());
        assertEquals(keys(pool), asOne.needs().stream().map(NeedInput::id).toList());
        assertFalse(ConsortiumPool.of("c", List.of(pool.members().get(0))).asAssessment().hasMatchingFunds());
    }

    @Test
    void aConsortiumWithoutMembersCannotBePooled() {
        assertThrows(IllegalArgumentException.class, () -> ConsortiumPool.of("c", List.of()));
    }

    // --- helpers

    private static AssessmentInput member(String libraryId, String region, NeedInput... needs) {
        return assessment(needs).id("a-" + libraryId).library(library(libraryId, region, "City of " + libraryId))
                .build();
    }

    private static List<String> keys(ConsortiumPool pool) {
        return pool.needs().stream().map(pooled -> pooled.need().id()).toList();
    }

    private static PooledNeed pooled(ConsortiumPool pool, String key) {
        return pool.needs().stream().filter(pooled -> pooled.need().id().equals(key)).findFirst().orElseThrow();
    }
}

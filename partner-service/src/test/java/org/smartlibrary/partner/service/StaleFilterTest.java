package org.smartlibrary.partner.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.partner.DatabaseRows;
import org.smartlibrary.partner.api.PartnerRegistration;
import org.smartlibrary.partner.api.ServiceAreaDto;
import org.smartlibrary.partner.repository.PartnerRepository;
import org.smartlibrary.partner.repository.SearchCriteria;
import org.smartlibrary.partner.repository.SearchCriteria.SortOrder;
import org.smartlibrary.partner.repository.SearchQuery;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smartlibrary.partner.PartnerFixtures.register;
import static org.smartlibrary.partner.PartnerFixtures.registration;
import static org.smartlibrary.partner.PartnerFixtures.token;

/**
 * The stale marker of a partner and the stale search filter follow the one rule of {@link Freshness}: stale when
 * last_confirmed_at + N months is before the day (or never confirmed). The filter is SQL, the marker Java; both
 * must agree, also where calendar months have different lengths.
 */
@QuarkusTest
class StaleFilterTest {

    @Inject
    PartnerService partners;

    @Inject
    PartnerRepository repository;

    @Inject
    DatabaseRows database;

    @Test
    void confirmedExactlyTwelveMonthsAgoIsFreshAndADayMoreIsStaleInTheViewAndTheFilter() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // exactly 12 months ago (on 29 February, which has no such day a year before, the 1st of March)
        LocalDate exactlyTwelveMonths = today.minusMonths(12);
        while (exactlyTwelveMonths.plusMonths(12).isBefore(today)) {
            exactlyTwelveMonths = exactlyTwelveMonths.plusDays(1);
        }
        String word = token();
        String current = register(registration("Confirmed Today " + word));
        String fresh = register(registration("Confirmed A Year Ago " + word));
        String stale = register(registration("Confirmed A Year And A Day Ago " + word));
        database.update("UPDATE partner SET last_confirmed_at = ? WHERE id = ?::uuid", exactlyTwelveMonths, fresh);
        database.update("UPDATE partner SET last_confirmed_at = ? WHERE id = ?::uuid",
                exactlyTwelveMonths.minusDays(1), stale);

        given().get("/api/v1/partners/" + current).then().statusCode(200).body("stale", equalTo(false));
        given().get("/api/v1/partners/" + fresh).then().statusCode(200)
                .body("last_confirmed_at", equalTo(exactlyTwelveMonths.toString()))
                .body("stale", equalTo(false));
        given().get("/api/v1/partners/" + stale).then().statusCode(200).body("stale", equalTo(true));

        given().queryParam("q", word).queryParam("stale", "true").get("/api/v1/partners").then().statusCode(200)
                .body("items.id", containsInAnyOrder(stale))
                .body("items.stale", containsInAnyOrder(true));
        given().queryParam("q", word).queryParam("stale", "false").get("/api/v1/partners").then().statusCode(200)
                .body("items.id", containsInAnyOrder(current, fresh))
                .body("items.stale", containsInAnyOrder(false, false));
    }

    /** Every confirmation date around the ends of February and August, judged on month ends, 1 to 13 months. */
    @Test
    void theFilterInSqlAgreesWithTheRuleAtMonthEnds() {
        String word = token();
        List<LocalDate> confirmed = new ArrayList<>();
        for (LocalDate from : List.of(LocalDate.of(2023, 1, 27), LocalDate.of(2024, 1, 27), LocalDate.of(2025, 2, 24))) {
            for (LocalDate date = from; date.isBefore(from.plusDays(36)); date = date.plusDays(1)) {
                confirmed.add(date);
            }
        }
        for (LocalDate date = LocalDate.of(2024, 8, 27); date.isBefore(LocalDate.of(2024, 9, 3)); date = date.plusDays(1)) {
            confirmed.add(date);
        }
        Map<String, LocalDate> confirmedOn = new LinkedHashMap<>();
        QuarkusTransaction.requiringNew().run(() -> confirmed.forEach(date -> confirmedOn.put(
                partners.register(new PartnerRegistration("Freshness " + word + " " + date, "SCHOOL", null,
                        new ServiceAreaDto(false, false, List.of("Utrecht"), List.of()), null, null, null, null, List.of(), true))
                        .id().toString(), date)));
        confirmedOn.forEach((id, date) ->
                database.update("UPDATE partner SET last_confirmed_at = ? WHERE id = ?::uuid", date, id));

        List<LocalDate> days = List.of(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 3, 31), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 31), LocalDate.of(2025, 8, 31), LocalDate.of(2026, 2, 28));
        for (LocalDate day : days) {
            for (int months : new int[]{1, 6, 12, 13}) {
                for (boolean stale : new boolean[]{true, false}) {
                    // compared as the confirmation dates of the partners, so that a difference reads as dates
                    List<LocalDate> expected = confirmedOn.values().stream()
                            .filter(date -> Freshness.isStale(date, day, months) == stale).sorted().toList();
                    List<LocalDate> found = found(word, stale, day, months).stream().map(confirmedOn::get)
                            .sorted().toList();
                    assertEquals(expected, found, "stale=" + stale + " on " + day + " after " + months + " months");
                }
            }
        }
    }

    private Set<String> found(String word, boolean stale, LocalDate day, int months) {
        SearchCriteria criteria = new SearchCriteria(word, null, null, null, null, null, null, null, null, stale,
                null, SortOrder.NAME);
        Set<String> ids = new HashSet<>();
        String cursor = null;
        while (true) {
            SearchQuery query = SearchQuery.of(criteria, PageRequest.of(PageRequest.MAX_LIMIT, cursor), day, months);
            List<SearchQuery.Hit> hits = QuarkusTransaction.requiringNew().call(() -> repository.hits(query));
            hits.stream().limit(PageRequest.MAX_LIMIT).forEach(hit -> ids.add(hit.id().toString()));
            if (hits.size() <= PageRequest.MAX_LIMIT) {
                return ids;
            }
            cursor = SearchQuery.cursorAfter(hits.get(PageRequest.MAX_LIMIT - 1), SortOrder.NAME);
        }
    }
}

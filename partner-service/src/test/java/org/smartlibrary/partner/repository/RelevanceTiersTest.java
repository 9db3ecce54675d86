package org.smartlibrary.partner.repository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.partner.api.PartnerRegistration;
import org.smartlibrary.partner.api.ServiceAreaDto;
import org.smartlibrary.partner.repository.SearchCriteria.SortOrder;
import org.smartlibrary.partner.repository.SearchQuery.Hit;
import org.smartlibrary.partner.service.PartnerService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smartlibrary.partner.PartnerFixtures.addOffering;
import static org.smartlibrary.partner.PartnerFixtures.robotKits;
import static org.smartlibrary.partner.PartnerFixtures.token;

/**
 * Relevance order by match tier against real PostgreSQL: name before profile (name + description) before anywhere
 * (offering descriptions), ties by id; keyset pages across tier boundaries; both ways a tier is read (partners in id
 * order, or the tier's GIN index) give the same pages. Scoped to partners made for it by unique words.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceTiersTest {

    private static final int PER_TIER = 9;

    @Inject
    PartnerService partners;

    @Inject
    PartnerRepository repository;

    private final String word = token();
    private final String other = token();
    private final String excluded = token();
    private List<String> inName;
    private List<String> inDescription;
    private List<String> inOffering;

    /** Made once, by the first test (RestAssured points at the application only around each test). */
    @BeforeEach
    void directory() {
        if (inName != null) {
            return;
        }
        inName = new ArrayList<>();
        inDescription = new ArrayList<>();
        inOffering = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < PER_TIER; i++) {
                // every third partner is a school: the filter keeps some of every tier
                String type = i % 3 == 0 ? "SCHOOL" : "NONPROFIT";
                inName.add(register(String.format("Named %s %02d", word, i), type,
                        i == 0 ? "Also teaches " + excluded : null));
                inDescription.add(register(String.format("Described %02d %s", i, other), type,
                        "Runs " + word + " sessions for families"));
                inOffering.add(register(String.format("Offering %02d %s", i, other), type, null));
            }
        });
        for (String id : inOffering) {
            Map<String, Object> kits = robotKits();
            kits.put("description", "Kits for " + word + " clubs");
            addOffering(id, kits);
        }
    }

    @Test
    void ranksByTheNarrowestPartOfTheEntryThatMatchesTiesById() {
        ExtractableResponse<Response> page = given().queryParam("q", word).queryParam("limit", 100)
                .get("/api/v1/partners").then().statusCode(200).extract();
        assertEquals(expected(inName, inDescription, inOffering), page.path("items.id"));
        List<Float> relevance = page.path("items.relevance");
        assertEquals(List.of(1.0f, 0.4f, 0.2f), List.of(relevance.get(0), relevance.get(PER_TIER),
                relevance.get(2 * PER_TIER)));
    }

    @Test
    void aQueryMatchedAcrossPartsRanksByTheNarrowestPartHoldingAllOfIt() {
        // the query's words first meet in the name (none), in name + description (inDescription: its name has
        // `other`, its description `word`) or only with the offerings (inOffering)
        given().queryParam("q", word + " " + other).queryParam("limit", 100).get("/api/v1/partners").then()
                .statusCode(200).body("items.id", equalTo(expected(inDescription, inOffering)));
    }

    @Test
    void aNegatedWordAnywhereExcludesThePartnerWhateverTierTheRestMatches() {
        List<String> names = new ArrayList<>(inName.subList(1, PER_TIER));
        given().queryParam("q", word + " -" + excluded).queryParam("limit", 100).get("/api/v1/partners").then()
                .statusCode(200).body("items.id", equalTo(expected(names, inDescription, inOffering)));
    }

    @Test
    void pagesAcrossTierBoundariesSeeEveryPartnerOnceInOrder() {
        List<String> all = expected(inName, inDescription, inOffering);
        for (int limit : new int[]{1, 4, PER_TIER, PER_TIER + 1, 26}) {
            assertEquals(all, pageThrough(Map.of("q", word), limit), "limit " + limit);
        }
        List<String> schools = all.stream().filter(this::isSchool).toList();
        assertEquals(3 * 3, schools.size());
        assertEquals(schools, pageThrough(Map.of("q", word, "partner_type", "SCHOOL"), 2));
    }

    /**
     * Reading a tier through partners in id order (windows that hold all, some or none of the tier) or from its
     * index gives the same pages.
     */
    @Test
    void bothWaysOfReadingATierGiveTheSamePages() {
        List<String> all = expected(inName, inDescription, inOffering);
        for (int limit : new int[]{1, 4, PER_TIER + 1}) {
            for (int window : new int[]{0, 3, 20, 1_000_000}) {
                assertEquals(all, pageThroughDirectly(limit, window), "limit " + limit + ", window " + window);
            }
        }
    }

    private List<String> pageThroughDirectly(int limit, int window) {
        SearchCriteria criteria = new SearchCriteria(word, null, null, null, null, null, null, null, null, null,
                null, SortOrder.RELEVANCE);
        List<String> ids = new ArrayList<>();
        String cursor = null;
        while (true) {
            SearchQuery query = SearchQuery.of(criteria, PageRequest.of(limit, cursor), LocalDate.now(), 12, window);
            List<Hit> hits = QuarkusTransaction.requiringNew().call(() -> repository.hits(query));
            hits.stream().limit(limit).forEach(hit -> ids.add(hit.id().toString()));
            if (hits.size() <= limit) {
                return ids;
            }
            cursor = SearchQuery.cursorAfter(hits.get(limit - 1), SortOrder.RELEVANCE);
        }
    }

    private boolean isSchool(String id) {
        int index = Stream.of(inName, inDescription, inOffering).filter(tier -> tier.contains(id))
                .mapToInt(tier -> tier.indexOf(id)).findFirst().orElseThrow();
        return index % 3 == 0;
    }

    private String register(String name, String type, String description) {
        return partners.register(new PartnerRegistration(name, type, description,
                new ServiceAreaDto(false, false, List.of("Utrecht"), List.of()), null, null, null, null, List.of(), true))
                .id().toString();
    }

    /** The tiers in order, each sorted by id (UUID order, as PostgreSQL compares them). */
    @SafeVarargs
    private static List<String> expected(List<String>... tiers) {
        List<String> order = new ArrayList<>();
        for (List<String> tier : tiers) {
            tier.stream().map(UUID::fromString).sorted(RelevanceTiersTest::postgresOrder)
                    .map(Object::toString).forEach(order::add);
        }
        return order;
    }

    /** PostgreSQL orders uuids by their bytes, unsigned; Java's UUID.compareTo compares signed longs. */
    private static int postgresOrder(UUID a, UUID b) {
        return a.toString().compareTo(b.toString());
    }

    /** Follows next_cursor with this page size; returns the ids in the order seen. */
    private static List<String> pageThrough(Map<String, Object> parameters, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().queryParams(parameters).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = request.get("/api/v1/partners").then().statusCode(200).extract();
            List<String> items = page.path("items.id");
            ids.addAll(items);
            cursor = page.path("next_cursor");
        } while (cursor != null && ids.size() < 1_000);
        return ids;
    }
}

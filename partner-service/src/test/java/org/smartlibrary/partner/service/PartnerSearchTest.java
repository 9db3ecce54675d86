package org.smartlibrary.partner.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smartlibrary.partner.api.PartnerRegistration;
import org.smartlibrary.partner.api.ServiceAreaDto;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.partner.PartnerFixtures.addOffering;
import static org.smartlibrary.partner.PartnerFixtures.area;
import static org.smartlibrary.partner.PartnerFixtures.asAdmin;
import static org.smartlibrary.partner.PartnerFixtures.grant;
import static org.smartlibrary.partner.PartnerFixtures.ifMatchOf;
import static org.smartlibrary.partner.PartnerFixtures.post;
import static org.smartlibrary.partner.PartnerFixtures.register;
import static org.smartlibrary.partner.PartnerFixtures.registration;
import static org.smartlibrary.partner.PartnerFixtures.robotKits;
import static org.smartlibrary.partner.PartnerFixtures.token;

/** Search filters, full text, sort orders and keyset paging, each scoped to partners made for it by a unique word. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerSearchTest {

    @Inject
    PartnerService partners;

    private final String word = token();
    private final String region = "Region " + word;
    private String alpha;
    private String beta;
    private String gamma;
    private String delta;

    /** Made once, by the first test (RestAssured points at the application only around each test). */
    @BeforeEach
    void directory() {
        if (alpha != null) {
            return;
        }
        Map<String, Object> a = registration("Alpha " + word + " Robotics");
        a.put("service_area", area(false, false, List.of(region), List.of()));
        alpha = register(a);
        addOffering(alpha, robotKits());

        Map<String, Object> b = registration("Beta " + word + " Fund");
        b.put("partner_type", "FOUNDATION");
        b.put("service_area", area(false, false, List.of(region.toUpperCase()), List.of()));
        beta = register(b);
        addOffering(beta, grant());
        ifMatchOf(asAdmin(), "/api/v1/partners/" + beta).contentType(ContentType.JSON)
                .body(Map.of("verification", "VERIFIED"))
                .put("/api/v1/partners/" + beta + "/verification").then().statusCode(200);

        Map<String, Object> c = registration("Gamma " + word + " University");
        c.put("partner_type", "ACADEMIC_INSTITUTION");
        c.put("description", "Research group on learning outcomes");
        c.put("service_area", area(false, false, List.of("Elsewhere " + word), List.of("Utrecht")));
        gamma = register(c);
        addOffering(gamma, Map.of("category", "HUMAN", "type", "HUMAN.WORKSHOP_VOLUNTEERS", "quantity", 25,
                "description", "Students co-running coding workshops", "horizon", "ANY"));

        Map<String, Object> d = registration("Delta " + word + " Network");
        d.put("partner_type", "NONPROFIT");
        d.put("service_area", area(false, true, List.of(), List.of()));
        delta = register(d);
        Map<String, Object> paused = robotKits();
        paused.put("status", "PAUSED");
        addOffering(delta, paused);
    }

    @Test
    void filtersCombineWithTheFullTextQuery() {
        assertFound(search(), alpha, beta, gamma, delta);
        assertFound(search().queryParam("category", "TECHNOLOGY"), alpha, delta);
        assertFound(search().queryParam("category", "TECHNOLOGY").queryParam("status", "ACTIVE"), alpha);
        assertFound(search().queryParam("status", "PAUSED"), delta);
        assertFound(search().queryParam("type", "FINANCIAL.PROGRAM"), beta);
        assertFound(search().queryParam("partner_type", "FOUNDATION"), beta);
        assertFound(search().queryParam("region", region.toLowerCase()), alpha, beta, delta);
        assertFound(search().queryParam("city", "UTRECHT"), gamma, delta);
        assertFound(search().queryParam("horizon", "SHORT_TERM"), alpha, gamma, delta);
        assertFound(search().queryParam("horizon", "LONG_TERM"), beta, gamma);
        assertFound(search().queryParam("verified", "true"), beta);
        assertFound(search().queryParam("verified", "false"), alpha, gamma, delta);
        assertFound(search().queryParam("stale", "true"));
        assertFound(search().queryParam("type", "FINANCIAL.PROGRAM").queryParam("horizon", "SHORT_TERM"));
    }

    @Test
    void fullTextCoversNamesAndDescriptionsAndRanksNameMatchesFirst() {
        assertFound(given().queryParam("q", word + " grants"), beta);
        assertFound(given().queryParam("q", word + " learning outcomes"), gamma);
        assertFound(given().queryParam("q", word + " workshop"), gamma);
        assertFound(given().queryParam("q", "\"" + word + " university\""), gamma);
        assertFound(given().queryParam("q", word + " -university"), alpha, beta, delta);

        given().queryParam("q", word + " robotics").get("/api/v1/partners").then().statusCode(200)
                .body("items.id", equalTo(List.of(alpha, delta)))
                .body("items[0].relevance", org.hamcrest.Matchers.greaterThan(0f));
    }

    @Test
    void sortsByNameOnRequest() {
        search().queryParam("sort", "name").get("/api/v1/partners").then().statusCode(200)
                .body("items.id", equalTo(List.of(alpha, beta, delta, gamma)))
                .body("items[0].relevance", nullValue());
    }

    @Test
    void refusesInvalidParametersNamingThem() {
        given().queryParam("category", "SNACKS").queryParam("verified", "maybe").queryParam("horizon", "SOON")
                .get("/api/v1/partners").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("category", "verified", "horizon"));
        given().queryParam("sort", "relevance").get("/api/v1/partners").then()
                .statusCode(400).body("errors[0].field", equalTo("sort"));
        given().queryParam("limit", "0").get("/api/v1/partners").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", "101").get("/api/v1/partners").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", "ten").get("/api/v1/partners").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("cursor", "garbage").get("/api/v1/partners").then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
        String nameCursor = search().queryParam("sort", "name").queryParam("limit", 1).get("/api/v1/partners")
                .then().extract().path("next_cursor");
        search().queryParam("cursor", nameCursor).get("/api/v1/partners").then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    /** Regression: deploy/fuzz/run found q=nul%00byte answered 500 (PostgreSQL cannot take a NUL in a query). */
    @Test
    void aNulCharacterInTheSearchIsAMalformedRequestNotA500() {
        for (String query : new String[]{"q=nul%00byte", "region=%00", "city=x%00&sort=name"}) {
            given().urlEncodingEnabled(false).get("/api/v1/partners?" + query).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://smartlibrary.org/problems/malformed-request"));
        }
    }

    @Test
    void pagesThroughALargeResultSeeingEveryPartnerOnceInAStableOrder() {
        String pagingWord = token();
        List<String> created = new ArrayList<>();
        // through the service in one transaction: the same registration as the API, without 250 round trips
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 125; i++) {
                for (int copy = 0; copy < 2; copy++) { // pairs of equal names: ties are broken by id
                    PartnerRegistration registration = new PartnerRegistration(
                            String.format("Page %s %03d", pagingWord, i), "SCHOOL", null,
                            new ServiceAreaDto(false, false, List.of("Utrecht"), List.of()), null, null, null, null, List.of(),
                            copy == 1);
                    created.add(partners.register(registration).id().toString());
                }
            }
        });

        List<String> byName = pageThrough(given().queryParam("q", pagingWord).queryParam("sort", "name"));
        assertEquals(250, byName.size());
        assertEquals(Set.copyOf(created), new HashSet<>(byName));
        for (int i = 0; i < 125; i++) {
            List<String> pair = byName.subList(2 * i, 2 * i + 2);
            assertTrue(created.subList(2 * i, 2 * i + 2).containsAll(pair), "name order broken at " + i);
            assertTrue(pair.get(0).compareTo(pair.get(1)) < 0, "ties not ordered by id at " + i);
        }
        assertEquals(byName, pageThrough(given().queryParam("q", pagingWord).queryParam("sort", "name")));

        List<String> byRelevance = pageThrough(given().queryParam("q", pagingWord));
        assertEquals(250, byRelevance.size());
        assertEquals(Set.copyOf(created), new HashSet<>(byRelevance));
        assertEquals(byRelevance, pageThrough(given().queryParam("q", pagingWord)));
    }

    /** Follows the Link rel=next headers with limit 100; returns the ids in the order seen. */
    private static List<String> pageThrough(RequestSpecification request) {
        List<String> ids = new ArrayList<>();
        ExtractableResponse<Response> page = request.queryParam("limit", 100).get("/api/v1/partners").then()
                .statusCode(200).extract();
        int pages = 1;
        while (true) {
            List<String> items = page.path("items.id");
            ids.addAll(items);
            String link = page.header("Link");
            if (link == null) {
                assertNull(page.path("next_cursor"));
                break;
            }
            assertEquals(100, items.size());
            String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            page = given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract();
            pages++;
        }
        assertEquals(3, pages);
        return ids;
    }

    private RequestSpecification search() {
        return given().queryParam("q", word);
    }

    private static void assertFound(RequestSpecification request, String... ids) {
        request.get("/api/v1/partners").then().statusCode(200)
                .body("items", hasSize(ids.length))
                .body("items.id", ids.length == 0 ? hasSize(0) : containsInAnyOrder((Object[]) ids));
    }

    @Test
    void resultsCarryOfferingsWithEffectiveStatus() {
        search().queryParam("type", "TECHNOLOGY.ROBOTICS").queryParam("sort", "name").get("/api/v1/partners").then()
                .body("items[0].offerings.status", hasItem("ACTIVE"))
                .body("items[1].offerings.status", hasItem("PAUSED"));
    }
}

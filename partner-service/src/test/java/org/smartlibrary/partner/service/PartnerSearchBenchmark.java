package org.smartlibrary.partner.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.partner.repository.SearchCriteria;
import org.smartlibrary.partner.repository.SearchCriteria.SortOrder;
import org.smartlibrary.partner.repository.SearchQuery;
import org.smartlibrary.testkit.TestTokens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search at 10^5 partners (2 offerings each), end to end through the API as library staff (a bearer token verified
 * on every call): seeds with generate_series, then times each kind of search and prints median and p99, plus the
 * plans. A measurement, not a test: excluded from the build,
 * run with {@code ./mvnw verify -pl partner-service -Dtest=PartnerSearchBenchmark -Dsurefire.excludedGroups=}.
 */
@QuarkusTest
@Tag("benchmark")
class PartnerSearchBenchmark {

    private static final int PARTNERS = 100_000;
    private static final int RUNS = 200;
    private static final String[] QUERIES = {"robot", "makerspace design", "laptops lending", "digital skills grant",
            "mentoring jobseekers", "open data", "volunteers coding workshop", "fabrication", "\"coding club\"",
            "research evaluation"};
    /** Name words that occur in no description: each pair matches about 1/(23*19) of the partners. */
    private static final String[] FIRST_WORDS = {"Bright", "Civic", "Future", "Green", "Blue", "Northern", "Urban"};
    private static final String[] SECOND_WORDS = {"Forge", "Spark", "Garden", "Studio", "Circle", "Foundry"};
    private static final String[] REGIONS = {"North Brabant", "Utrecht", "Gelderland", "Limburg", "Zeeland",
            "Friesland", "Groningen", "Drenthe", "Overijssel", "Flevoland", "North Holland", "South Holland"};

    /** Library staff search the directory (the main users; they see contacts); one token for every call. */
    private static final String TOKEN = TestTokens.libraryStaff(UUID.randomUUID());

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    PartnerSearch search;

    @Test
    void searchAtOneHundredThousandPartners() throws SQLException, IOException {
        long seeded = seed();
        System.out.printf("%n=== partner search benchmark: %,d partners, %,d offerings (seeded in %d ms), %d runs each ===%n",
                count("partner"), count("offering"), seeded, RUNS);

        measure("full text, selective (two name words, ~0.2% match)", i -> asStaff()
                .queryParam("q", FIRST_WORDS[i % FIRST_WORDS.length] + " " + SECOND_WORDS[i % SECOND_WORDS.length]));
        measure("full text, broad (one theme word, 5-30% match)", i -> asStaff().queryParam("q", QUERIES[i % QUERIES.length])
                .queryParam("limit", 20));
        measure("full text (broad) + region + partner_type, relevance", i -> asStaff().queryParam("q", QUERIES[i % QUERIES.length])
                .queryParam("region", REGIONS[i % REGIONS.length]).queryParam("partner_type", "IT_COMPANY"));
        measure("filters only: category + status ACTIVE + region, name order", i -> asStaff()
                .queryParam("category", "TECHNOLOGY").queryParam("status", "ACTIVE")
                .queryParam("region", REGIONS[i % REGIONS.length]));
        measure("filters only: type + horizon + verified, name order", i -> asStaff()
                .queryParam("type", "TECHNOLOGY.ROBOTICS").queryParam("horizon", "SHORT_TERM")
                .queryParam("verified", "true"));
        measure("browse by name, limit 100", i -> asStaff().queryParam("limit", 100));
        String deepCursor = cursorAfterPages(asStaff().queryParam("limit", 100), 50);
        measure("browse by name, page 51 (keyset cursor)", i -> asStaff().queryParam("limit", 100)
                .queryParam("cursor", deepCursor));

        explain("full text, selective", new SearchCriteria("Bright Forge", null, null, null, null, null, null, null,
                null, null, null, SortOrder.RELEVANCE));
        explain("full text, broad", new SearchCriteria("robot", null, null, null, null, null, null, null, null,
                null, null, SortOrder.RELEVANCE));
        explain("filters only, name order", new SearchCriteria(null, "TECHNOLOGY", null, null, "Utrecht", null, null,
                "ACTIVE", null, null, null, SortOrder.NAME));
    }

    /** A directory search request as library staff: the bearer token is verified on every call. */
    private static RequestSpecification asStaff() {
        return given().auth().oauth2(TOKEN);
    }

    private void measure(String label, IntFunction<RequestSpecification> request) {
        for (int i = 0; i < 20; i++) { // warm-up
            request.apply(i).get("/api/v1/partners").then().statusCode(200);
        }
        List<Double> millis = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < RUNS; i++) {
            RequestSpecification spec = request.apply(i);
            long start = System.nanoTime();
            List<?> items = spec.get("/api/v1/partners").then().statusCode(200).extract().path("items");
            millis.add((System.nanoTime() - start) / 1e6);
            found += items.size();
        }
        Collections.sort(millis);
        System.out.printf("%-62s median %6.1f ms   p99 %6.1f ms   (avg %.0f results/page)%n", label,
                millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.99) - 1), found / (double) RUNS);
        assertTrue(found > 0, label + " found nothing");
    }

    private static String cursorAfterPages(RequestSpecification request, int pages) {
        String cursor = null;
        for (int i = 0; i < pages; i++) {
            RequestSpecification spec = asStaff().queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            cursor = spec.get("/api/v1/partners").then().statusCode(200).extract().path("next_cursor");
        }
        return cursor;
    }

    private void explain(String label, SearchCriteria criteria) {
        SearchQuery query = search.query(criteria, PageRequest.of(20, null));
        System.out.printf("%n--- plan: %s ---%n%s%n", label, query.sql());
        QuarkusTransaction.requiringNew().run(() -> {
            Query explain = entityManager.createNativeQuery("EXPLAIN (ANALYZE, BUFFERS) " + query.sql());
            for (int i = 0; i < query.parameters().size(); i++) {
                explain.setParameter(i + 1, query.parameters().get(i));
            }
            for (Object line : explain.getResultList()) {
                System.out.println(line);
            }
        });
    }

    private long count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * 10^5 partners with names, descriptions and service areas drawn from small vocabularies; 2 offerings each
     * ({@code bench/seed-partners.sql}, shared with deploy/bench/rest).
     */
    private long seed() throws SQLException, IOException {
        long start = System.currentTimeMillis();
        String script;
        try (InputStream in = PartnerSearchBenchmark.class.getResourceAsStream("/bench/seed-partners.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(":partners", Integer.toString(PARTNERS));
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : script.split("\n;\n")) {
                String withoutComments = sql.lines().filter(line -> !line.startsWith("--"))
                        .collect(Collectors.joining("\n")).trim();
                if (!withoutComments.isEmpty()) {
                    statement.execute(withoutComments);
                }
            }
        }
        return System.currentTimeMillis() - start;
    }
}

package org.smartlibrary.partner.search;

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
import org.smartlibrary.partner.search.SearchCriteria.SortOrder;
import org.smartlibrary.testkit.TestTokens;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

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
    void searchAtOneHundredThousandPartners() throws SQLException {
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
                null, null, SortOrder.RELEVANCE));
        explain("full text, broad", new SearchCriteria("robot", null, null, null, null, null, null, null, null,
                null, SortOrder.RELEVANCE));
        explain("filters only, name order", new SearchCriteria(null, "TECHNOLOGY", null, null, "Utrecht", null, null,
                "ACTIVE", null, null, SortOrder.NAME));
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

    /** 10^5 partners with names, descriptions and service areas drawn from small vocabularies; 2 offerings each. */
    private long seed() throws SQLException {
        long start = System.currentTimeMillis();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO partner (id, name, name_key, normalized_name, partner_type, description, remote, national,
                                         regions, cities, area_keys, website, website_domain, contact_name, contact_email,
                                         seeks, verification, last_confirmed_at, offering_text, created_at, updated_at,
                                         version)
                    SELECT gen_random_uuid(), s.name, lower(s.name), lower(s.name), s.partner_type, s.description,
                           i % 50 = 0, i % 40 = 0, ARRAY[s.region], ARRAY[s.city],
                           ARRAY['region:' || lower(s.region), 'city:' || lower(s.city)],
                           'https://partner-' || i || '.example', 'partner-' || i || '.example', 'Contact ' || i,
                           'contact' || i || '@partner.example', ARRAY['VISIBILITY', 'SPACE'],
                           CASE WHEN i % 5 = 0 THEN 'VERIFIED' ELSE 'UNVERIFIED' END,
                           current_date - (i % 700), '', now(), now(), 0
                    FROM generate_series(1, :partners) i,
                    LATERAL (SELECT
                        (ARRAY['Bright','Civic','Open','Future','Digital','Green','Smart','Blue','Maker','Code',
                               'Data','Bridge','Northern','Urban','Rural','Social','Learning','Creative','Young',
                               'Community','Tech','Design','Science'])[1 + i % 23]
                        || ' ' || (ARRAY['Byte','Works','Hub','Lab','Studio','Network','Collective','Partners',
                               'Circle','Forge','Foundry','Garden','Bridge','Path','Spark','Wave','Field','Square',
                               'Point'])[1 + (i / 23) % 19]
                        || ' ' || (ARRAY['B.V.','Foundation','Institute','University','School','Association',
                               'Company','Trust','Cooperative','Agency','Group','Initiative','Council'])[1 + (i / 437) % 13]
                        || ' ' || i AS name,
                        (ARRAY['LOCAL_GOVERNMENT','REGIONAL_GOVERNMENT','IT_COMPANY','PRIVATE_COMPANY',
                               'ACADEMIC_INSTITUTION','SCHOOL','DESIGN_FIRM','NONPROFIT','FOUNDATION','MAKERSPACE',
                               'INDIVIDUAL'])[1 + i % 11] AS partner_type,
                        (ARRAY['We support public libraries with digital inclusion.',
                               'Makerspace and innovation lab design for community spaces.',
                               'Volunteers teaching programming and coding clubs for children.',
                               'Research on learning outcomes and program evaluation.',
                               'Grants for smart city and open data initiatives.',
                               'Refurbished laptops and tablets for lending programs.',
                               'Robotics education and STEM workshops in schools.'])[1 + i % 7] AS description,
                        (ARRAY['North Brabant','Utrecht','Gelderland','Limburg','Zeeland','Friesland','Groningen',
                               'Drenthe','Overijssel','Flevoland','North Holland','South Holland'])[1 + i % 12] AS region,
                        'City ' || (i % 300) AS city) s
                    """.replace(":partners", Integer.toString(PARTNERS)));
            statement.execute("""
                    INSERT INTO offering (id, partner_id, category, type, description, quantity, unit, amount, currency,
                                          available_from, available_until, horizon, conditions, status, created_at,
                                          updated_at, version)
                    SELECT gen_random_uuid(), p.id, split_part(t.type, '.', 1), t.type, t.description,
                           CASE WHEN t.type LIKE 'FINANCIAL.%' THEN NULL ELSE 10 + abs(hashtext(p.id::text)) % 200 END,
                           CASE WHEN t.type LIKE 'FINANCIAL.%' THEN NULL ELSE 'units' END,
                           CASE WHEN t.type LIKE 'FINANCIAL.%' THEN 5000 + abs(hashtext(p.id::text)) % 95000 END,
                           CASE WHEN t.type LIKE 'FINANCIAL.%' THEN 'EUR' END,
                           current_date - 30, current_date - 30 + abs(hashtext(p.id::text || k)) % 750,
                           (ARRAY['SHORT_TERM','LONG_TERM','ANY'])[1 + abs(hashtext(p.id::text || k)) % 3], '[]',
                           (ARRAY['ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','PAUSED','WITHDRAWN'])[1 + abs(hashtext(k || p.id::text)) % 7],
                           now(), now(), 0
                    FROM partner p, generate_series(1, 2) k,
                    LATERAL (SELECT v.type, v.description FROM (VALUES
                        ('TECHNOLOGY.ROBOTICS', 'Robot kits for coding clubs and STEM workshops'),
                        ('TECHNOLOGY.FABRICATION', '3D printers and laser cutters for makerspaces, digital fabrication'),
                        ('TECHNOLOGY.DEVICES', 'Laptops and tablets for lending to residents'),
                        ('TECHNOLOGY.SOFTWARE', 'Licences for programming training software'),
                        ('TECHNOLOGY.CONNECTIVITY', 'Wi-Fi hotspots for lending'),
                        ('HUMAN.MENTORING', 'Mentoring for jobseekers and young people'),
                        ('HUMAN.WORKSHOP_VOLUNTEERS', 'Volunteers running coding workshops'),
                        ('HUMAN.DESIGN_EXPERTISE', 'Makerspace design and service design expertise'),
                        ('HUMAN.RESEARCH_EVALUATION', 'Research and evaluation of library programs'),
                        ('FINANCIAL.PROGRAM', 'Grant for digital skills programs'),
                        ('FINANCIAL.EQUIPMENT', 'Equipment fund for open data and technology labs'))
                        AS v(type, description)
                        OFFSET abs(hashtext(p.id::text || 'o' || k)) % 11 LIMIT 1) t
                    """);
            statement.execute("""
                    UPDATE partner p SET offering_text = o.text
                    FROM (SELECT partner_id, string_agg(description, E'\\n') AS text FROM offering
                          WHERE status <> 'WITHDRAWN' GROUP BY partner_id) o
                    WHERE o.partner_id = p.id
                    """);
            // the UPDATE above left a dead version of every row: compact, as a table in steady state would be
            statement.execute("VACUUM FULL ANALYZE partner");
            statement.execute("VACUUM ANALYZE offering");
        }
        return System.currentTimeMillis() - start;
    }
}

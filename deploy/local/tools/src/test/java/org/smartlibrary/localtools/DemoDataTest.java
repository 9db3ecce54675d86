package org.smartlibrary.localtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files in deploy/local/demo/data/ read into the loader's model and agree with the taxonomy. */
class DemoDataTest {

    static final Path DATA = Path.of("../demo/data");
    static final Path TAXONOMY = Path.of("../../../platform/contracts/src/main/resources/contracts/taxonomy/taxonomy-v1.json");

    static DemoData demo;
    static JsonNode taxonomy;

    @BeforeAll
    static void read() throws IOException {
        demo = DemoData.read(DATA);
        taxonomy = new ObjectMapper().readTree(TAXONOMY.toFile());
    }

    static Set<String> codes(String list) {
        Set<String> codes = new HashSet<>();
        taxonomy.path(list).forEach(entry -> codes.add(entry.path("code").asText()));
        assertFalse(codes.isEmpty(), "taxonomy list " + list);
        return codes;
    }

    static void check(JsonNode body, String field, Set<String> allowed, String where, List<String> problems) {
        if (body.has(field) && !allowed.contains(body.get(field).asText())) {
            problems.add(where + ": " + field + " " + body.get(field) + " is not a taxonomy code");
        }
    }

    @Test
    void thereAreDozensOfPartnersAndSeveralLibraries() {
        assertTrue(demo.partners().size() >= 24, "dozens of partner organizations");
        assertTrue(demo.libraries().size() >= 3, "several libraries");
        for (DemoData.Partner p : demo.partners()) {
            assertFalse(p.offerings().isEmpty(), p.ref() + ": no offerings");
            for (String field : List.of("name", "partner_type", "service_area", "contact", "seeks")) {
                assertTrue(p.partner().has(field), "partner " + p.ref() + ": no " + field);
            }
        }
        assertTrue(demo.libraries().stream().flatMap(l -> l.assessments().stream()).anyMatch(DemoData.Assessment::completes),
                "at least one completed assessment");
    }

    @Test
    void everyGoalRefNamesAGoalOfTheSameAssessmentAndEveryNeedHasAnAmount() {
        List<String> problems = new ArrayList<>();
        for (DemoData.Library l : demo.libraries()) {
            for (DemoData.Assessment a : l.assessments()) {
                Set<String> goals = new HashSet<>();
                a.goals().forEach(g -> goals.add(g.path("ref").asText()));
                for (ObjectNode need : a.needs()) {
                    if (need.has("goal_ref") && !goals.contains(need.get("goal_ref").asText())) {
                        problems.add(l.ref() + ": need refers to unknown goal " + need.get("goal_ref"));
                    }
                    if (!need.has("quantity") && !need.has("amount")) {
                        problems.add(l.ref() + ": need without quantity or amount");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void codesAreTaxonomyCodes() {
        Set<String> categories = codes("categories");
        Set<String> types = codes("resource_types");
        Set<String> conditions = codes("offering_conditions");
        Set<String> libraryOffers = codes("library_offers");
        List<String> problems = new ArrayList<>();
        for (DemoData.Partner p : demo.partners()) {
            check(p.partner(), "partner_type", codes("partner_types"), p.ref(), problems);
            p.partner().path("seeks").forEach(code -> {
                if (!libraryOffers.contains(code.asText())) {
                    problems.add(p.ref() + ": seeks " + code + " is not a library offer code");
                }
            });
            for (ObjectNode o : p.offerings()) {
                check(o, "category", categories, p.ref(), problems);
                check(o, "type", types, p.ref(), problems);
                check(o, "horizon", codes("offering_horizons"), p.ref(), problems);
                o.path("conditions").forEach(c -> check(c, "code", conditions, p.ref(), problems));
            }
        }
        int min = taxonomy.path("priorities").path("min").asInt();
        int max = taxonomy.path("priorities").path("max").asInt();
        for (DemoData.Library l : demo.libraries()) {
            for (DemoData.Assessment a : l.assessments()) {
                a.goals().forEach(g -> check(g, "program_area", codes("program_areas"), l.ref(), problems));
                for (ObjectNode need : a.needs()) {
                    check(need, "category", categories, l.ref(), problems);
                    check(need, "type", types, l.ref(), problems);
                    check(need, "horizon", codes("horizons"), l.ref(), problems);
                    if (!need.path("type").asText().startsWith(need.path("category").asText() + ".")) {
                        problems.add(l.ref() + ": need type " + need.get("type") + " is not of category " + need.get("category"));
                    }
                    int priority = need.path("priority").asInt(min);
                    if (priority < min || priority > max) {
                        problems.add(l.ref() + ": priority " + priority + " outside " + min + ".." + max);
                    }
                }
                a.offers().forEach(o -> check(o, "type", libraryOffers, l.ref(), problems));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void allFieldNamesAreSnakeCase() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : List.of("partners.json", "libraries.json")) {
            checkSnakeCase(DemoData.JSON.readTree(DATA.resolve(file).toFile()), file, problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    static void checkSnakeCase(JsonNode node, String where, List<String> problems) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                if (!name.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")) {
                    problems.add(where + ": field name not snake_case: " + name);
                }
            });
            node.forEach(child -> checkSnakeCase(child, where, problems));
        } else if (node.isArray()) {
            node.forEach(child -> checkSnakeCase(child, where, problems));
        }
    }

    @Test
    void anOfferingWindowThatIsOverMovesForwardByWholeYears() throws IOException {
        ObjectNode offering = (ObjectNode) DemoData.JSON.readTree(
                "{\"available_from\":\"2024-02-01\",\"available_until\":\"2024-12-31\",\"quantity\":1500.00}");
        assertTrue(OfferingWindows.shiftIntoTheFuture(offering, LocalDate.parse("2026-12-05")));
        // two whole years: the first moved end (2025-12-31) would still be over, the second (2026-12-31) is not
        assertEquals("2026-02-01", offering.path("available_from").asText());
        assertEquals("2026-12-31", offering.path("available_until").asText());
        assertEquals("{\"available_from\":\"2026-02-01\",\"available_until\":\"2026-12-31\",\"quantity\":1500.00}",
                DemoData.write(offering), "key order and exact decimals are kept");

        ObjectNode current = (ObjectNode) DemoData.JSON.readTree("{\"available_from\":\"2026-01-01\",\"available_until\":\"2026-12-05\"}");
        assertFalse(OfferingWindows.shiftIntoTheFuture(current, LocalDate.parse("2026-12-05")), "ends today: kept");
        assertEquals("2026-01-01", current.path("available_from").asText());

        ObjectNode open = (ObjectNode) DemoData.JSON.readTree("{\"available_from\":\"2020-01-15\"}");
        assertFalse(OfferingWindows.shiftIntoTheFuture(open, LocalDate.parse("2026-12-05")), "no end: kept");
        assertEquals("2020-01-15", open.path("available_from").asText());

        ObjectNode untilOnly = (ObjectNode) DemoData.JSON.readTree("{\"available_until\":\"2026-12-04\"}");
        assertTrue(OfferingWindows.shiftIntoTheFuture(untilOnly, LocalDate.parse("2026-12-05")));
        assertEquals("2027-12-04", untilOnly.path("available_until").asText());
        assertFalse(untilOnly.has("available_from"));
    }

    @Test
    void aDryRunWalksTheWholeDataWithoutSending() {
        DemoLoader loader = new DemoLoader("http://a/", "http://p", "http://m", true, null);
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            loader.loadPartners(demo.partners());
            loader.loadLibraries(demo.libraries());
        } finally {
            System.setOut(out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        int expected = 0;
        for (DemoData.Partner p : demo.partners()) {
            expected += 1 + p.offerings().size();
        }
        for (DemoData.Library l : demo.libraries()) {
            expected++;
            for (DemoData.Assessment a : l.assessments()) {
                expected += 1 + a.goals().size() + a.needs().size() + a.offers().size() + (a.completes() ? 1 : 0);
            }
        }
        assertEquals(expected, loader.requests(), "one request per partner, offering, library, assessment, goal, need, offer, completion");
        assertTrue(text.contains("POST http://a/api/v1/libraries {\"name\":"), text.lines().limit(5).toList().toString());
        assertFalse(text.contains("\"ref\""), "refs are not sent");
        assertFalse(text.contains("\"goal_ref\""), "goal_ref is sent as goal_id");
        assertTrue(text.contains("\"goal_id\":\"dry-"), "goal_id filled from the created goal");
    }

    @Test
    void idempotencyKeysDependOnMethodPathAndBody() {
        String key = DemoLoader.idempotencyKey("POST", "/api/v1/partners", "{\"name\":\"A\"}");
        assertTrue(key.matches("demo-[0-9a-f]{32}"), key);
        assertEquals(key, DemoLoader.idempotencyKey("POST", "/api/v1/partners", "{\"name\":\"A\"}"));
        assertFalse(key.equals(DemoLoader.idempotencyKey("POST", "/api/v1/partners", "{\"name\":\"B\"}")));
        assertFalse(key.equals(DemoLoader.idempotencyKey("POST", "/api/v1/libraries", "{\"name\":\"A\"}")));
    }
}

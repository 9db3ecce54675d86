package org.smartlibrary.partner.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.partner.PartnerFixtures.as;
import static org.smartlibrary.partner.PartnerFixtures.asAdmin;
import static org.smartlibrary.partner.PartnerFixtures.ifMatchOf;
import static org.smartlibrary.partner.PartnerFixtures.token;
import static org.smartlibrary.partner.rest.DirectoryImportTest.awaitFinished;

/**
 * The way out: exports in three formats with the search's filters, and the round trip an adopting city relies on —
 * export, import into an empty directory, export again: the same file, ids aside.
 */
@QuarkusTest
class DirectoryExportTest {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void anNdjsonExportImportedIntoAnEmptyDirectoryExportsTheSameFile() {
        roundTrip("application/x-ndjson");
    }

    @Test
    void aCsvExportImportedIntoAnEmptyDirectoryExportsTheSameFile() {
        roundTrip("text/csv");
    }

    @Test
    void anHsdsExportImportedIntoAnEmptyDirectoryExportsTheSameFile() {
        roundTrip("application/json");
    }

    @Test
    void exportsFollowTheSearchFiltersAndTheNameOrder() {
        String word = token();
        importFile(directory(word));
        String ndjson = export("application/x-ndjson", Map.of("q", word, "category", "FINANCIAL"));
        List<String> lines = ndjson.lines().toList();
        assertEquals(1, lines.size(), "only the foundation offers money: " + ndjson);
        assertEquals("Alder " + word + " Foundation", JsonPath.from(lines.get(0)).getString("name"));

        List<String> all = export("application/x-ndjson", Map.of("q", word)).lines()
                .map(line -> JsonPath.from(line).getString("name")).toList();
        assertEquals(List.of("Alder " + word + " Foundation", "Birch " + word + " Robotics",
                "Cedar " + word + " Makerspace"), all);

        String csv = export("text/csv", Map.of("q", word));
        assertTrue(csv.startsWith("partner_id,external_id,org_registry_id,name,partner_type,"), csv);
        assertEquals(1 + 4, csv.split("\r\n").length, "a header and one row per offering (Cedar has none): " + csv);
        assertTrue(csv.contains(",\"'=SUM(A1:A9) robots, with\nmanuals\","),
                "a formula-like description is neutralised and quoted: " + csv);
    }

    @Test
    void theStaleReminderListShowsListingsThatTurnStaleWithinTheWindow() {
        String word = token();
        LocalDate today = LocalDate.now();
        String file = line(word, "Old", today.minusMonths(13)) + line(word, "Soon", today.minusMonths(12).plusDays(20))
                + line(word, "Later", today.minusMonths(12).plusDays(45)) + line(word, "Fresh", today.minusMonths(2));
        importFile(file);
        List<String> within30 = asAdmin().queryParam("q", word).queryParam("stale_within", "30d")
                .queryParam("sort", "name").get("/api/v1/partners").then().statusCode(200).extract().path("items.name");
        assertEquals(List.of("Old " + word, "Soon " + word), within30);
        List<String> aboutToTurn = asAdmin().queryParam("q", word).queryParam("stale_within", "30d")
                .queryParam("stale", false).get("/api/v1/partners").then().statusCode(200).extract().path("items.name");
        assertEquals(List.of("Soon " + word), aboutToTurn);
        asAdmin().queryParam("stale_within", "30").get("/api/v1/partners").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("stale_within"));
    }

    @Test
    void onlyPlatformAdministratorsAndPortalsExport() {
        as(TestTokens.portal()).accept("text/csv").get("/api/v1/directory/export").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", containsString("partner-directory.csv"));
        as(TestTokens.libraryStaff(java.util.UUID.randomUUID())).get("/api/v1/directory/export").then()
                .statusCode(403).contentType("application/problem+json");
        io.restassured.RestAssured.given().get("/api/v1/directory/export").then().statusCode(401);
        asAdmin().queryParam("category", "SPACESHIPS").get("/api/v1/directory/export").then().statusCode(400)
                .contentType("application/problem+json");
    }

    /** Import, export, remove, import the export, export again: the two exports are equal with ids mapped. */
    private static void roundTrip(String format) {
        String word = token();
        importFile(directory(word));
        String first = export(format, Map.of("q", word));
        removeAll(word);
        JsonPath job = importFile(contentTypeOf(format), first);
        assertEquals(3, job.getInt("created"), "every exported partner comes back: " + job.prettify());
        assertEquals(0, job.getInt("refused"));
        String second = export(format, Map.of("q", word));
        assertEquals(withIdsMapped(first), withIdsMapped(second));
        JsonPath again = importFile(contentTypeOf(format), first);
        assertEquals(3, again.getInt("unchanged"), "importing the same file again changes nothing: " + again.prettify());
    }

    /** Three partners: a foundation with money, a robotics company with two offerings, a makerspace with none. */
    private static String directory(String word) {
        return "{\"external_id\": \"" + word + "-alder\", \"org_registry_id\": \"XX-TEST-" + word + "\", \"name\": \"Alder "
                + word + " Foundation\", \"partner_type\": \"FOUNDATION\", \"description\": \"Funds \\\"digital\\\" "
                + "programs, statewide\", \"service_area\": {\"regions\": [\"Oregon\", \"Washington\"]}, "
                + "\"contact\": {\"name\": \"Ana Ruiz\", \"email\": \"ana@alder.example.org\"}, \"seeks\": "
                + "[\"VISIBILITY\"], \"verification\": \"VERIFIED\", \"last_confirmed_at\": \"2026-01-15\", "
                + "\"offerings\": [{\"external_id\": \"grant-1\", \"category\": \"FINANCIAL\", \"type\": "
                + "\"FINANCIAL.PROGRAM\", \"amount\": 1200.50, \"currency\": \"USD\", \"period\": \"MONTH\", "
                + "\"horizon\": \"LONG_TERM\", \"available_until\": \"2025-12-31\", \"status\": \"EXPIRED\", "
                + "\"min_order\": {\"amount\": 100}, \"min_joint_libraries\": 3, \"conditions\": [{\"code\": "
                + "\"MATCHING_FUNDS_REQUIRED\", \"description\": \"Co-funds 25%\", \"value\": 0.25}]}]}\n"
                + "{\"external_id\": \"" + word + "-birch\", \"name\": \"Birch " + word + " Robotics\", "
                + "\"partner_type\": \"IT_COMPANY\", \"service_area\": {\"cities\": [\"Tacoma\"], \"remote\": true}, "
                + "\"website\": \"https://birch-" + word + ".example.com\", \"offerings\": [{\"external_id\": \"kits\", "
                + "\"category\": \"TECHNOLOGY\", \"type\": \"TECHNOLOGY.ROBOTICS\", \"description\": "
                + "\"=SUM(A1:A9) robots, with\\nmanuals\", \"quantity\": 12, \"unit\": \"kits\", \"horizon\": "
                + "\"SHORT_TERM\", \"available_from\": \"2026-01-01\", \"conditions\": [{\"code\": "
                + "\"NONPROFIT_ONLY\"}]}, {\"external_id\": \"mentors\", \"category\": "
                + "\"HUMAN\", \"type\": \"HUMAN.MENTORING\", \"quantity\": 2, \"horizon\": \"ANY\", \"status\": "
                + "\"PAUSED\"}]}\n"
                + "{\"external_id\": \"" + word + "-cedar\", \"name\": \"Cedar " + word + " Makerspace\", "
                + "\"partner_type\": \"NONPROFIT\", \"service_area\": {\"national\": true}}\n";
    }

    private static String line(String word, String name, LocalDate confirmed) {
        return "{\"external_id\": \"" + word + "-" + name + "\", \"name\": \"" + name + " " + word + "\", "
                + "\"partner_type\": \"SCHOOL\", \"service_area\": {\"remote\": true}, \"last_confirmed_at\": \""
                + confirmed + "\"}\n";
    }

    private static JsonPath importFile(String ndjson) {
        JsonPath job = importFile("application/x-ndjson", ndjson);
        assertEquals(0, job.getInt("refused"), job.prettify());
        return job;
    }

    private static JsonPath importFile(String contentType, String file) {
        String location = asAdmin().contentType(contentType).body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/directory/imports").then().statusCode(202).extract().header("Location");
        return awaitFinished(location);
    }

    private static String export(String accept, Map<String, String> filters) {
        byte[] body = asAdmin().accept(accept).queryParams(filters).get("/api/v1/directory/export").then()
                .statusCode(200).header("Content-Type", startsWith(accept)).extract().asByteArray();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static void removeAll(String word) {
        List<String> ids = asAdmin().queryParam("q", word).queryParam("limit", 100).get("/api/v1/partners").then()
                .statusCode(200).extract().path("items.id");
        ids.forEach(id -> ifMatchOf(asAdmin(), "/api/v1/partners/" + id).delete("/api/v1/partners/" + id).then()
                .statusCode(204));
        asAdmin().queryParam("q", word).get("/api/v1/partners").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }

    private static String contentTypeOf(String format) {
        return format;
    }

    /** Each distinct UUID replaced by its order of first appearance: two files equal up to their ids. */
    static String withIdsMapped(String text) {
        Map<String, String> names = new HashMap<>();
        Matcher matcher = UUID_TEXT.matcher(text);
        StringBuilder mapped = new StringBuilder();
        while (matcher.find()) {
            String name = names.computeIfAbsent(matcher.group(), id -> "<id-" + (names.size() + 1) + ">");
            matcher.appendReplacement(mapped, name);
        }
        matcher.appendTail(mapped);
        return mapped.toString();
    }
}

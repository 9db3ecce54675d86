package org.smartlibrary.partner.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.smartlibrary.partner.DatabaseRows;
import org.smartlibrary.testkit.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.partner.PartnerFixtures.as;
import static org.smartlibrary.partner.PartnerFixtures.asAdmin;
import static org.smartlibrary.partner.PartnerFixtures.token;

/**
 * The directory import as a platform administrator uses it: files in, jobs with progress and row errors, history
 * kept, re-imports idempotent, dry runs writing nothing, malformed files refused before anything is written.
 */
@QuarkusTest
class DirectoryImportTest {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    @Inject
    DatabaseRows database;

    @Test
    void importsPartnersWithTheirHistoryAndRefusesOnlyTheBadRow() {
        String word = token();
        LocalDate today = LocalDate.now();
        String ended = today.minusMonths(6).toString();
        String thirtyMonthsAgo = today.minusMonths(30).toString();
        String file = String.join("\n",
                "{\"external_id\": \"" + word + "-1\", \"org_registry_id\": \"US-EIN-12-3456789\", \"name\": \"Harbor "
                        + word + " Robotics\", \"partner_type\": \"IT_COMPANY\", \"service_area\": {\"regions\": "
                        + "[\"Washington\"]}, \"verification\": \"VERIFIED\", \"last_confirmed_at\": \""
                        + thirtyMonthsAgo + "\", \"offerings\": [{\"external_id\": \"kits\", \"category\": "
                        + "\"TECHNOLOGY\", \"type\": \"TECHNOLOGY.ROBOTICS\", \"quantity\": 40, \"horizon\": "
                        + "\"LONG_TERM\", \"available_until\": \"" + ended + "\", \"status\": \"EXPIRED\"}, "
                        + "{\"category\": \"HUMAN\", \"type\": \"HUMAN.WORKSHOP_VOLUNTEERS\", \"quantity\": 5, \"horizon\": "
                        + "\"SHORT_TERM\", \"status\": \"PAUSED\"}]}",
                "",
                "{\"external_id\": \"" + word + "-2\", \"name\": \"Meadow " + word + " Foundation\", \"partner_type\": "
                        + "\"FOUNDATION\", \"service_area\": {\"national\": true}}",
                "{\"external_id\": \"" + word + "-3\", \"name\": \"Broken " + word + "\", \"partner_type\": "
                        + "\"IT_COMPANY\", \"service_area\": {\"remote\": true}, \"offerings\": [{\"category\": "
                        + "\"TECHNOLOGY\", \"type\": \"TECHNOLOGY.TELEPORTERS\", \"horizon\": \"ANY\"}]}",
                "");

        JsonPath job = runImport(NDJSON, file, false);
        assertEquals("SUCCEEDED", job.getString("status"));
        assertEquals(3, job.getInt("rows_read"));
        assertEquals(2, job.getInt("created"));
        assertEquals(1, job.getInt("refused"));

        JsonPath errors = asAdmin().get(job.getString("errors")).then().statusCode(200).extract().jsonPath();
        assertEquals(1, errors.getList("items").size());
        assertEquals(4, errors.getLong("items[0].line"), "the refused row is on line 4 (line 2 is blank)");
        assertEquals("offerings[0].type", errors.getString("items[0].field"));

        JsonPath harbor = partnerByExternalId(word + "-1");
        assertEquals("US-EIN-12-3456789", harbor.getString("org_registry_id"));
        assertEquals("VERIFIED", harbor.getString("verification"));
        assertEquals(thirtyMonthsAgo, harbor.getString("last_confirmed_at"));
        assertTrue(harbor.getBoolean("stale"), "confirmed 30 months ago: stale");
        assertEquals(job.getString("id"), harbor.getString("import_id"));
        assertEquals(List.of("EXPIRED", "PAUSED"), harbor.getList("offerings.status"));
        assertEquals(ended, harbor.getString("offerings[0].available_until"));
        assertEquals("kits", harbor.getString("offerings[0].external_id"));
        assertEquals(job.getString("id"), harbor.getString("offerings[0].import_id"));
        assertEquals(LocalDate.now().toString(), partnerByExternalId(word + "-2").getString("last_confirmed_at"),
                "no confirmation date in the source: confirmed by the import, as a registration is");
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAChangedRowUpdatesThePartner() {
        String word = token();
        String row = "{\"external_id\": \"" + word + "\", \"name\": \"Lantern " + word + " Makerspace\", "
                + "\"partner_type\": \"NONPROFIT\", \"service_area\": {\"cities\": [\"Tacoma\"]}, \"offerings\": "
                + "[{\"category\": \"TECHNOLOGY\", \"type\": \"TECHNOLOGY.FABRICATION\", \"quantity\": 3, "
                + "\"description\": \"Laser cutters\", \"horizon\": \"ANY\"}]}\n";
        JsonPath first = runImport(NDJSON, row, false);
        assertEquals(1, first.getInt("created"));
        JsonPath created = partnerByExternalId(word);

        JsonPath again = runImport(NDJSON, row, false);
        assertEquals(0, again.getInt("created"));
        assertEquals(1, again.getInt("unchanged"));
        JsonPath same = partnerByExternalId(word);
        assertEquals(created.getInt("version"), same.getInt("version"), "nothing changed, nothing published");
        assertEquals(1, same.getList("offerings").size());

        JsonPath changed = runImport(NDJSON, row.replace("\"quantity\": 3", "\"quantity\": 5"), false);
        assertEquals(1, changed.getInt("updated"));
        JsonPath updated = partnerByExternalId(word);
        assertEquals(1, updated.getList("offerings").size(), "the offering is matched, not added twice");
        assertEquals(5, updated.getInt("offerings[0].quantity"));
        assertEquals(created.getInt("version") + 1, updated.getInt("version"));
    }

    @Test
    void aDryRunCountsWhatWouldHappenAndWritesNothing() {
        String word = token();
        String file = "{\"external_id\": \"" + word + "\", \"name\": \"Dry " + word + "\", \"partner_type\": "
                + "\"SCHOOL\", \"service_area\": {\"remote\": true}}\n"
                + "{\"external_id\": \"" + word + "\", \"name\": \"Dry " + word + "\", \"partner_type\": "
                + "\"SCHOOL\", \"service_area\": {\"remote\": true}, \"description\": \"second row, same partner\"}\n"
                + "{\"name\": \"\", \"partner_type\": \"SCHOOL\", \"service_area\": {\"remote\": true}}\n";
        DatabaseRows.Counts before = database.counts();
        JsonPath job = runImport(NDJSON, file, true);
        assertTrue(job.getBoolean("dry_run"));
        assertEquals(1, job.getInt("created"));
        assertEquals(1, job.getInt("updated"), "the second row of the same partner would update it");
        assertEquals(1, job.getInt("refused"));
        DatabaseRows.Counts after = database.counts();
        assertEquals(before.partners(), after.partners());
        assertEquals(before.offerings(), after.offerings());
        asAdmin().queryParam("q", word).get("/api/v1/partners").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void readsCsvWithBomMixedLineEndingsQuotedNewlinesAndSeveralOfferingsPerPartner() {
        String word = token();
        String csv = "\uFEFFexternal_id,name,partner_type,regions,cities,description,category,type,quantity,unit,"
                + "amount,currency,period,horizon,available_until,status\r\n"
                + word + ",Riverside " + word + " Grants,FOUNDATION,Oregon;Washington,,\"Grants for libraries,\nsince "
                + "1990 \"\"and counting\"\"\",FINANCIAL,FINANCIAL.PROGRAM,,,25000,USD,YEAR,LONG_TERM,,ACTIVE\n"
                + word + ",Riverside " + word + " Grants,FOUNDATION,Oregon;Washington,,\"Grants for libraries,\nsince "
                + "1990 \"\"and counting\"\"\",HUMAN,HUMAN.MENTORING,2,mentors,,,,SHORT_TERM,2020-01-31,EXPIRED\r\n"
                + "," + "Bad date " + word + ",SCHOOL,Utrecht,,,TECHNOLOGY,TECHNOLOGY.ROBOTICS,3,,,,,ANY,31/12/2027,\n";
        JsonPath job = runImport(CSV, csv, false);
        assertEquals(2, job.getInt("rows_read"), "two partners: one with two offering rows, one refused");
        assertEquals(1, job.getInt("created"));
        assertEquals(1, job.getInt("refused"));
        JsonPath errors = asAdmin().get(job.getString("errors")).then().statusCode(200).extract().jsonPath();
        assertEquals("available_until", errors.getString("items[0].field"));
        assertTrue(errors.getString("items[0].message").contains("2026-01-31"), errors.getString("items[0].message"));

        JsonPath partner = partnerByExternalId(word);
        assertEquals("Grants for libraries,\nsince 1990 \"and counting\"", partner.getString("description"));
        assertEquals(List.of("Oregon", "Washington"), partner.getList("service_area.regions"));
        assertEquals(List.of("FINANCIAL.PROGRAM", "HUMAN.MENTORING"), partner.getList("offerings.type"));
        assertEquals("YEAR", partner.getString("offerings[0].period"));
        assertEquals(List.of("ACTIVE", "EXPIRED"), partner.getList("offerings.status"));
    }

    @Test
    void refusesMalformedFilesBeforeWritingAnything() {
        long jobs = countJobs();
        refused(CSV, "name,partner_type,colour\nA,SCHOOL,red\n", "unknown columns [colour]");
        refused(CSV, "name,description\nA,b\n", "missing required columns [partner_type]");
        refused(CSV, "name,partner_type,description\nA,SCHOOL,\"never closed\nB,SCHOOL,x\n", "never closed");
        refused(NDJSON, "[{\"name\": \"A\"}]\n", "not NDJSON");
        refused(NDJSON, "\n".repeat(1_000_000), "holds no records");
        refused(NDJSON, "", "holds no records");
        byte[] utf16 = "{\"name\": \"A\"}\n".getBytes(StandardCharsets.UTF_16);
        asAdmin().contentType(NDJSON).body(utf16).post("/api/v1/directory/imports").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("not UTF-8"));
        refused("application/json", "{\"partners\": []}", "organizations");
        assertEquals(jobs, countJobs(), "no job was created for a malformed file");
        asAdmin().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void refusesAFileAboveTheSizeLimitWith413() {
        long jobs = countJobs();
        byte[] big = new byte[60 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        asAdmin().contentType(NDJSON).body(big).post("/api/v1/directory/imports").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("52428800"));
        assertEquals(jobs, countJobs());
        asAdmin().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void anInvalidLineIsARowErrorAndTheOthersAreImported() {
        String word = token();
        byte[] latin1 = ("{\"external_id\": \"" + word + "-a\", \"name\": \"Caf\u00e9 " + word + "\", \"partner_type\": "
                + "\"SCHOOL\", \"service_area\": {\"remote\": true}}\n").getBytes(StandardCharsets.ISO_8859_1);
        String good = "{\"external_id\": \"" + word + "-b\", \"name\": \"Good " + word + "\", \"partner_type\": "
                + "\"SCHOOL\", \"service_area\": {\"remote\": true}}\n{\"external_id\": \"" + word + "-c\", \"name\": "
                + "\"Registry " + word + "\", \"org_registry_id\": \"NO-BRC-123456789\", \"partner_type\": \"SCHOOL\", "
                + "\"service_area\": {\"remote\": true}}\n{\"name\": \"Unknown " + word + "\", \"colour\": \"red\"}\n";
        byte[] file = concat(latin1, good.getBytes(StandardCharsets.UTF_8));
        String location = asAdmin().contentType(NDJSON).body(file).post("/api/v1/directory/imports").then()
                .statusCode(202).extract().header("Location");
        JsonPath job = awaitFinished(location);
        assertEquals(4, job.getInt("rows_read"));
        assertEquals(1, job.getInt("created"));
        assertEquals(3, job.getInt("refused"));
        JsonPath errors = asAdmin().get(job.getString("errors")).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 3, 4), errors.getList("items.line"));
        assertEquals(List.of("line", "org_registry_id", "colour"), errors.getList("items.field"));
    }

    @Test
    void onlyPlatformAdministratorsImportAndReadJobs() {
        as(TestTokens.portal()).contentType(NDJSON).body("{}\n".getBytes(StandardCharsets.UTF_8)).post("/api/v1/directory/imports").then()
                .statusCode(403);
        io.restassured.RestAssured.given().contentType(NDJSON).body("{}\n".getBytes(StandardCharsets.UTF_8)).post("/api/v1/directory/imports").then()
                .statusCode(401);
        asAdmin().get("/api/v1/directory/imports/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        asAdmin().contentType("text/plain").body("x".getBytes(StandardCharsets.UTF_8)).post("/api/v1/directory/imports").then().statusCode(415);
    }

    static JsonPath runImport(String contentType, String file, boolean dryRun) {
        String location = asAdmin().contentType(contentType).queryParam("dry_run", dryRun).body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/directory/imports").then().statusCode(202)
                .body("status", equalTo("QUEUED")).extract().header("Location");
        return awaitFinished(location);
    }

    static JsonPath awaitFinished(String location) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(
                () -> asAdmin().get(location).then().statusCode(200).extract().jsonPath(),
                job -> List.of("SUCCEEDED", "FAILED").contains(job.getString("status")));
    }

    static JsonPath partnerByExternalId(String externalId) {
        String q = externalId.split("-")[0];
        JsonPath page = asAdmin().queryParam("q", q).queryParam("limit", 100).get("/api/v1/partners").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        for (int i = 0; i < items.size(); i++) {
            if (externalId.equals(items.get(i).get("external_id"))) {
                return asAdmin().get("/api/v1/partners/" + items.get(i).get("id")).then().statusCode(200)
                        .extract().jsonPath();
            }
        }
        throw new AssertionError("no partner with external_id " + externalId + " among " + items);
    }

    private static void refused(String contentType, String file, String detail) {
        asAdmin().contentType(contentType).body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/directory/imports").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString(detail));
    }

    private long countJobs() {
        return database.count("SELECT count(*) FROM directory_import");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}

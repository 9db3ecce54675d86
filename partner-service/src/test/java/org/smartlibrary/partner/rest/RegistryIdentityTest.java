package org.smartlibrary.partner.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.smartlibrary.partner.DatabaseRows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smartlibrary.partner.PartnerFixtures.asAdmin;
import static org.smartlibrary.partner.PartnerFixtures.ifMatchOf;
import static org.smartlibrary.partner.PartnerFixtures.post;
import static org.smartlibrary.partner.PartnerFixtures.register;
import static org.smartlibrary.partner.PartnerFixtures.registration;
import static org.smartlibrary.partner.PartnerFixtures.token;

/**
 * Registry ids and source ids on registration and update: checked per scheme, unique, and deciding before names
 * whether two registrations are one organization. And an import job taken over after its runner stopped goes on after
 * the last row it committed.
 */
@QuarkusTest
class RegistryIdentityTest {

    @Inject
    DatabaseRows database;

    @Test
    void theSameRegistryIdIsTheSameOrganizationWhateverItsName() {
        String word = token();
        String registry = "XX-TEST-" + word;
        Map<String, Object> first = registration("Northwind " + word + " Learning");
        first.put("org_registry_id", registry);
        String id = register(first);
        asAdmin().get("/api/v1/partners/" + id).then().statusCode(200).body("org_registry_id", equalTo(registry));

        Map<String, Object> renamed = registration("Completely Different " + word);
        renamed.put("org_registry_id", registry);
        renamed.put("confirm_distinct", true);
        post("/api/v1/partners", renamed).statusCode(409)
                .body("existing_partner.id", equalTo(id))
                .body("existing_partner.matched_on", equalTo("org_registry_id"));
    }

    @Test
    void twoDifferentRegistryIdsAreTwoOrganizationsEvenWithTheSameName() {
        String word = token();
        Map<String, Object> first = registration("Twin " + word + " Services");
        first.put("org_registry_id", "XX-TEST-" + word + "-1");
        register(first);
        Map<String, Object> second = registration("Twin " + word + " Services");
        second.put("website", "https://twin-" + word + "-other.example");
        second.put("org_registry_id", "XX-TEST-" + word + "-2");
        post("/api/v1/partners", second).statusCode(201);

        Map<String, Object> unproven = registration("Twin " + word + " Services");
        unproven.put("website", "https://twin-" + word + "-third.example");
        post("/api/v1/partners", unproven).statusCode(409).body("existing_partner.matched_on", equalTo("name"));
    }

    @Test
    void aRegistryIdWithABadCheckDigitIsRefusedNamingTheField() {
        Map<String, Object> body = registration("Fjord " + token() + " Labs");
        body.put("org_registry_id", "NO-BRC-974760674");
        post("/api/v1/partners", body).statusCode(400)
                .body("errors[0].field", equalTo("org_registry_id"))
                .body("errors[0].message", containsString("check digit"));
        body.put("org_registry_id", "NO-BRC-974760673");
        post("/api/v1/partners", body).statusCode(201).body("org_registry_id", equalTo("NO-BRC-974760673"));
    }

    @Test
    void anUpdateCannotTakeAnotherPartnersIds() {
        String word = token();
        Map<String, Object> owner = registration("Owner " + word);
        owner.put("external_id", "src-" + word);
        register(owner);
        Map<String, Object> other = registration("Other " + word);
        String otherId = register(other);
        other.put("external_id", "src-" + word);
        ifMatchOf(asAdmin(), "/api/v1/partners/" + otherId).contentType(ContentType.JSON).body(other)
                .put("/api/v1/partners/" + otherId).then().statusCode(409)
                .body("existing_partner.matched_on", equalTo("external_id"));
        asAdmin().get("/api/v1/partners/" + otherId).then().statusCode(200).body("external_id", equalTo(null));
    }

    @Test
    void anImportTakenOverAfterItsRunnerStoppedGoesOnAfterTheLastCommittedRow() {
        String word = token();
        String file = "{\"external_id\": \"" + word + "-1\", \"name\": \"Resume " + word + " One\", \"partner_type\": "
                + "\"SCHOOL\", \"service_area\": {\"remote\": true}}\n"
                + "{\"external_id\": \"" + word + "-2\", \"name\": \"Resume " + word + " Two\", \"partner_type\": "
                + "\"SCHOOL\", \"service_area\": {\"remote\": true}}\n";
        // a job whose runner stopped after committing line 1 (the partner of line 1 is not in the directory: had it
        // been committed, line 1 would be done; the resume position alone decides what is read again)
        UUID id = UUID.randomUUID();
        database.update("INSERT INTO directory_import (id, format, dry_run, status, file_bytes, rows_read, created, "
                + "resume_after_line, submitted_at, started_at, lease_until, runner) VALUES (?, 'NDJSON', false, "
                + "'RUNNING', ?, 1, 1, 1, now(), now(), now() - interval '1 minute', ?)", id, file.length(),
                UUID.randomUUID());
        database.update("INSERT INTO directory_import_chunk (import_id, seq, data) VALUES (?, 0, ?)", id,
                file.getBytes(StandardCharsets.UTF_8));

        JsonPath job = await().atMost(Duration.ofSeconds(30)).until(
                () -> asAdmin().get("/api/v1/directory/imports/" + id).then().statusCode(200).extract().jsonPath(),
                j -> "SUCCEEDED".equals(j.getString("status")));
        assertEquals(2, job.getInt("rows_read"));
        assertEquals(2, job.getInt("created"));
        asAdmin().queryParam("q", word).get("/api/v1/partners").then().statusCode(200)
                .body("items.name", equalTo(java.util.List.of("Resume " + word + " Two")));
        assertEquals(0, database.count("SELECT count(*) FROM directory_import_chunk WHERE import_id = ?", id),
                "the file is gone once the job finished");
    }
}

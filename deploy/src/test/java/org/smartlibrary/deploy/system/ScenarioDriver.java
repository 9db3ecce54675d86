package org.smartlibrary.deploy.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.smartlibrary.testkit.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Plays one {@link Scenario} through the REST APIs of the running {@link Suite}: partners and their offerings in
 * partner-service (the platform administrator registers and verifies, each partner's administrator adds its
 * offerings), the library and its completed assessment in assessment-service; then reads what matching-service
 * serves. Remembers which id each scenario key got.
 */
final class ScenarioDriver {

    /** Opens a connection to one of the suite's databases (read only use: waiting for matching's read model). */
    interface Database {
        Connection open(String database) throws SQLException;
    }

    private static final String ADMIN = TestTokens.platformAdmin();
    private static final Duration SYNC_TIMEOUT = Duration.ofSeconds(60);

    private final Suite suite;
    private final Database database;
    private final Scenario scenario;

    final Map<String, String> partnerIds = new LinkedHashMap<>();
    final Map<String, String> offeringIds = new LinkedHashMap<>();
    final Map<String, String> needIds = new LinkedHashMap<>();
    String libraryId;
    String assessmentId;
    private String staffToken;

    ScenarioDriver(Suite suite, Database database, Scenario scenario) {
        this.suite = suite;
        this.database = database;
        this.scenario = scenario;
    }

    /**
     * Removes every partner matching still knows of (earlier scenarios, other system tests) through partner-service,
     * and waits until matching has removed them: national and remote partners would otherwise join this scenario.
     */
    void clearDirectory() {
        List<String> present = activePartnersInMatching();
        for (String partner : present) {
            // If-Match *: removed whatever its version
            Response response = given().auth().oauth2(ADMIN).header("If-Match", "*").when()
                    .delete(suite.partnerUrl() + "/api/v1/partners/" + partner);
            if (response.statusCode() != 204 && response.statusCode() != 200 && response.statusCode() != 404) {
                throw new AssertionError("DELETE partner " + partner + " → " + response.statusCode() + " " + response.asString());
            }
        }
        awaitMatching("the directory to be empty in matching-service", () -> activePartnersInMatching().isEmpty());
    }

    /** Deletes the partners this scenario registered (so later system tests do not see them) and waits for matching. */
    void removeOwnPartners() {
        for (String partner : partnerIds.values()) {
            given().auth().oauth2(ADMIN).header("If-Match", "*").when().delete(suite.partnerUrl() + "/api/v1/partners/" + partner);
        }
        awaitMatching("this scenario's partners to be removed in matching-service",
                () -> activePartnersInMatching().stream().noneMatch(partnerIds::containsValue));
    }

    /** Registers every partner, sets its verification, adds its offerings (withdrawing those the scenario withdrew). */
    void registerPartners() {
        for (JsonNode partner : scenario.partners()) {
            String key = partner.path("key").asText();
            ObjectNode registration = Scenario.JSON.createObjectNode();
            registration.put("name", partner.path("name").asText());
            registration.put("partner_type", partner.path("partner_type").asText());
            registration.put("description", "Scenario " + scenario.name + ", partner " + key);
            registration.set("service_area", partner.path("service_area"));
            registration.set("seeks", partner.has("seeks") ? partner.get("seeks") : Scenario.JSON.createArrayNode());
            registration.putObject("contact").put("name", "Partnerships desk").put("email", "partners@example.org");
            // scenarios may list look-alike partners on purpose
            registration.put("confirm_distinct", true);
            String id = post(ADMIN, suite.partnerUrl() + "/api/v1/partners", registration);
            partnerIds.put(key, id);

            String verification = partner.path("verification").asText("UNVERIFIED");
            if (!"UNVERIFIED".equals(verification)) {
                String partnerUrl = suite.partnerUrl() + "/api/v1/partners/" + id;
                Response response = given().auth().oauth2(ADMIN).header("If-Match", Etags.of(ADMIN, partnerUrl))
                        .contentType(ContentType.JSON).body("{\"verification\":\"" + verification + "\"}")
                        .when().put(partnerUrl + "/verification");
                check(response, 200, "verification of " + key);
            }

            String partnerAdmin = TestTokens.partnerAdmin(UUID.fromString(id));
            for (JsonNode offering : Scenario.list(partner.path("offerings"))) {
                if (scenario.notCreatable(offering) != null) {
                    continue;
                }
                String offeringKey = offering.path("key").asText();
                String status = offering.path("status").asText("ACTIVE");
                ObjectNode body = Scenario.JSON.createObjectNode();
                body.put("description", "Scenario " + scenario.name + ", offering " + offeringKey);
                for (String field : List.of("category", "type", "quantity", "unit", "amount", "currency", "period",
                        "available_from", "available_until", "horizon", "conditions", "min_order",
                        "min_joint_libraries")) {
                    JsonNode value = offering.get(field);
                    if (value != null && !value.isNull()) {
                        body.set(field, value);
                    }
                }
                body.put("status", "PAUSED".equals(status) ? "PAUSED" : "ACTIVE");
                String offeringId = post(partnerAdmin, suite.partnerUrl() + "/api/v1/partners/" + id + "/offerings", body);
                offeringIds.put(offeringKey, offeringId);
                if ("WITHDRAWN".equals(status)) {
                    String offeringUrl = suite.partnerUrl() + "/api/v1/partners/" + id + "/offerings/" + offeringId;
                    Response response = given().auth().oauth2(partnerAdmin)
                            .header("If-Match", Etags.of(partnerAdmin, offeringUrl)).when().post(offeringUrl + "/withdrawal");
                    check(response, 200, "withdrawal of " + offeringKey);
                }
            }
        }
    }

    /** Waits until matching's read model holds every partner at the version partner-service last published. */
    void awaitDirectoryInMatching() {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (String id : partnerIds.values()) {
            Response response = given().auth().oauth2(ADMIN).when().get(suite.partnerUrl() + "/api/v1/partners/" + id);
            check(response, 200, "GET partner " + id);
            versions.put(id, response.jsonPath().getLong("version"));
        }
        awaitMatching("matching-service to hold every partner at its directory version " + versions,
                () -> versions.equals(matchingVersions(versions.keySet())));
    }

    /** The library, a draft assessment with the scenario's needs and offers; then its completion. */
    void completeAssessment() {
        JsonNode library = scenario.library();
        ObjectNode libraryBody = Scenario.JSON.createObjectNode();
        libraryBody.put("name", library.path("name").asText("Library of scenario") + " [" + scenario.name + "]");
        if (library.hasNonNull("consortium")) {
            libraryBody.put("consortium", library.get("consortium").asText());
        }
        libraryBody.put("region", library.path("region").asText());
        libraryBody.put("city", library.path("city").asText());
        libraryId = post(ADMIN, suite.assessmentUrl() + "/api/v1/libraries", libraryBody);
        staffToken = TestTokens.libraryStaff(UUID.fromString(libraryId));

        ObjectNode assessmentBody = Scenario.JSON.createObjectNode();
        assessmentBody.put("library_id", libraryId);
        assessmentBody.put("title", "Scenario " + scenario.name);
        assessmentId = post(staffToken, suite.assessmentUrl() + "/api/v1/assessments", assessmentBody);
        String assessmentUrl = suite.assessmentUrl() + "/api/v1/assessments/" + assessmentId;

        for (JsonNode need : scenario.needs()) {
            String key = need.path("key").asText();
            ObjectNode body = Scenario.JSON.createObjectNode();
            body.put("description", "Scenario " + scenario.name + ", need " + key);
            for (String field : List.of("category", "type", "quantity", "unit", "amount", "currency", "period",
                    "horizon", "priority", "current_capacity")) {
                JsonNode value = need.get(field);
                if (value != null && !value.isNull()) {
                    body.set(field, value);
                }
            }
            needIds.put(key, post(staffToken, assessmentUrl + "/needs", body));
        }
        for (JsonNode offer : scenario.libraryOffers()) {
            ObjectNode body = Scenario.JSON.createObjectNode();
            body.put("type", offer.isTextual() ? offer.asText() : offer.path("type").asText());
            body.put("description", "Scenario " + scenario.name);
            post(staffToken, assessmentUrl + "/offers", body);
        }
        check(given().auth().oauth2(staffToken).header("If-Match", Etags.of(staffToken, assessmentUrl)).when()
                .post(assessmentUrl + "/completion"), 200, "completion");
    }

    /** The first READY recommendations of the completed revision, as served. */
    JsonNode awaitRecommendations() {
        String url = suite.matchingUrl() + "/api/v1/assessments/" + assessmentId + "/recommendations";
        try {
            String body = await().atMost(SYNC_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
                Response response = given().auth().oauth2(staffToken).when().get(url);
                return response.statusCode() == 200 ? response.asString() : null;
            }, served -> served != null && "READY".equals(read(served).path("status").asText()));
            return read(body);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("recommendations of scenario " + scenario.name + " not ready: "
                    + given().auth().oauth2(staffToken).get(url).asString() + "\n" + suite.logs(), e);
        }
    }

    /** Every excluded candidate of the current set, all pages. */
    List<JsonNode> excludedCandidates() {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(staffToken).queryParam("limit", 100);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            Response response = request.when()
                    .get(suite.matchingUrl() + "/api/v1/assessments/" + assessmentId + "/recommendations/excluded");
            check(response, 200, "excluded candidates");
            JsonNode page = read(response.asString());
            page.path("items").forEach(items::add);
            cursor = page.path("next_cursor").isTextual() ? page.path("next_cursor").asText() : null;
        } while (cursor != null);
        return items;
    }

    private List<String> activePartnersInMatching() {
        try (Connection connection = database.open("matching");
             PreparedStatement statement = connection.prepareStatement(
                     "select partner_id::text from partner where not removed order by partner_id");
             ResultSet rows = statement.executeQuery()) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read matching's partner read model", e);
        }
    }

    private Map<String, Long> matchingVersions(java.util.Collection<String> ids) {
        Map<String, Long> versions = new LinkedHashMap<>();
        try (Connection connection = database.open("matching");
             PreparedStatement statement = connection.prepareStatement(
                     "select version from partner where partner_id = ?::uuid and not removed")) {
            for (String id : ids) {
                statement.setString(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next()) {
                        versions.put(id, rows.getLong(1));
                    }
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read matching's partner read model", e);
        }
    }

    private void awaitMatching(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            await().atMost(SYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(condition);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("scenario " + scenario.name + ": timed out waiting for " + what + "\n" + suite.logs(), e);
        }
    }

    static JsonNode read(String json) {
        try {
            return Scenario.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    private String post(String token, String url, JsonNode body) {
        Response response = given().auth().oauth2(token).contentType(ContentType.JSON).body(body.toString()).when().post(url);
        check(response, 201, "POST " + url + " " + body);
        return response.jsonPath().getString("id");
    }

    private void check(Response response, int status, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError("scenario " + scenario.name + ": " + what + " → " + response.statusCode() + " "
                    + response.asString());
        }
    }

    /** For failure messages: the scenario key of a served id, or the id. */
    String keyOf(String id) {
        for (Map<String, String> ids : List.of(partnerIds, offeringIds, needIds)) {
            for (Map.Entry<String, String> entry : ids.entrySet()) {
                if (entry.getValue().equals(id)) {
                    return entry.getKey();
                }
            }
        }
        return id;
    }
}

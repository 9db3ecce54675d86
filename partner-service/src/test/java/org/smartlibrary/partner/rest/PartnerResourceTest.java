package org.smartlibrary.partner.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.smartlibrary.partner.DatabaseRows;
import org.smartlibrary.partner.DatabaseRows.Counts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.partner.PartnerFixtures.action;
import static org.smartlibrary.partner.PartnerFixtures.area;
import static org.smartlibrary.partner.PartnerFixtures.asAdmin;
import static org.smartlibrary.partner.PartnerFixtures.post;
import static org.smartlibrary.partner.PartnerFixtures.register;
import static org.smartlibrary.partner.PartnerFixtures.registration;
import static org.smartlibrary.partner.PartnerFixtures.token;

@QuarkusTest
class PartnerResourceTest {

    @Inject
    DatabaseRows database;

    @Test
    void registersAPartnerAndReadsItBack() {
        String name = "Brightbyte Robotics " + token() + " B.V.";
        ExtractableResponse<Response> created = post("/api/v1/partners", registration(name))
                .statusCode(201)
                .header("Location", containsString("/api/v1/partners/"))
                .header("ETag", "\"1\"")
                .body("id", notNullValue())
                .body("name", equalTo(name))
                .body("partner_type", equalTo("IT_COMPANY"))
                .body("service_area.regions", equalTo(List.of("North Brabant")))
                .body("service_area.cities", equalTo(List.of("Eindhoven", "Tilburg")))
                .body("contact.email", equalTo("community@brightbyte.example.org"))
                .body("seeks", equalTo(List.of("VISIBILITY", "EVENT_HOSTING")))
                .body("verification", equalTo("UNVERIFIED"))
                .body("last_confirmed_at", equalTo(LocalDate.now().toString()))
                .body("stale", equalTo(false))
                .body("offerings", equalTo(List.of()))
                .body("version", equalTo(1))
                .extract();
        String id = created.path("id");
        given().get(created.header("Location")).then().statusCode(200)
                .header("ETag", "\"1\"").body("id", equalTo(id)).body("name", equalTo(name));
    }

    @Test
    void updatesWithIfMatchAndRefusesAStaleEtag() {
        String name = "Civic Data Lab " + token();
        String id = register(registration(name));
        Map<String, Object> update = registration(name);
        update.put("partner_type", "NONPROFIT");
        update.put("service_area", area(true, false, List.of(), List.of()));

        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(update)
                .put("/api/v1/partners/" + id).then()
                .statusCode(200).header("ETag", "\"2\"")
                .body("partner_type", equalTo("NONPROFIT"))
                .body("service_area.remote", equalTo(true))
                .body("version", equalTo(2));

        awaitOutboxDrained();
        Counts before = database.counts();
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(registration(name))
                .put("/api/v1/partners/" + id).then()
                .statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/precondition-failed"));
        assertEquals(before, database.counts());
        given().get("/api/v1/partners/" + id).then().body("partner_type", equalTo("NONPROFIT"));
    }

    @Test
    void refusesBadInputWithProblemsNamingTheFieldsAndWritesNothing() {
        awaitOutboxDrained();
        Counts before = database.counts();

        Map<String, Object> codes = registration("Bad Codes " + token());
        codes.put("partner_type", "SPACESHIP");
        codes.put("seeks", List.of("VISIBILITY", "FREE_PIZZA"));
        codes.put("service_area", area(false, false, List.of(), List.of()));
        codes.put("website", "not a url");
        post("/api/v1/partners", codes).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/validation"))
                .body("errors.field", hasItems("partner_type", "seeks[1]", "service_area", "website"));

        Map<String, Object> missing = registration("Missing " + token());
        missing.remove("name");
        missing.put("contact", Map.of("email", "not-an-address"));
        post("/api/v1/partners", missing).statusCode(400)
                .body("errors.field", hasItems("name", "contact.email"));

        Map<String, Object> verification = registration("Self Verified " + token());
        verification.put("verification", "VERIFIED");
        post("/api/v1/partners", verification).statusCode(400)
                .body("errors.field", hasItem("verification"))
                .body("errors.message", hasItem("unknown field"));

        // regression (deploy/fuzz/run): a NUL character reached PostgreSQL and answered 500
        Map<String, Object> nul = registration("Nul " + token());
        nul.put("description", "robots\u0000kits");
        post("/api/v1/partners", nul).statusCode(400)
                .body("errors.field", hasItem("description"))
                .body("errors.message", hasItem("must not contain the NUL character (U+0000)"));

        asAdmin().contentType(ContentType.JSON).body("{\"name\": ").post("/api/v1/partners").then()
                .statusCode(400).contentType("application/problem+json");
        asAdmin().contentType(ContentType.JSON).post("/api/v1/partners").then()
                .statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/partners/not-a-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("partnerId"));
        given().get("/api/v1/partners/00000000-0000-0000-0000-000000000000").then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/not-found"));

        assertEquals(before, database.counts());
    }

    @Test
    void refusesADuplicateOrganizationUnlessConfirmedDistinct() {
        String word = token();
        String id = register(registration("Brightbyte " + word + " Robotics B.V."));

        awaitOutboxDrained();
        Counts before = database.counts();
        Map<String, Object> sameName = registration("brightbyte  " + word + " robotics, bv");
        sameName.put("website", "https://other-" + word + ".example");
        post("/api/v1/partners", sameName).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/duplicate-partner"))
                .body("existing_partner.id", equalTo(id))
                .body("existing_partner.href", equalTo("/api/v1/partners/" + id))
                .body("existing_partner.matched_on", equalTo("name"));

        Map<String, Object> sameDomain = registration("Totally Different " + word);
        sameDomain.put("website", "http://WWW.brightbyte-" + word + "-robotics-b-v.example/about");
        post("/api/v1/partners", sameDomain).statusCode(409)
                .body("existing_partner.id", equalTo(id))
                .body("existing_partner.matched_on", equalTo("website_domain"));
        assertEquals(before, database.counts());

        sameName.put("confirm_distinct", true);
        post("/api/v1/partners", sameName).statusCode(201).body("id", notNullValue());
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponseAndRefusesAnotherBody() {
        Map<String, Object> body = registration("Idempotent Foundation " + token());
        String key = token();
        ExtractableResponse<Response> first = asAdmin().contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post("/api/v1/partners").then()
                .statusCode(201).extract();
        Counts afterFirst = database.counts();

        asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/partners").then()
                .statusCode(201)
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")));
        assertEquals(afterFirst.partners(), database.counts().partners());

        Map<String, Object> other = registration("Another Body " + token());
        asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(other)
                .post("/api/v1/partners").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/idempotency-key-reused"));
        assertEquals(afterFirst.partners(), database.counts().partners());
    }

    @Test
    void verificationChangesOnlyThroughItsOwnEndpoint() {
        String id = register(registration("Verified Makerspace " + token()));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("verification", "VERIFIED"))
                .put("/api/v1/partners/" + id + "/verification").then()
                .statusCode(200).body("verification", equalTo("VERIFIED")).header("ETag", "\"2\"");
        asAdmin().contentType(ContentType.JSON).body(Map.of("verification", "TRUSTED"))
                .put("/api/v1/partners/" + id + "/verification").then()
                .statusCode(400).body("errors[0].field", equalTo("verification"));
        given().get("/api/v1/partners/" + id).then().body("verification", equalTo("VERIFIED"));
    }

    @Test
    void staleProfilesSaySoUntilConfirmed() {
        String id = register(registration("Sleepy Design Firm " + token()));
        // 12 months before today (on 29 February, which has no such day a year before, the 1st of March)
        LocalDate yearAgo = LocalDate.now(ZoneOffset.UTC).minusMonths(12);
        while (yearAgo.plusMonths(12).isBefore(LocalDate.now(ZoneOffset.UTC))) {
            yearAgo = yearAgo.plusDays(1);
        }
        database.update("UPDATE partner SET last_confirmed_at = ? WHERE id = ?::uuid", yearAgo.minusDays(1), id);
        given().get("/api/v1/partners/" + id).then().body("stale", equalTo(true));

        database.update("UPDATE partner SET last_confirmed_at = ? WHERE id = ?::uuid", yearAgo, id);
        given().get("/api/v1/partners/" + id).then().body("stale", equalTo(false));

        database.update("UPDATE partner SET last_confirmed_at = ? WHERE id = ?::uuid",
                LocalDate.now().minusYears(2), id);
        action("/api/v1/partners/" + id + "/confirmation").statusCode(200)
                .body("stale", equalTo(false))
                .body("last_confirmed_at", equalTo(LocalDate.now().toString()))
                .body("version", equalTo(2));
    }

    @Test
    void removesAPartnerWithItsOfferings() {
        String id = register(registration("Short Lived " + token()));
        post("/api/v1/partners/" + id + "/offerings", org.smartlibrary.partner.PartnerFixtures.grant()).statusCode(201);
        asAdmin().header("If-Match", "\"1\"").delete("/api/v1/partners/" + id).then().statusCode(412);
        asAdmin().header("If-Match", "\"2\"").delete("/api/v1/partners/" + id).then().statusCode(204);
        given().get("/api/v1/partners/" + id).then().statusCode(404);
        given().get("/api/v1/partners/" + id + "/offerings").then().statusCode(404);
        asAdmin().delete("/api/v1/partners/" + id).then().statusCode(404);
    }

    @Test
    void everyChangeOfAPartnerOrAnOfferingRequiresIfMatchAndAWeakTagNeverMatches() {
        String id = register(registration("Conditional Writes " + token()));
        String partner = "/api/v1/partners/" + id;
        String offering = partner + "/offerings/" + post(partner + "/offerings",
                org.smartlibrary.partner.PartnerFixtures.grant()).statusCode(201).extract().path("id");
        awaitOutboxDrained();
        Counts before = database.counts();
        String partnerEtag = given().get(partner).header("ETag");

        preconditionRequired(asAdmin().contentType(ContentType.JSON).body(registration("Blind " + token())).put(partner));
        preconditionRequired(asAdmin().delete(partner));
        preconditionRequired(asAdmin().post(partner + "/confirmation"));
        preconditionRequired(asAdmin().contentType(ContentType.JSON).body(Map.of("verification", "VERIFIED"))
                .put(partner + "/verification"));
        preconditionRequired(asAdmin().contentType(ContentType.JSON)
                .body(org.smartlibrary.partner.PartnerFixtures.grant()).put(offering));
        preconditionRequired(asAdmin().post(offering + "/withdrawal"));

        asAdmin().header("If-Match", "W/" + partnerEtag).post(partner + "/confirmation").then()
                .statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/precondition-failed"))
                .body("detail", containsString("weak tags cannot be used with If-Match"));
        asAdmin().header("If-Match", "W/" + given().get(offering).header("ETag")).post(offering + "/withdrawal")
                .then().statusCode(412);
        assertEquals(before, database.counts(), "nothing was written");
        given().get(partner).then().header("ETag", partnerEtag);
        given().get(offering).then().body("status", equalTo("ACTIVE"));

        // a list holding the current tag matches, and so does *
        asAdmin().header("If-Match", "\"0\", " + partnerEtag).post(partner + "/confirmation").then().statusCode(200);
        asAdmin().header("If-Match", "*").delete(partner).then().statusCode(204);
    }

    private static void preconditionRequired(Response response) {
        response.then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/precondition-required"))
                .body("detail", containsString("If-Match"))
                .body("detail", containsString("GET the resource first"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void documentsEveryOperationWithSummaryTagResponsesSchemasAndExamples() {
        Map<String, Object> document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().path("$");
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        // shared problem responses are references to #/components/responses (the service kit's)
        Map<String, Object> sharedResponses = (Map<String, Object>) ((Map<String, Object>) document.get("components"))
                .get("responses");
        int operations = 0;
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/partners")) {
                continue;
            }
            for (Map.Entry<String, Object> operation : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (operation.getKey().equals("parameters")) {
                    continue;
                }
                operations++;
                String where = operation.getKey() + " " + path.getKey();
                Map<String, Object> op = (Map<String, Object>) operation.getValue();
                assertTrue(op.get("summary") instanceof String, where + " has no summary");
                assertFalse(((List<?>) op.get("tags")).isEmpty(), where + " has no tag");
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("2")), where);
                assertTrue(responses.containsKey("404") || path.getKey().equals("/api/v1/partners"), where);
                for (Map.Entry<String, Object> response : responses.entrySet()) {
                    Map<String, Object> resolved = (Map<String, Object>) response.getValue();
                    if (resolved.get("$ref") instanceof String ref) {
                        resolved = (Map<String, Object>) sharedResponses.get(ref.substring(ref.lastIndexOf('/') + 1));
                        assertNotNull(resolved, where + " " + response.getKey() + " refers to a missing " + ref);
                    }
                    Map<String, Object> content = (Map<String, Object>) resolved.get("content");
                    if (response.getKey().equals("204")) {
                        assertNull(content, where);
                        continue;
                    }
                    String mediaType = response.getKey().startsWith("2") ? "application/json" : "application/problem+json";
                    Map<String, Object> media = (Map<String, Object>) content.get(mediaType);
                    assertNotNull(media, where + " " + response.getKey() + " has no " + mediaType);
                    assertNotNull(media.get("schema"), where + " " + response.getKey() + " has no schema");
                    if (!response.getKey().startsWith("2")) {
                        assertEquals("#/components/schemas/Problem", ((Map<String, Object>) media.get("schema")).get("$ref"));
                    }
                    Map<String, Object> examples = (Map<String, Object>) media.get("examples");
                    assertNotNull(examples, where + " " + response.getKey() + " has no example");
                    examples.values().forEach(example -> assertTrue(((Map<String, Object>) example).get("value") instanceof Map,
                            where + " " + response.getKey() + " example is not a JSON object"));
                }
            }
        }
        assertEquals(12, operations);

        // security: writes list their roles in the bearer requirement (with 401/403 problems), the directory is public
        Map<String, Object> partner = (Map<String, Object>) paths.get("/api/v1/partners/{partnerId}");
        Map<String, Object> update = (Map<String, Object>) partner.get("put");
        assertEquals(List.of(Map.of("bearer", List.of("partner-admin", "platform-admin"))), update.get("security"));
        assertTrue(((Map<String, Object>) update.get("responses")).keySet().containsAll(List.of("401", "403")));
        Map<String, Object> verification = (Map<String, Object>) ((Map<String, Object>) paths
                .get("/api/v1/partners/{partnerId}/verification")).get("put");
        assertEquals(List.of(Map.of("bearer", List.of("platform-admin"))), verification.get("security"));
        Map<String, Object> register = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/v1/partners"))
                .get("post");
        assertEquals(List.of(Map.of("bearer", List.of("platform-admin"))), register.get("security"));
        Map<String, Object> read = (Map<String, Object>) partner.get("get");
        assertNull(read.get("security"), "the directory is public");

        // every change of a partner or an offering requires If-Match and documents 428 without it
        Map<String, Object> offering = (Map<String, Object>) paths.get("/api/v1/partners/{partnerId}/offerings/{offeringId}");
        List<Map<String, Object>> conditional = List.of(update, (Map<String, Object>) partner.get("delete"), verification,
                (Map<String, Object>) ((Map<String, Object>) paths.get("/api/v1/partners/{partnerId}/confirmation")).get("post"),
                (Map<String, Object>) offering.get("put"),
                (Map<String, Object>) ((Map<String, Object>) paths
                        .get("/api/v1/partners/{partnerId}/offerings/{offeringId}/withdrawal")).get("post"));
        for (Map<String, Object> operation : conditional) {
            Map<String, Object> ifMatch = ((List<Map<String, Object>>) operation.get("parameters")).stream()
                    .filter(parameter -> "If-Match".equals(parameter.get("name"))).findFirst().orElseThrow();
            assertEquals(Boolean.TRUE, ifMatch.get("required"), operation.get("operationId") + " requires If-Match");
            assertEquals(Map.of("$ref", "#/components/responses/PreconditionRequired"),
                    ((Map<String, Object>) operation.get("responses")).get("428"), operation.get("operationId") + ": 428");
        }
    }

    private void awaitOutboxDrained() {
        Supplier<Long> outbox = () -> database.counts().outbox();
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.get() == 0L);
    }
}

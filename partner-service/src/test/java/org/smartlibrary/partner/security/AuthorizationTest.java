package org.smartlibrary.partner.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.smartlibrary.partner.DatabaseRows;
import org.smartlibrary.partner.DatabaseRows.Counts;
import org.smartlibrary.testkit.TestTokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.smartlibrary.partner.PartnerFixtures.action;
import static org.smartlibrary.partner.PartnerFixtures.addOffering;
import static org.smartlibrary.partner.PartnerFixtures.addOfferingAsOwner;
import static org.smartlibrary.partner.PartnerFixtures.as;
import static org.smartlibrary.partner.PartnerFixtures.asAdmin;
import static org.smartlibrary.partner.PartnerFixtures.grant;
import static org.smartlibrary.partner.PartnerFixtures.ifMatchOf;
import static org.smartlibrary.partner.PartnerFixtures.post;
import static org.smartlibrary.partner.PartnerFixtures.register;
import static org.smartlibrary.partner.PartnerFixtures.registration;
import static org.smartlibrary.partner.PartnerFixtures.robotKits;
import static org.smartlibrary.partner.PartnerFixtures.token;

/**
 * What the tenant matrix does not cover: tokens on the public directory, private contacts per role, the partner's
 * own administrators at work, writes by another partner that change nothing, mass assignment and limits.
 */
@QuarkusTest
class AuthorizationTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DatabaseRows database;

    @Test
    void theDirectoryIsPublicButAnInvalidTokenIsStillRefused() {
        String partner = register(registration("Public Directory " + token()));
        String offering = addOffering(partner, robotKits());
        List<String> reads = List.of("/api/v1/partners", "/api/v1/partners/" + partner,
                "/api/v1/partners/" + partner + "/offerings", "/api/v1/partners/" + partner + "/offerings/" + offering,
                "/api/v1/partners/" + UUID.randomUUID());
        for (String path : reads.subList(0, 4)) {
            given().get(path).then().statusCode(200);
        }
        for (String path : reads) {
            for (String invalid : List.of(TestTokens.expired(), TestTokens.fromOtherIssuer(),
                    TestTokens.signedByUnknownKey(), "not-a-jwt")) {
                as(invalid).get(path).then()
                        .statusCode(401).contentType(PROBLEM)
                        .header("WWW-Authenticate", "Bearer")
                        .body("type", equalTo("https://smartlibrary.org/problems/unauthorized"));
            }
        }
    }

    @Test
    void contactsAreShownOnlyToStaffPortalsPlatformAdminsAndThePartnersOwnAdmins() {
        String word = token();
        String pa = register(registration("Contact A " + word));
        String pb = register(registration("Contact B " + word));
        addOffering(pa, robotKits());

        Map<String, String> seeing = Map.of(
                "library-staff", TestTokens.libraryStaff(UUID.randomUUID()),
                "portal", TestTokens.portal(),
                "platform-admin", TestTokens.platformAdmin(),
                "own partner-admin", TestTokens.partnerAdmin(UUID.fromString(pa)));
        Map<String, String> notSeeing = Map.of(
                "consortium-analyst", TestTokens.consortiumAnalyst("X"),
                "other partner-admin", TestTokens.partnerAdmin(UUID.fromString(pb)),
                "partner-admin without partner_id", TestTokens.withRoleOnly("partner-admin"));

        for (Map.Entry<String, String> caller : seeing.entrySet()) {
            as(caller.getValue()).get("/api/v1/partners/" + pa).then().statusCode(200)
                    .body("contact.name", equalTo("Sanne de Vries"))
                    .body("contact.email", equalTo("community@brightbyte.example.org"));
            as(caller.getValue()).queryParam("q", word).get("/api/v1/partners").then().statusCode(200)
                    .body("items.find { it.id == '" + pa + "' }.contact.email",
                            equalTo("community@brightbyte.example.org"));
        }
        String anonymous = given().get("/api/v1/partners/" + pa).then().statusCode(200)
                .body("contact", nullValue()).body("name", notNullValue()).extract().asString();
        assertFalse(anonymous.contains("Sanne") || anonymous.contains("community@"), anonymous);
        String anonymousSearch = given().queryParam("q", word).get("/api/v1/partners").then().statusCode(200)
                .body("items.id", containsInAnyOrder(pa, pb)).extract().asString();
        assertFalse(anonymousSearch.contains("Sanne") || anonymousSearch.contains("community@"), anonymousSearch);
        for (Map.Entry<String, String> caller : notSeeing.entrySet()) {
            as(caller.getValue()).get("/api/v1/partners/" + pa).then().statusCode(200)
                    .body("contact", nullValue());
            as(caller.getValue()).queryParam("q", word).get("/api/v1/partners").then().statusCode(200)
                    .body("items.find { it.id == '" + pa + "' }.contact", nullValue())
                    .body("items.find { it.id == '" + pa + "' }.offerings", hasSize(1));
        }
        // a partner's admin sees its own contact in a list, not the other partner's
        as(TestTokens.partnerAdmin(UUID.fromString(pa))).queryParam("q", word).get("/api/v1/partners").then()
                .body("items.find { it.id == '" + pa + "' }.contact.name", equalTo("Sanne de Vries"))
                .body("items.find { it.id == '" + pb + "' }.contact", nullValue());
    }

    @Test
    void onlyPlatformAdminsRegisterPartners() {
        awaitOutboxDrained();
        Counts before = database.counts();
        Map<String, Object> body = registration("Self Onboarding " + token());
        given().contentType(ContentType.JSON).body(body).post("/api/v1/partners").then()
                .statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer");
        for (String token : List.of(TestTokens.partnerAdmin(UUID.randomUUID()), TestTokens.libraryStaff(UUID.randomUUID()),
                TestTokens.consortiumAnalyst("X"), TestTokens.portal())) {
            post(token, "/api/v1/partners", body).statusCode(403).contentType(PROBLEM)
                    .body("type", equalTo("https://smartlibrary.org/problems/forbidden"));
        }
        assertEquals(before, database.counts());
        post("/api/v1/partners", body).statusCode(201);
    }

    @Test
    void aPartnersOwnAdministratorsMaintainItsProfileAndOfferings() {
        String name = "Own Admin " + token();
        String partner = register(registration(name));
        String own = TestTokens.partnerAdmin(UUID.fromString(partner));

        Map<String, Object> update = registration(name);
        update.put("description", "Written by the partner itself");
        as(own).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(update)
                .put("/api/v1/partners/" + partner).then().statusCode(200)
                .body("description", equalTo("Written by the partner itself")).header("ETag", "\"2\"");
        action(own, "/api/v1/partners/" + partner + "/confirmation").statusCode(200).header("ETag", "\"3\"");

        String offering = addOfferingAsOwner(partner, robotKits());
        Map<String, Object> change = robotKits();
        change.put("quantity", 90);
        ifMatchOf(as(own), "/api/v1/partners/" + partner + "/offerings/" + offering).contentType(ContentType.JSON)
                .body(change).put("/api/v1/partners/" + partner + "/offerings/" + offering).then()
                .statusCode(200).body("quantity", equalTo(90));
        action(own, "/api/v1/partners/" + partner + "/offerings/" + offering + "/withdrawal")
                .statusCode(200).body("status", equalTo("WITHDRAWN"));

        // ...but cannot verify itself
        as(own).contentType(ContentType.JSON).body(Map.of("verification", "VERIFIED"))
                .put("/api/v1/partners/" + partner + "/verification").then()
                .statusCode(403).contentType(PROBLEM);
        given().get("/api/v1/partners/" + partner).then().body("verification", equalTo("UNVERIFIED"));

        ifMatchOf(as(own), "/api/v1/partners/" + partner).delete("/api/v1/partners/" + partner).then().statusCode(204);
        given().get("/api/v1/partners/" + partner).then().statusCode(404);
    }

    @Test
    void anotherPartnersAdministratorCanSeeButNotChangeAPartner() {
        String name = "Guarded " + token();
        String pa = register(registration(name));
        String oa = addOffering(pa, robotKits());
        String pb = register(registration("Intruder " + token()));
        String ob = addOffering(pb, grant());
        String intruder = TestTokens.partnerAdmin(UUID.fromString(pb));
        String noClaim = TestTokens.withRoleOnly("partner-admin");
        awaitOutboxDrained();
        Counts before = database.counts();
        String etag = given().get("/api/v1/partners/" + pa).then().extract().header("ETag");

        for (String token : List.of(intruder, noClaim)) {
            List<ExtractableResponse<Response>> answers = new ArrayList<>();
            answers.add(as(token).contentType(ContentType.JSON).body(registration(name))
                    .put("/api/v1/partners/" + pa).then().extract());
            answers.add(action(token, "/api/v1/partners/" + pa + "/confirmation").extract());
            answers.add(as(token).delete("/api/v1/partners/" + pa).then().extract());
            answers.add(post(token, "/api/v1/partners/" + pa + "/offerings", robotKits()).extract());
            answers.add(as(token).contentType(ContentType.JSON).body(robotKits())
                    .put("/api/v1/partners/" + pa + "/offerings/" + oa).then().extract());
            answers.add(action(token, "/api/v1/partners/" + pa + "/offerings/" + oa + "/withdrawal").extract());
            // the partner in the path decides, not the offering: B's offering under A's path is still A's business
            answers.add(action(token, "/api/v1/partners/" + pa + "/offerings/" + ob + "/withdrawal").extract());
            for (ExtractableResponse<Response> answer : answers) {
                assertEquals(403, answer.statusCode(), answer.asString());
                assertEquals(PROBLEM, answer.contentType().split(";")[0]);
                assertEquals("https://smartlibrary.org/problems/forbidden", answer.path("type"));
            }
        }
        assertEquals(before, database.counts());
        given().get("/api/v1/partners/" + pa).then().statusCode(200).header("ETag", etag)
                .body("offerings.status", equalTo(List.of("ACTIVE")));
    }

    @Test
    void anOfferingOfAnotherPartnerIsNotFoundUnderThisPartner() {
        String pa = register(registration("Offering Owner A " + token()));
        String pb = register(registration("Offering Owner B " + token()));
        String ob = addOffering(pb, grant());
        String adminOfA = TestTokens.partnerAdmin(UUID.fromString(pa));

        given().get("/api/v1/partners/" + pa + "/offerings/" + ob).then().statusCode(404).contentType(PROBLEM);
        as(adminOfA).contentType(ContentType.JSON).body(grant()).put("/api/v1/partners/" + pa + "/offerings/" + ob)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://smartlibrary.org/problems/not-found"));
        action(adminOfA, "/api/v1/partners/" + pa + "/offerings/" + ob + "/withdrawal").statusCode(404);
        asAdmin().contentType(ContentType.JSON).body(grant()).put("/api/v1/partners/" + pa + "/offerings/" + ob)
                .then().statusCode(404);
        given().get("/api/v1/partners/" + pb + "/offerings/" + ob).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("version", equalTo(1));
    }

    @Test
    void anIdempotencyKeyIsNeverReplayedToAnotherPartner() {
        String pa = register(registration("Keyed A " + token()));
        String pb = register(registration("Keyed B " + token()));
        String key = token();
        as(TestTokens.partnerAdmin(UUID.fromString(pa))).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(robotKits()).post("/api/v1/partners/" + pa + "/offerings").then().statusCode(201);
        as(TestTokens.partnerAdmin(UUID.fromString(pb))).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(robotKits()).post("/api/v1/partners/" + pa + "/offerings").then()
                .statusCode(403).header("Idempotent-Replayed", nullValue());
        given().get("/api/v1/partners/" + pa + "/offerings").then().body("items.size()", equalTo(1));
    }

    @Test
    void clientsCannotSetVerificationIdsStatusVersionOrTimestamps() {
        String name = "Mass Assignment " + token();
        String partner = register(registration(name));
        String own = TestTokens.partnerAdmin(UUID.fromString(partner));
        awaitOutboxDrained();
        Counts before = database.counts();

        Map<String, Object> sneaky = Map.of("verified", true, "verification", "VERIFIED", "id", UUID.randomUUID(),
                "status", "ACTIVE", "version", 7, "created_at", "2020-01-01T00:00:00Z",
                "last_confirmed_at", "2030-01-01", "stale", false);
        for (Map.Entry<String, Object> field : sneaky.entrySet()) {
            Map<String, Object> update = registration(name);
            update.put(field.getKey(), field.getValue());
            as(own).contentType(ContentType.JSON).body(update).put("/api/v1/partners/" + partner).then()
                    .statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem(field.getKey()))
                    .body("errors.message", hasItem("unknown field"));
            asAdmin().contentType(ContentType.JSON).body(update).put("/api/v1/partners/" + partner).then()
                    .statusCode(400).body("errors.field", hasItem(field.getKey()));
            Map<String, Object> registration = registration("Mass Assignment " + token());
            registration.put(field.getKey(), field.getValue());
            post("/api/v1/partners", registration).statusCode(400).body("errors.field", hasItem(field.getKey()));
        }
        for (Map.Entry<String, Object> field : Map.<String, Object>of("id", UUID.randomUUID(),
                "partner_id", UUID.randomUUID(), "version", 3, "expired", false,
                "created_at", "2020-01-01T00:00:00Z").entrySet()) {
            Map<String, Object> offering = robotKits();
            offering.put(field.getKey(), field.getValue());
            post(own, "/api/v1/partners/" + partner + "/offerings", offering).statusCode(400)
                    .body("errors.field", hasItem(field.getKey()));
        }
        Map<String, Object> withdrawnOnCreate = robotKits();
        withdrawnOnCreate.put("status", "WITHDRAWN");
        post(own, "/api/v1/partners/" + partner + "/offerings", withdrawnOnCreate).statusCode(400)
                .body("errors.field", hasItem("status"));

        assertEquals(before, database.counts());
        given().get("/api/v1/partners/" + partner).then().statusCode(200)
                .body("verification", equalTo("UNVERIFIED")).body("version", equalTo(1))
                .body("offerings.size()", equalTo(0));
    }

    @Test
    void searchLimitsAreProblems() {
        given().queryParam("limit", 101).get("/api/v1/partners").then()
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://smartlibrary.org/problems/validation"))
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 100).get("/api/v1/partners").then().statusCode(200);

        String longText = "a".repeat(201);
        for (String parameter : List.of("q", "region", "city")) {
            given().queryParam(parameter, longText).get("/api/v1/partners").then()
                    .statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo(parameter))
                    .body("errors[0].message", equalTo("must be at most 200 characters"));
            given().queryParam(parameter, "a".repeat(200)).get("/api/v1/partners").then().statusCode(200);
        }
        as(TestTokens.portal()).queryParam("q", longText).get("/api/v1/partners").then().statusCode(400);
    }

    private void awaitOutboxDrained() {
        await().atMost(Duration.ofSeconds(30)).until(() -> database.counts().outbox() == 0L);
    }
}

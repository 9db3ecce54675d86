package org.smartlibrary.partner.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.smartlibrary.partner.DatabaseRows;
import org.smartlibrary.partner.DatabaseRows.Counts;
import org.smartlibrary.partner.service.OfferingExpiryScheduler;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.partner.PartnerFixtures.action;
import static org.smartlibrary.partner.PartnerFixtures.addOffering;
import static org.smartlibrary.partner.PartnerFixtures.asAdmin;
import static org.smartlibrary.partner.PartnerFixtures.grant;
import static org.smartlibrary.partner.PartnerFixtures.post;
import static org.smartlibrary.partner.PartnerFixtures.register;
import static org.smartlibrary.partner.PartnerFixtures.registration;
import static org.smartlibrary.partner.PartnerFixtures.robotKits;
import static org.smartlibrary.partner.PartnerFixtures.token;

@QuarkusTest
class OfferingResourceTest {

    @Inject
    DatabaseRows database;

    @Inject
    OfferingExpiryScheduler expiry;

    @Test
    void addsQuantityAndMoneyOfferingsAndListsThem() {
        String partner = register(registration("Offering Partner " + token()));
        String kits = post("/api/v1/partners/" + partner + "/offerings", robotKits())
                .statusCode(201)
                .header("Location", containsString("/api/v1/partners/" + partner + "/offerings/"))
                .header("ETag", "\"1\"")
                .body("category", equalTo("TECHNOLOGY"))
                .body("type", equalTo("TECHNOLOGY.ROBOTICS"))
                .body("quantity", equalTo(150))
                .body("unit", equalTo("kits"))
                .body("amount", nullValue())
                .body("horizon", equalTo("SHORT_TERM"))
                .body("conditions[0].code", equalTo("MIN_AUDIENCE"))
                .body("conditions[0].value", equalTo(20))
                .body("status", equalTo("ACTIVE"))
                .body("expired", equalTo(false))
                .extract().path("id");
        post("/api/v1/partners/" + partner + "/offerings", grant()).statusCode(201)
                .body("amount", equalTo(50000))
                .body("currency", equalTo("EUR"))
                .body("quantity", nullValue());

        Map<String, Object> volunteers = Map.of("category", "HUMAN", "type", "HUMAN.WORKSHOP_VOLUNTEERS",
                "quantity", 12, "horizon", "ANY");
        post("/api/v1/partners/" + partner + "/offerings", volunteers).statusCode(201)
                .body("unit", equalTo("volunteers"))
                .body("available_until", nullValue());

        given().get("/api/v1/partners/" + partner + "/offerings").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items[0].id", equalTo(kits));
        given().get("/api/v1/partners/" + partner).then()
                .body("offerings", hasSize(3))
                .body("version", equalTo(4));
    }

    @Test
    void refusesInvalidOfferingsNamingTheFieldsAndWritesNothing() {
        String partner = register(registration("Strict Offering Partner " + token()));
        await().atMost(Duration.ofSeconds(30)).until(() -> database.counts().outbox() == 0L);
        Counts before = database.counts();
        String path = "/api/v1/partners/" + partner + "/offerings";

        Map<String, Object> moneyAsQuantity = grant();
        moneyAsQuantity.put("quantity", 3);
        moneyAsQuantity.remove("currency");
        post(path, moneyAsQuantity).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("quantity", "currency"));

        Map<String, Object> wrongCategory = robotKits();
        wrongCategory.put("category", "HUMAN");
        post(path, wrongCategory).statusCode(400).body("errors.field", hasItems("type"));

        Map<String, Object> unknownCodes = robotKits();
        unknownCodes.put("type", "TECHNOLOGY.TELEPORTER");
        unknownCodes.put("horizon", "FOREVER");
        unknownCodes.put("status", "WITHDRAWN");
        unknownCodes.put("conditions", List.of(Map.of("code", "BE_NICE"), Map.of("code", "MIN_AUDIENCE", "value", "many")));
        post(path, unknownCodes).statusCode(400)
                .body("errors.field", hasItems("type", "horizon", "status", "conditions[0].code", "conditions[1].value"));

        Map<String, Object> window = robotKits();
        window.put("available_from", LocalDate.now().plusDays(10).toString());
        window.put("available_until", LocalDate.now().plusDays(5).toString());
        post(path, window).statusCode(400).body("errors.field", hasItems("available_until"));

        Map<String, Object> negative = robotKits();
        negative.put("quantity", -1);
        post(path, negative).statusCode(400).body("errors.field", hasItems("quantity"));

        Map<String, Object> past = robotKits();
        past.put("available_until", LocalDate.now().minusDays(1).toString());
        post(path, past).statusCode(400).body("errors.field", hasItems("available_until"));

        Map<String, Object> missing = robotKits();
        missing.remove("horizon");
        missing.put("available_from", "someday");
        post(path, missing).statusCode(400).body("errors[0].field", equalTo("available_from"));
        missing.put("available_from", LocalDate.now().toString());
        post(path, missing).statusCode(400).body("errors[0].field", equalTo("horizon"));

        post("/api/v1/partners/00000000-0000-0000-0000-000000000000/offerings", robotKits())
                .statusCode(404).contentType("application/problem+json");

        assertEquals(before, database.counts());
    }

    @Test
    void updatesAndWithdrawsAnOffering() {
        String partner = register(registration("Changing Offering Partner " + token()));
        String offering = addOffering(partner, robotKits());
        String path = "/api/v1/partners/" + partner + "/offerings/" + offering;

        Map<String, Object> change = robotKits();
        change.put("quantity", 80);
        change.put("status", "PAUSED");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(change).put(path).then()
                .statusCode(200).header("ETag", "\"2\"")
                .body("quantity", equalTo(80)).body("status", equalTo("PAUSED"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(change).put(path).then()
                .statusCode(412);

        action(path + "/withdrawal").statusCode(200).body("status", equalTo("WITHDRAWN")).header("ETag", "\"3\"");
        action(path + "/withdrawal").statusCode(200).body("status", equalTo("WITHDRAWN")).header("ETag", "\"3\"");
        asAdmin().contentType(ContentType.JSON).body(change).put(path).then()
                .statusCode(409).body("type", equalTo("https://smartlibrary.org/problems/offering-withdrawn"));
        given().get(path).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().get("/api/v1/partners/" + partner + "/offerings/00000000-0000-0000-0000-000000000000").then()
                .statusCode(404);
    }

    @Test
    void offeringsPastTheirWindowReadAsExpiredAndTheJobStoresIt() {
        String partner = register(registration("Expiring Offering Partner " + token()));
        String offering = addOffering(partner, robotKits());
        String open = addOffering(partner, grant());
        database.update("UPDATE offering SET available_from = ?, available_until = ? WHERE id = ?::uuid",
                LocalDate.now().minusDays(30), LocalDate.now().minusDays(1), offering);

        given().get("/api/v1/partners/" + partner + "/offerings/" + offering).then()
                .body("status", equalTo("EXPIRED")).body("expired", equalTo(true));
        given().queryParam("region", "North Brabant").queryParam("status", "EXPIRED")
                .queryParam("q", "Expiring").get("/api/v1/partners").then()
                .body("items.id", hasItems(partner));

        assertTrue(expiry.runOnce() >= 1);
        assertEquals(0, expiry.runOnce());

        given().get("/api/v1/partners/" + partner).then()
                .body("version", equalTo(4))
                .body("offerings.find { it.id == '" + offering + "' }.status", equalTo("EXPIRED"))
                .body("offerings.find { it.id == '" + open + "' }.status", equalTo("ACTIVE"));

        Map<String, Object> renewed = robotKits();
        renewed.put("available_until", LocalDate.now().plusMonths(3).toString());
        asAdmin().contentType(ContentType.JSON).body(renewed)
                .put("/api/v1/partners/" + partner + "/offerings/" + offering).then()
                .statusCode(200).body("status", equalTo("ACTIVE")).body("expired", equalTo(false));
    }
}

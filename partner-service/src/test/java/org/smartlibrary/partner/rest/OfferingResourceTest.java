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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.partner.PartnerFixtures.action;
import static org.smartlibrary.partner.PartnerFixtures.addOffering;
import static org.smartlibrary.partner.PartnerFixtures.asAdmin;
import static org.smartlibrary.partner.PartnerFixtures.grant;
import static org.smartlibrary.partner.PartnerFixtures.ifMatchOf;
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
        ifMatchOf(asAdmin(), path).contentType(ContentType.JSON).body(change).put(path).then()
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
        ifMatchOf(asAdmin(), "/api/v1/partners/" + partner + "/offerings/" + offering).contentType(ContentType.JSON)
                .body(renewed).put("/api/v1/partners/" + partner + "/offerings/" + offering).then()
                .statusCode(200).body("status", equalTo("ACTIVE")).body("expired", equalTo(false));
    }

    @Test
    void aRecurringGrantWithMinimumOrderAndJointApplicationRoundTrips() {
        String partner = register(registration("Recurring Grant Partner " + token()));
        String offerings = "/api/v1/partners/" + partner + "/offerings";

        Map<String, Object> yearly = grant();
        yearly.put("period", "YEAR");
        yearly.put("min_order", Map.of("amount", 5000));
        yearly.put("min_joint_libraries", 3);
        String id = post(offerings, yearly).statusCode(201)
                .body("amount", equalTo(50000))
                .body("period", equalTo("YEAR"))
                .body("min_order.amount", equalTo(5000))
                .body("min_order.currency", equalTo("EUR"))
                .body("min_order", hasKey("quantity")) // every property is written, the other pair null
                .body("min_order.quantity", nullValue())
                .body("min_order.unit", nullValue())
                .body("min_joint_libraries", equalTo(3))
                .extract().path("id");
        String path = offerings + "/" + id;
        given().get(path).then().statusCode(200)
                .body("period", equalTo("YEAR"))
                .body("min_order.amount", equalTo(5000))
                .body("min_order.currency", equalTo("EUR"))
                .body("min_joint_libraries", equalTo(3));

        Map<String, Object> monthly = grant();
        monthly.put("amount", 4000);
        monthly.put("period", "MONTH");
        monthly.put("min_order", Map.of("amount", 250.5, "currency", "EUR"));
        monthly.put("min_joint_libraries", 100);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(monthly).put(path).then()
                .statusCode(200).header("ETag", "\"2\"")
                .body("period", equalTo("MONTH"))
                .body("min_order.amount", equalTo(250.5f))
                .body("min_joint_libraries", equalTo(100));

        // replaced as a whole: without them, a one-time grant with no minimum, open to a single library
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(grant()).put(path).then().statusCode(200)
                .body("period", equalTo("ONE_TIME"))
                .body("min_order", nullValue())
                .body("min_joint_libraries", nullValue());
        given().get(offerings).then().statusCode(200)
                .body("items[0].period", equalTo("ONE_TIME"))
                .body("items[0].min_order", nullValue())
                .body("items[0].min_joint_libraries", nullValue());
    }

    @Test
    void aQuantityOfferingHasNoPeriodAndItsMinimumOrderTakesItsUnit() {
        String partner = register(registration("Minimum Kits Partner " + token()));
        Map<String, Object> kits = robotKits();
        kits.put("min_order", Map.of("quantity", 20));
        kits.put("min_joint_libraries", 2);
        String id = post("/api/v1/partners/" + partner + "/offerings", kits).statusCode(201)
                .body("period", nullValue())
                .body("min_order.quantity", equalTo(20))
                .body("min_order.unit", equalTo("kits"))
                .body("min_order", hasKey("amount")) // every property is written, the other pair null
                .body("min_order.amount", nullValue())
                .body("min_order.currency", nullValue())
                .body("min_joint_libraries", equalTo(2))
                .extract().path("id");

        Map<String, Object> sameUnit = robotKits();
        sameUnit.put("min_order", Map.of("quantity", 150, "unit", "Kits"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(sameUnit)
                .put("/api/v1/partners/" + partner + "/offerings/" + id).then().statusCode(200)
                .body("min_order.quantity", equalTo(150))
                .body("min_order.unit", equalTo("kits"))
                .body("min_joint_libraries", nullValue());

        Map<String, Object> volunteers = Map.of("category", "HUMAN", "type", "HUMAN.WORKSHOP_VOLUNTEERS",
                "horizon", "ANY", "min_order", Map.of("quantity", 2));
        post("/api/v1/partners/" + partner + "/offerings", volunteers).statusCode(201)
                .body("quantity", nullValue())
                .body("min_order.quantity", equalTo(2))
                .body("min_order.unit", equalTo("volunteers"));
    }

    @Test
    void refusesABadPeriodOrEligibilityOnCreateAndReplaceNamingTheFieldAndChangesNothing() {
        String partner = register(registration("Eligibility Rules Partner " + token()));
        String kits = addOffering(partner, robotKits());
        Map<String, Object> yearly = grant();
        yearly.put("period", "YEAR");
        yearly.put("min_order", Map.of("amount", 5000));
        yearly.put("min_joint_libraries", 3);
        String grant = addOffering(partner, yearly);
        await().atMost(Duration.ofSeconds(30)).until(() -> database.counts().outbox() == 0L);
        Counts before = database.counts();
        String offerings = "/api/v1/partners/" + partner + "/offerings";
        String listed = given().get(offerings).then().statusCode(200).extract().asString();

        List<BadOffering> cases = List.of(
                new BadOffering("period on a quantity offering", "period", false,
                        body -> body.put("period", "YEAR")),
                new BadOffering("ONE_TIME on a quantity offering", "period", false,
                        body -> body.put("period", "ONE_TIME")),
                new BadOffering("unknown period code", "period", true,
                        body -> body.put("period", "WEEKLY")),
                new BadOffering("lower-case period code", "period", true,
                        body -> body.put("period", "year")),
                new BadOffering("recurring period without an amount", "period", true, body -> {
                    body.remove("amount");
                    body.remove("currency");
                    body.remove("min_order");
                    body.put("period", "MONTH");
                }),
                new BadOffering("min_order amount on a quantity offering", "min_order.amount", false,
                        body -> body.put("min_order", Map.of("amount", 100, "currency", "EUR"))),
                new BadOffering("min_order quantity on a money offering", "min_order.quantity", true,
                        body -> body.put("min_order", Map.of("quantity", 10))),
                new BadOffering("min_order currency other than the offering's", "min_order.currency", true,
                        body -> body.put("min_order", Map.of("amount", 5000, "currency", "USD"))),
                new BadOffering("min_order unit other than the offering's", "min_order.unit", false,
                        body -> body.put("min_order", Map.of("quantity", 10, "unit", "robots"))),
                new BadOffering("min_order amount above the capacity", "min_order.amount", true,
                        body -> body.put("min_order", Map.of("amount", 50000.01))),
                new BadOffering("min_order quantity above the capacity", "min_order.quantity", false,
                        body -> body.put("min_order", Map.of("quantity", 151))),
                new BadOffering("min_order amount of zero", "min_order.amount", true,
                        body -> body.put("min_order", Map.of("amount", 0))),
                new BadOffering("negative min_order quantity", "min_order.quantity", false,
                        body -> body.put("min_order", Map.of("quantity", -5))),
                new BadOffering("min_order without a value", "min_order.quantity", false,
                        body -> body.put("min_order", Map.of("unit", "kits"))),
                new BadOffering("min_joint_libraries 1", "min_joint_libraries", true,
                        body -> body.put("min_joint_libraries", 1)),
                new BadOffering("min_joint_libraries 101", "min_joint_libraries", false,
                        body -> body.put("min_joint_libraries", 101)),
                new BadOffering("min_joint_libraries as text", "min_joint_libraries", true,
                        body -> body.put("min_joint_libraries", "three")),
                new BadOffering("min_joint_libraries not a whole number", "min_joint_libraries", false,
                        body -> body.put("min_joint_libraries", 2.5)));

        for (BadOffering bad : cases) {
            Map<String, Object> body = bad.money() ? new LinkedHashMap<>(yearly) : robotKits();
            bad.change().accept(body);
            try {
                post(offerings, body).statusCode(400).contentType("application/problem+json")
                        .body("errors.field", hasItems(bad.field()));
                String offering = offerings + "/" + (bad.money() ? grant : kits);
                ifMatchOf(asAdmin(), offering).contentType(ContentType.JSON).body(body).put(offering)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("errors.field", hasItems(bad.field()));
            } catch (AssertionError e) {
                throw new AssertionError(bad + ": " + e.getMessage(), e);
            }
        }

        assertEquals(listed, given().get(offerings).then().statusCode(200).extract().asString());
        given().get("/api/v1/partners/" + partner).then().body("version", equalTo(3));
        assertEquals(before, database.counts());
    }

    @Test
    void aBlankDateOrCodeInAnOfferingIsRefusedNamingTheFieldAndWritesNothing() {
        // Expected before running: every body below is a 400 problem whose errors name exactly the blank field, on
        // create and on replace; afterwards the partner's offerings read as before and no partner, offering, outbox
        // or Idempotency-Key row was added.
        String partner = register(registration("Blank Input Partner " + token()));
        String kits = addOffering(partner, robotKits());
        Map<String, Object> yearly = grant();
        yearly.put("min_order", Map.of("amount", 5000));
        String grant = addOffering(partner, yearly);
        await().atMost(Duration.ofSeconds(30)).until(() -> database.counts().outbox() == 0L);
        Counts before = database.counts();
        String offerings = "/api/v1/partners/" + partner + "/offerings";
        String listed = given().get(offerings).then().statusCode(200).extract().asString();

        List<BadOffering> cases = List.of(
                new BadOffering("empty available_from", "available_from", false, body -> body.put("available_from", "")),
                new BadOffering("blank available_from", "available_from", false,
                        body -> body.put("available_from", "   ")),
                new BadOffering("NUL available_from", "available_from", false,
                        body -> body.put("available_from", "\u0000")),
                new BadOffering("empty available_until", "available_until", true, body -> body.put("available_until", "")),
                new BadOffering("empty horizon", "horizon", false, body -> body.put("horizon", "")),
                new BadOffering("empty type", "type", false, body -> body.put("type", "")),
                new BadOffering("empty period", "period", true, body -> body.put("period", "")),
                new BadOffering("empty condition code", "conditions[0].code", false,
                        body -> body.put("conditions", List.of(Map.of("code", "", "value", 20)))),
                new BadOffering("empty min_order currency", "min_order.currency", true,
                        body -> body.put("min_order", Map.of("amount", 5000, "currency", ""))));

        for (BadOffering bad : cases) {
            Map<String, Object> body = bad.money() ? new LinkedHashMap<>(yearly) : robotKits();
            bad.change().accept(body);
            try {
                post(offerings, body).statusCode(400).contentType("application/problem+json")
                        .body("errors.field", equalTo(List.of(bad.field())));
                String offering = offerings + "/" + (bad.money() ? grant : kits);
                ifMatchOf(asAdmin(), offering).contentType(ContentType.JSON).body(body).put(offering)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("errors.field", equalTo(List.of(bad.field())));
            } catch (AssertionError e) {
                throw new AssertionError(bad + ": " + e.getMessage(), e);
            }
        }

        assertEquals(listed, given().get(offerings).then().statusCode(200).extract().asString());
        assertEquals(before, database.counts());
    }

    /** A valid kits (quantity) or yearly grant (money) offering, changed into one that is refused for field. */
    private record BadOffering(String name, String field, boolean money, Consumer<Map<String, Object>> change) {

        @Override
        public String toString() {
            return name;
        }
    }
}

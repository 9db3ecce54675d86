package org.smartlibrary.partner.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartlibrary.partner.DatabaseRows;
import org.smartlibrary.partner.service.OfferingExpiryScheduler;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
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

/**
 * The partner-directory events as a consumer sees them on the real broker: one snapshot per change, valid against
 * the contracts schema, keyed by partner id, versions increasing in offset order; refused changes publish nothing;
 * removal ends with partner-removed and a tombstone.
 */
@QuarkusTest
class PartnerDirectoryEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OfferingExpiryScheduler expiry;

    @Inject
    DatabaseRows database;

    DirectoryTopic topic;

    @BeforeEach
    void subscribe() {
        topic = new DirectoryTopic();
    }

    @AfterEach
    void unsubscribe() {
        topic.close();
    }

    @Test
    void everyChangePublishesOneValidSnapshotInVersionOrderAndRemovalEndsWithATombstone() throws Exception {
        String name = "Brightbyte Robotics " + token();
        String id = register(registration(name));                                           // 1
        String kits = addOffering(id, robotKits());                                          // 2
        String grant = addOffering(id, grant());                                             // 3

        Map<String, Object> badOffering = robotKits();
        badOffering.put("amount", 100);
        post("/api/v1/partners/" + id + "/offerings", badOffering).statusCode(400);          // refused
        Map<String, Object> update = registration(name);
        update.put("service_area", Map.of("remote", true, "national", false, "regions", List.of(), "cities", List.of()));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(update)
                .put("/api/v1/partners/" + id).then().statusCode(412);                       // refused

        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(update)
                .put("/api/v1/partners/" + id).then().statusCode(200);                       // 4
        action("/api/v1/partners/" + id + "/offerings/" + kits + "/withdrawal").statusCode(200); // 5
        action("/api/v1/partners/" + id + "/offerings/" + kits + "/withdrawal").statusCode(200); // no change
        action("/api/v1/partners/" + id + "/confirmation").statusCode(200);             // 6
        ifMatchOf(asAdmin(), "/api/v1/partners/" + id).contentType(ContentType.JSON)
                .body(Map.of("verification", "VERIFIED"))
                .put("/api/v1/partners/" + id + "/verification").then().statusCode(200);    // 7
        database.update("UPDATE offering SET available_from = ?, available_until = ? WHERE id = ?::uuid",
                LocalDate.now().minusDays(30), LocalDate.now().minusDays(1), grant);
        assertTrue(expiry.runOnce() >= 1);                              // 8
        ifMatchOf(asAdmin(), "/api/v1/partners/" + id).delete("/api/v1/partners/" + id).then()
                .statusCode(204);                                                            // removed 9 + tombstone

        List<ConsumerRecord<String, String>> records = topic.until(id, r -> r.value() == null);

        assertEquals(10, records.size(), () -> "records: " + records);
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records.subList(0, 9)) {
            assertEquals(List.of(), PartnerDirectorySchema.errors(record.value()), record.value());
            JsonNode event = JSON.readTree(record.value());
            assertEquals(id, event.path("aggregate_id").asText());
            assertEquals(event.path("event_id").asText(), header(record, "event_id"));
            assertEquals(event.path("event_type").asText(), header(record, "event_type"));
            assertEquals("1.1", event.path("schema_version").asText());
            events.add(event);
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L),
                events.stream().map(e -> e.path("payload").path("version").asLong()).toList());
        assertTrue(events.subList(0, 8).stream().allMatch(e -> e.path("event_type").asText().equals("partner-snapshot")));
        assertEquals("partner-removed", events.get(8).path("event_type").asText());
        assertEquals(id, events.get(8).path("payload").path("partner_id").asText());

        assertEquals(0, events.get(0).path("payload").path("offerings").size());
        assertEquals(2, events.get(2).path("payload").path("offerings").size());
        assertTrue(events.get(3).path("payload").path("service_area").path("remote").asBoolean());
        assertEquals("WITHDRAWN", offering(events.get(4), kits).path("status").asText());
        assertEquals("VERIFIED", events.get(6).path("payload").path("verification").asText());
        assertEquals("EXPIRED", offering(events.get(7), grant).path("status").asText());
        assertEquals("WITHDRAWN", offering(events.get(7), kits).path("status").asText());
    }

    @Test
    void snapshotsCarryThePeriodTheMinimumOrderAndTheJointApplicationRule() throws Exception {
        String id = register(registration("Eligible Snapshot " + token()));                 // 1
        Map<String, Object> yearly = grant();
        yearly.put("period", "YEAR");
        yearly.put("min_order", Map.of("amount", 5000));
        yearly.put("min_joint_libraries", 3);
        String recurring = addOffering(id, yearly);                                          // 2
        String oneTime = addOffering(id, grant());                                           // 3
        Map<String, Object> kits = robotKits();
        kits.put("min_order", Map.of("quantity", 20));
        String kitsId = addOffering(id, kits);                                               // 4
        Map<String, Object> monthly = grant();
        monthly.put("amount", 4000);
        monthly.put("period", "MONTH");
        monthly.put("min_joint_libraries", 2);
        ifMatchOf(asAdmin(), "/api/v1/partners/" + id + "/offerings/" + recurring).contentType(ContentType.JSON)
                .body(monthly).put("/api/v1/partners/" + id + "/offerings/" + recurring).then().statusCode(200); // 5

        List<ConsumerRecord<String, String>> records =
                topic.until(id, r -> r.value() != null && r.value().contains("\"version\":5"));
        assertEquals(5, records.size(), () -> "records: " + records);
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            assertEquals(List.of(), PartnerDirectorySchema.errors(record.value()), record.value());
            JsonNode event = JSON.readTree(record.value());
            assertEquals("1.1", event.path("schema_version").asText());
            events.add(event);
        }

        JsonNode yearlyGrant = offering(events.get(3), recurring);
        assertEquals("YEAR", yearlyGrant.path("period").asText());
        assertEquals(5000, yearlyGrant.path("min_order").path("amount").asInt());
        assertEquals("EUR", yearlyGrant.path("min_order").path("currency").asText());
        assertTrue(yearlyGrant.path("min_order").path("quantity").isMissingNode());
        assertEquals(3, yearlyGrant.path("min_joint_libraries").asInt());

        JsonNode plainGrant = offering(events.get(3), oneTime);
        assertEquals("ONE_TIME", plainGrant.path("period").asText());
        assertTrue(plainGrant.path("min_order").isNull());
        assertTrue(plainGrant.path("min_joint_libraries").isNull());

        JsonNode kitsOffering = offering(events.get(3), kitsId);
        assertTrue(kitsOffering.path("period").isNull());
        assertEquals(20, kitsOffering.path("min_order").path("quantity").asInt());
        assertEquals("kits", kitsOffering.path("min_order").path("unit").asText());
        assertTrue(kitsOffering.path("min_order").path("amount").isMissingNode());

        JsonNode monthlyGrant = offering(events.get(4), recurring);
        assertEquals("MONTH", monthlyGrant.path("period").asText());
        assertEquals(4000, monthlyGrant.path("amount").asInt());
        assertTrue(monthlyGrant.path("min_order").isNull());
        assertEquals(2, monthlyGrant.path("min_joint_libraries").asInt());
    }

    @Test
    void eventsOfDifferentPartnersKeepTheirOwnOrder() {
        String first = register(registration("Order First " + token()));
        String second = register(registration("Order Second " + token()));
        for (int i = 0; i < 3; i++) {
            addOffering(first, robotKits());
            addOffering(second, grant());
        }
        for (String id : List.of(first, second)) {
            List<ConsumerRecord<String, String>> records =
                    topic.until(id, r -> r.value() != null && r.value().contains("\"version\":4"));
            assertEquals(List.of(1L, 2L, 3L, 4L), records.stream().map(r -> version(r.value())).toList());
            assertEquals(1, records.stream().map(ConsumerRecord::partition).distinct().count());
        }
    }

    private static long version(String json) {
        try {
            return JSON.readTree(json).path("payload").path("version").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode offering(JsonNode event, String offeringId) {
        for (JsonNode offering : event.path("payload").path("offerings")) {
            if (offering.path("offering_id").asText().equals(offeringId)) {
                return offering;
            }
        }
        throw new AssertionError("offering " + offeringId + " missing from " + event);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

package org.smartlibrary.matching.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.Api;
import org.smartlibrary.matching.Consortia;
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Events;
import org.smartlibrary.matching.Events.Place;
import org.smartlibrary.testkit.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two libraries, each needing 40 learning-software licences, and sellers of 40 licences each: one seller can serve
 * only one of them. With a single seller both are told the offering is oversubscribed (the first one after a
 * re-match); with two equivalent sellers the second library's plan goes to the other seller and says why, while its
 * ranking stays as it was. The seller's administrators read the demand on their offering.
 */
@QuarkusTest
class CapacityContentionFlowTest {

    private static final String DEMAND = "/api/v1/partners/{id}/demand";

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    private Events events;
    private final Place place = Place.unique();

    @BeforeEach
    void openProducer() {
        events = new Events(clients);
    }

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void twoLibrariesAskingForAllOfOneOfferingAreBothToldItIsOversubscribed() {
        ObjectNode seller = seller(40);
        String sellerId = Events.id(seller);
        events.send(Events.PARTNERS, seller);
        rows.awaitPartners(seller);

        ObjectNode first = library(40);
        events.send(Events.ASSESSMENTS, first);
        JsonPath alone = Api.awaitReady(Events.id(first), 1, 1);
        assertThat(alone.<String>getList("recommendations.partner_id")).containsExactly(sellerId);
        assertThat(alone.<String>getList("recommendations[0].flags")).doesNotContain("OVERSUBSCRIBED");
        assertThat(alone.<Integer>getList("coverage_plan.partners[0].asks.quantity")).containsExactly(40);

        ObjectNode second = library(40);
        events.send(Events.ASSESSMENTS, second);
        // the second library is matched while the first one's 40 are asked: 80 > 40
        JsonPath late = Api.awaitReady(Events.id(second), 1, 1);
        assertThat(late.<String>getList("recommendations.partner_id")).containsExactly(sellerId);
        assertThat(late.<String>getList("recommendations[0].flags")).contains("OVERSUBSCRIBED");
        assertThat(late.<String>getList("recommendations[0].covered_needs[0].flags")).contains("OVERSUBSCRIBED");
        // the first library is re-matched because the offering it relies on became oversubscribed
        JsonPath told = Api.awaitReadyWhere(Events.id(first),
                json -> json.<String>getList("recommendations[0].flags").contains("OVERSUBSCRIBED"));
        assertThat(told.getInt("recommendation_set_version")).isEqualTo(2);
        assertThat(told.getString("trigger")).isEqualTo("CAPACITY_CONTENTION");

        JsonPath demand = Api.asAdminOf(sellerId).get(DEMAND, sellerId).then().statusCode(200).extract().jsonPath();
        assertThat(demand.getString("partner_id")).isEqualTo(sellerId);
        assertThat(demand.<Object>getList("offerings")).hasSize(1);
        assertThat(demand.getInt("offerings[0].capacity")).isEqualTo(40);
        assertThat(demand.getString("offerings[0].unit")).isEqualTo("licenses");
        assertThat(demand.getInt("offerings[0].asked")).isEqualTo(80);
        assertThat(demand.getInt("offerings[0].libraries")).isEqualTo(2);
        assertThat(demand.getDouble("offerings[0].utilization")).isEqualTo(2.0);
        assertThat(demand.getBoolean("offerings[0].oversubscribed")).isTrue();
    }

    @Test
    void withAnEquivalentSellerTheSecondLibrarysPlanGoesThereAndSaysWhy() {
        ObjectNode firstSeller = seller(40);
        ObjectNode secondSeller = seller(40);
        events.send(Events.PARTNERS, firstSeller);
        events.send(Events.PARTNERS, secondSeller);
        rows.awaitPartners(firstSeller, secondSeller);

        ObjectNode first = library(40);
        events.send(Events.ASSESSMENTS, first);
        JsonPath alone = Api.awaitReady(Events.id(first), 1, 1);
        List<String> ranking = alone.getList("recommendations.partner_id");
        assertThat(ranking).hasSize(2);
        String best = ranking.get(0);
        String equivalent = ranking.get(1);
        assertThat(alone.<String>getList("coverage_plan.partner_ids")).containsExactly(best);

        ObjectNode second = library(40);
        events.send(Events.ASSESSMENTS, second);
        JsonPath balanced = Api.awaitReady(Events.id(second), 1, 1);
        // the ranking is about fit and stays; the plan takes the seller nobody else asks for
        assertThat(balanced.<String>getList("recommendations.partner_id")).containsExactly(best, equivalent);
        assertThat(balanced.<String>getList("coverage_plan.partner_ids")).containsExactly(equivalent);
        Map<String, Object> why = balanced.getMap("coverage_plan.partners[0].balanced_instead_of");
        assertThat(why.get("instead_of_partner_id")).isEqualTo(best);
        assertThat((String) why.get("text")).startsWith("chosen over ");
        assertThat(((Number) why.get("instead_of_contention")).doubleValue()).isEqualTo(2.0);
        assertThat(((Number) why.get("contention")).doubleValue()).isEqualTo(1.0);

        // each seller is asked for 40 by one library: nobody is oversubscribed, so nobody is re-matched
        for (String sellerId : List.of(best, equivalent)) {
            JsonPath demand = Api.asAdminOf(sellerId).get(DEMAND, sellerId).then().statusCode(200).extract()
                    .jsonPath();
            assertThat(demand.getInt("offerings[0].asked")).isEqualTo(40);
            assertThat(demand.getInt("offerings[0].libraries")).isEqualTo(1);
            assertThat(demand.getBoolean("offerings[0].oversubscribed")).isFalse();
        }
        assertThat(Api.recommendations(Events.id(first)).getInt("recommendation_set_version")).isEqualTo(1);
    }

    @Test
    void onlyThePartnersOwnAdministratorsPortalsAndPlatformAdministratorsReadTheDemand() {
        ObjectNode seller = seller(40);
        String sellerId = Events.id(seller);
        events.send(Events.PARTNERS, seller);
        rows.awaitPartners(seller);

        assertThat(Api.asAdminOf(sellerId).get(DEMAND, sellerId).statusCode()).isEqualTo(200);
        assertThat(Api.as(TestTokens.portal()).get(DEMAND, sellerId).statusCode()).isEqualTo(200);
        assertThat(Api.asPlatformAdmin().get(DEMAND, sellerId).statusCode()).isEqualTo(200);
        // another partner's administrator learns nothing, not even that the partner exists
        assertThat(Api.asAdminOf(UUID.randomUUID().toString()).get(DEMAND, sellerId).statusCode())
                .isEqualTo(404);
        assertThat(Api.asStaffOf(library(40)).get(DEMAND, sellerId).statusCode()).isEqualTo(403);
        assertThat(Api.asPlatformAdmin().get(DEMAND, UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    /** A software company at this place selling 40 licences, any number at once. */
    private ObjectNode seller(int licences) {
        ObjectNode partner = Consortia.licenceSeller(place, 1);
        ObjectNode offering = (ObjectNode) Events.offerings(partner).get(0);
        offering.putNull("min_order");
        offering.put("quantity", licences);
        return partner;
    }

    /** A library at this place, in no consortium, needing {@code licences} learning-software licences. */
    private ObjectNode library(int licences) {
        ObjectNode member = Consortia.member(place, "unused", licences);
        ((ObjectNode) member.get("payload").get("library")).putNull("consortium");
        return member;
    }
}

package org.smartlibrary.matching.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import org.smartlibrary.testkit.TopicProbe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consortium of small libraries, each needing 30 learning-software licences, and a software company that sells no
 * fewer than 100: alone no library reaches the minimum order, pooled they do. What the consortium's analyst sees, how
 * a member's revision and a member leaving change the pool, who may read it, and the conditional GET.
 */
@QuarkusTest
class ConsortiumRecommendationsTest {

    private static final String PUBLISHED = "consortium-recommendations-ready";

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    private Events events;
    private final Place place = Place.unique();
    private final String consortium = Consortia.uniqueName();

    @BeforeEach
    void openProducer() {
        events = new Events(clients);
    }

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void fourSmallLibrariesTogetherReachAMinimumOrderNoneReachesAlone() throws IOException {
        ObjectNode seller = Consortia.licenceSeller(place, 100);
        String sellerId = Events.id(seller);
        events.send(Events.PARTNERS, seller);
        rows.awaitPartners(seller);

        try (TopicProbe probe = TopicProbe.open(clients.bootstrapServers(), PUBLISHED)) {
            List<ObjectNode> members = completeMembers(4, 30);
            JsonPath pooled = Consortia.awaitMembers(consortium, 4);

            // each library alone: 30 < 100, the seller is excluded for its minimum order
            for (ObjectNode member : members) {
                JsonPath own = Api.awaitReady(Events.id(member), 1, 1);
                assertThat(own.<String>getList("recommendations.partner_id")).doesNotContain(sellerId);
                List<Map<String, Object>> excluded = RecommendationFlowTest.allExcluded(member);
                assertThat(excluded).anySatisfy(candidate -> {
                    assertThat(candidate.get("partner_id")).isEqualTo(sellerId);
                    assertThat(candidate.toString()).contains("BELOW_MIN_ORDER");
                });
            }

            // pooled: 120 licences from 4 libraries, which the seller covers; each library would get its 30
            assertThat(pooled.getString("consortium")).isEqualTo(consortium);
            assertThat(pooled.<String>getList("members.library_id")).containsExactlyInAnyOrderElementsOf(
                    members.stream().map(member -> Events.libraryId(member).toString()).toList());
            assertThat(pooled.<Integer>getList("members.revision")).containsOnly(1);
            assertThat(pooled.<Object>getList("pooled_needs")).hasSize(1);
            String poolKey = pooled.getString("pooled_needs[0].pool_key");
            assertThat(pooled.getString("pooled_needs[0].need_type")).isEqualTo(Consortia.LICENSES);
            assertThat(pooled.getInt("pooled_needs[0].quantity")).isEqualTo(120);
            assertThat(pooled.getString("pooled_needs[0].unit")).isEqualTo("licenses");
            assertThat(pooled.getInt("pooled_needs[0].libraries")).isEqualTo(4);
            assertThat(pooled.<Integer>getList("pooled_needs[0].contributions.gap")).containsOnly(30);
            assertThat(pooled.<String>getList("recommendations.partner_id")).containsExactly(sellerId);
            assertThat(pooled.<String>getList("recommendations[0].covered_needs.pool_key")).containsExactly(poolKey);
            assertThat(pooled.getBoolean("recommendations[0].covered_needs[0].partial")).isFalse();
            assertThat(pooled.<String>getList("coverage_plan.partner_ids")).containsExactly(sellerId);
            assertThat(pooled.<Object>getList("unmet_needs")).isEmpty();
            assertThat(pooled.<Object>getList("shares")).hasSize(4);
            assertThat(pooled.<String>getList("shares.pool_key")).containsOnly(poolKey);
            assertThat(pooled.<Integer>getList("shares.gap")).containsOnly(30);
            assertThat(pooled.<Integer>getList("shares.share")).containsOnly(30);
            assertThat(pooled.getString("evaluated_on")).isNotNull();

            // the set is published, valid against its contract, keyed by the consortium
            String key = ConsortiumKeys.aggregateId(consortium);
            int version = pooled.getInt("set_version");
            List<ConsumerRecord<String, String>> published = probe.await(record -> key.equals(record.key())
                    && JsonPath.from(record.value()).getInt("payload.set_version") == version, 1, Api.TIMEOUT);
            String value = published.get(0).value();
            assertThat(schema().validate(value, InputFormat.JSON)).isEmpty();
            JsonPath event = JsonPath.from(value);
            assertThat(event.getString("event_type")).isEqualTo(PUBLISHED);
            assertThat(event.getString("aggregate_id")).isEqualTo(key);
            assertThat(event.getString("payload.consortium")).isEqualTo(consortium);
            assertThat(event.<Integer>getList("payload.shares.share")).containsOnly(30);
        }
    }

    @Test
    void eachMembersOwnRecommendationsShowThePartnerItReachesOnlyThroughTheConsortium() {
        ObjectNode seller = Consortia.licenceSeller(place, 100);
        String sellerId = Events.id(seller);
        String offeringId = Events.offering(seller, Consortia.LICENSES).get("offering_id").asText();
        events.send(Events.PARTNERS, seller);
        rows.awaitPartners(seller);
        List<ObjectNode> members = completeMembers(4, 30);
        int consortiumVersion = Consortia.awaitMembers(consortium, 4).getInt("set_version");

        for (ObjectNode member : members) {
            // the library's own set still does not rank the seller (30 < 100), but names the route through the pool
            JsonPath own = Api.awaitReadyWhere(Events.id(member), json -> !json.getList("via_consortium").isEmpty());
            assertThat(own.<String>getList("recommendations.partner_id")).doesNotContain(sellerId);
            assertThat(own.<String>getList("via_consortium.partner_id")).containsExactly(sellerId);
            assertThat(own.getString("via_consortium[0].consortium")).isEqualTo(consortium);
            assertThat(own.getInt("via_consortium[0].consortium_set_version")).isEqualTo(consortiumVersion);
            assertThat(own.<String>getList("via_consortium[0].flags")).containsExactly("VIA_CONSORTIUM");
            assertThat(own.<String>getList("via_consortium[0].needs.need_id"))
                    .containsExactly(Events.needId(member, Consortia.LICENSES));
            assertThat(own.<String>getList("via_consortium[0].needs.offering_id")).containsExactly(offeringId);
            assertThat(own.<Integer>getList("via_consortium[0].needs.share")).containsExactly(30);
            assertThat(own.getString("via_consortium[0].text"))
                    .contains(consortium, "120 licenses from 4 libraries", "share would be 30 licenses");
            assertThat(own.<Boolean>getList("via_consortium[0].needs.planned")).containsExactly(true);
            String link = own.getString("via_consortium[0].consortium_recommendations");
            assertThat(Api.as(TestTokens.consortiumAnalyst(consortium)).urlEncodingEnabled(false).get(link)
                    .statusCode()).isEqualTo(200);
            // the route is news against the set before it
            assertThat(own.<String>getList("changes.via_consortium_added.partner_id")).containsExactly(sellerId);
        }

        // the seller's demand: the pool's 120 licences, each of the 4 libraries counted once
        JsonPath demand = Api.asAdminOf(sellerId).get("/api/v1/partners/{id}/demand", sellerId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(demand.<String>getList("offerings.offering_id")).containsExactly(offeringId);
        assertThat(demand.getInt("offerings[0].asked")).isEqualTo(120);
        assertThat(demand.getInt("offerings[0].libraries")).isEqualTo(4);
        assertThat(demand.getBoolean("offerings[0].oversubscribed")).isFalse();
    }

    @Test
    void aMemberRevisionStoresExactlyOneNewSetVersionSayingWhatChanged() {
        ObjectNode seller = Consortia.licenceSeller(place, 100);
        events.send(Events.PARTNERS, seller);
        rows.awaitPartners(seller);
        List<ObjectNode> members = completeMembers(4, 30);
        int before = Consortia.awaitMembers(consortium, 4).getInt("set_version");

        ObjectNode revised = Consortia.revision(members.get(0), 2, consortium, 50);
        events.send(Events.ASSESSMENTS, revised);
        JsonPath after = Consortia.awaitSettled(consortium,
                json -> json.<Integer>getList("members.revision").contains(2));

        assertThat(after.getInt("set_version")).isEqualTo(before + 1);
        assertThat(rows.consortiumSets(consortium)).isEqualTo(before + 1L);
        assertThat(after.getInt("pooled_needs[0].quantity")).isEqualTo(140);
        assertThat(after.getInt("changes.compared_with_set_version")).isEqualTo(before);
        assertThat(after.<String>getList("changes.members_revised.library_id"))
                .containsExactly(Events.libraryId(members.get(0)).toString());
        assertThat(after.getInt("changes.members_revised[0].previous_revision")).isEqualTo(1);
        assertThat(after.getInt("changes.members_revised[0].revision")).isEqualTo(2);
        assertThat(after.getInt("changes.pooled_needs_changed[0].previous_total")).isEqualTo(120);
        assertThat(after.getInt("changes.pooled_needs_changed[0].total")).isEqualTo(140);
        assertThat(after.<Object>getList("changes.members_joined")).isEmpty();
        assertThat(after.<Object>getList("changes.members_left")).isEmpty();
        // the revised library would get its 50, the others their 30
        assertThat(after.<Integer>getList("shares.share")).containsExactlyInAnyOrder(50, 30, 30, 30);
    }

    @Test
    void aLibraryThatMovesToAnotherConsortiumTakesItsDemandAlong() {
        ObjectNode seller = Consortia.licenceSeller(place, 100);
        String sellerId = Events.id(seller);
        events.send(Events.PARTNERS, seller);
        rows.awaitPartners(seller);
        List<ObjectNode> members = completeMembers(4, 30);
        JsonPath before = Consortia.awaitMembers(consortium, 4);
        assertThat(before.<String>getList("recommendations.partner_id")).containsExactly(sellerId);
        String poolKey = before.getString("pooled_needs[0].pool_key");

        String other = Consortia.uniqueName();
        ObjectNode moving = members.get(3);
        events.send(Events.ASSESSMENTS, Consortia.revision(moving, 2, other, 30));
        JsonPath after = Consortia.awaitMembers(consortium, 3);

        // 90 licences from 3 libraries no longer reach the minimum order of 100
        assertThat(after.<String>getList("members.library_id"))
                .doesNotContain(Events.libraryId(moving).toString());
        assertThat(after.getInt("pooled_needs[0].quantity")).isEqualTo(90);
        assertThat(after.getInt("pooled_needs[0].libraries")).isEqualTo(3);
        assertThat(after.<String>getList("recommendations.partner_id")).doesNotContain(sellerId);
        assertThat(after.<String>getList("changes.members_left.library_id"))
                .containsExactly(Events.libraryId(moving).toString());
        assertThat(after.<String>getList("changes.partners_removed.partner_id")).containsExactly(sellerId);
        assertThat(after.<String>getList("changes.needs_newly_unmet")).containsExactly(poolKey);
        assertThat(after.<String>getList("unmet_needs.pool_key")).containsExactly(poolKey);
        assertThat(after.<Integer>getList("shares.share")).containsOnly(0);

        // the library now pools its 30 with the other consortium, alone there
        JsonPath joined = Consortia.awaitMembers(other, 1);
        assertThat(joined.getInt("pooled_needs[0].quantity")).isEqualTo(30);
        assertThat(joined.<String>getList("recommendations.partner_id")).doesNotContain(sellerId);
    }

    @Test
    void onlyTheConsortiumsAnalystsPortalsAndPlatformAdministratorsReadIt() {
        List<ObjectNode> members = completeMembers(1, 30);
        Consortia.awaitMembers(consortium, 1);

        Response own = Api.as(TestTokens.consortiumAnalyst(consortium)).get(Consortia.RECOMMENDATIONS, consortium);
        assertThat(own.statusCode()).isEqualTo(200);
        // consortium names compare case-insensitively, in the token as in the path
        assertThat(Api.as(TestTokens.consortiumAnalyst(consortium.toUpperCase(Locale.ROOT)))
                .get(Consortia.RECOMMENDATIONS, consortium.toLowerCase(Locale.ROOT)).statusCode()).isEqualTo(200);
        assertThat(Api.as(TestTokens.portal()).get(Consortia.RECOMMENDATIONS, consortium).statusCode()).isEqualTo(200);
        assertThat(Api.asPlatformAdmin().get(Consortia.RECOMMENDATIONS, consortium).statusCode()).isEqualTo(200);

        // another consortium's analyst: the same 404 problem as a consortium without recommendations
        Response foreign = Api.as(TestTokens.consortiumAnalyst(Consortia.uniqueName()))
                .get(Consortia.RECOMMENDATIONS, consortium);
        Response unknown = Api.asPlatformAdmin().get(Consortia.RECOMMENDATIONS, Consortia.uniqueName());
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.jsonPath().getString("title")).isEqualTo(unknown.jsonPath().getString("title"));
        assertThat(foreign.jsonPath().getString("type")).isEqualTo(unknown.jsonPath().getString("type"));
        // an analyst's token without a consortium owns none
        assertThat(Api.as(TestTokens.consortiumAnalyst(" ")).get(Consortia.RECOMMENDATIONS, consortium).statusCode())
                .isEqualTo(404);

        // library staff, even of a member library, and partner admins have no consortium role: 403
        Response staff = Api.asStaffOf(members.get(0)).get(Consortia.RECOMMENDATIONS, consortium);
        assertThat(staff.statusCode()).isEqualTo(403);
        assertThat(staff.contentType()).startsWith("application/problem+json");
        assertThat(Api.as(TestTokens.partnerAdmin(UUID.randomUUID())).get(Consortia.RECOMMENDATIONS, consortium)
                .statusCode()).isEqualTo(403);
        assertThat(io.restassured.RestAssured.given().get(Consortia.RECOMMENDATIONS, consortium).statusCode())
                .isEqualTo(401);
    }

    @Test
    void theSetVersionIsTheETagAndAnUnchangedSetAnswers304() {
        completeMembers(2, 30);
        int version = Consortia.awaitMembers(consortium, 2).getInt("set_version");

        Response first = Api.asPlatformAdmin().get(Consortia.RECOMMENDATIONS, consortium);
        assertThat(first.getHeader("ETag")).isEqualTo("\"" + version + "\"");
        Response unchanged = Api.asPlatformAdmin().header("If-None-Match", "\"" + version + "\"")
                .get(Consortia.RECOMMENDATIONS, consortium);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.getHeader("ETag")).isEqualTo("\"" + version + "\"");
        assertThat(unchanged.asString()).isEmpty();
        Response stale = Api.asPlatformAdmin().header("If-None-Match", "\"" + (version + 7) + "\"")
                .get(Consortia.RECOMMENDATIONS, consortium);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.jsonPath().getInt("set_version")).isEqualTo(version);
    }

    /** {@code count} member libraries at this test's place complete an assessment needing {@code seats} licences. */
    private List<ObjectNode> completeMembers(int count, int seats) {
        List<ObjectNode> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode member = Consortia.member(place, consortium, seats);
            events.send(Events.ASSESSMENTS, member);
            members.add(member);
        }
        return members;
    }

    private static Schema schema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = ConsortiumRecommendationsTest.class.getResourceAsStream(
                "/contracts/events/consortium-recommendations-ready/v1/schema.json")) {
            return registry.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    /** The Kafka key of a consortium's events, computed as the contract states it. */
    private static final class ConsortiumKeys {
        static String aggregateId(String consortium) {
            return UUID.nameUUIDFromBytes(("consortium:" + consortium.toLowerCase(Locale.ROOT))
                    .getBytes(StandardCharsets.UTF_8)).toString();
        }
    }
}

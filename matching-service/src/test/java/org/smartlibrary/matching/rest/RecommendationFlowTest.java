package org.smartlibrary.matching.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.Api;
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Decimals;
import org.smartlibrary.matching.Events;
import org.smartlibrary.matching.Events.Place;
import org.smartlibrary.testkit.TopicProbe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The whole service path on the real broker and database: partner snapshots and a completed assessment (built from
 * the contract examples) go in, ranked and explained recommendations with their flags, related-type alternatives and
 * the match date come out of the API and as a schema-valid recommendations-ready 1.1 event, every figure with at
 * most 4 decimals; an offering change produces a new set version.
 */
@QuarkusTest
class RecommendationFlowTest {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

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
    void completedAssessmentGetsRankedExplainedRecommendationsAndAReadyEvent() throws IOException {
        ObjectNode robotics = Events.partner("partner-snapshot-it-company", place, 7);
        ObjectNode university = Events.partner("partner-snapshot-university-remote", place, 1);
        ObjectNode foundation = Events.partner("partner-snapshot-foundation", place, 3);
        // an expired robotics offering: excluded by two gates
        Events.offerings(foundation).add(expiredRoboticsOffering());
        // equipment money, related to robotics: an idea for the robotics need, never a cover
        ObjectNode ideas = Events.partner("partner-snapshot-foundation-recurring", place, 4);
        events.send(Events.PARTNERS, robotics);
        events.send(Events.PARTNERS, university);
        events.send(Events.PARTNERS, foundation);
        events.send(Events.PARTNERS, ideas);
        rows.awaitPartners(robotics, university, foundation, ideas);
        ObjectNode assessment = Events.assessment(place);
        String assessmentId = Events.id(assessment);
        String roboticsNeed = Events.needId(assessment, "TECHNOLOGY.ROBOTICS");
        String programNeed = Events.needId(assessment, "FINANCIAL.PROGRAM");

        try (TopicProbe probe = TopicProbe.open(clients.bootstrapServers(), Events.RECOMMENDATIONS)) {
            LocalDate matchedFrom = LocalDate.now(ZoneOffset.UTC);
            events.send(Events.ASSESSMENTS, assessment);
            JsonPath ready = Api.awaitReady(assessmentId, 1, 1);
            LocalDate evaluatedOn = LocalDate.parse(ready.getString("evaluated_on"));
            assertThat(evaluatedOn).isBetween(matchedFrom, LocalDate.now(ZoneOffset.UTC));

            assertThat(ready.getInt("recommendation_set_version")).isEqualTo(1);
            assertThat(ready.getString("trigger")).isEqualTo("ASSESSMENT_COMPLETED");
            assertThat(ready.getInt("partners_matched")).isEqualTo(3);
            List<String> ranked = ready.getList("recommendations.partner_id");
            assertThat(ranked).containsExactlyInAnyOrder(Events.id(robotics), Events.id(university), Events.id(foundation));
            assertThat(ready.<Integer>getList("recommendations.rank")).containsExactly(1, 2, 3);
            List<Float> scores = ready.getList("recommendations.score");
            assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));

            Map<String, Object> roboticsCover = coveredNeed(ready, Events.id(robotics), roboticsNeed);
            assertThat(roboticsCover).doesNotContainKeys("type_match", "notes");
            assertThat(roboticsCover.get("offering_type")).isEqualTo("TECHNOLOGY.ROBOTICS");
            assertThat(((Number) roboticsCover.get("coverage")).doubleValue()).isCloseTo(0.5357, org.assertj.core.data.Offset.offset(1e-6)); // 150 / 280, 4 decimals
            assertThat(roboticsCover.get("partial")).isEqualTo(true);
            assertThat(roboticsCover.get("flags")).asInstanceOf(LIST).contains("PARTIAL_COVER");
            assertThat(flags(ready, Events.id(robotics))).contains("PARTIAL_COVER");
            // PENDING verification, and co-funding the assessment does not state
            assertThat(flags(ready, Events.id(foundation))).contains("UNVERIFIED", "CONDITION_COST");
            assertThat(coveredNeed(ready, Events.id(foundation), programNeed).get("flags")).asInstanceOf(LIST)
                    .contains("CONDITION_COST");
            assertThat(flags(ready, Events.id(university))).doesNotContain("UNVERIFIED");
            List<Map<String, Object>> explanation = ready.getList(
                    "recommendations.find { it.partner_id == '" + Events.id(robotics) + "' }.explanation");
            assertThat(explanation).anySatisfy(item -> {
                assertThat(item.get("criterion")).isEqualTo("CAPACITY");
                assertThat(item.get("need_id")).isEqualTo(roboticsNeed);
                assertThat((String) item.get("text")).contains("150");
            });
            assertThat(explanation).anySatisfy(item -> {
                assertThat(item.get("criterion")).isEqualTo("GEOGRAPHY");
                assertThat(item.get("need_id")).isNull();
            });
            assertThat(explanation).extracting(item -> item.get("criterion"))
                    .contains("CAPACITY", "HORIZON_FIT", "PRIORITY", "GEOGRAPHY", "RECIPROCITY", "FRESHNESS")
                    .doesNotContain("TYPE_FIT");

            List<Map<String, Object>> alternatives = ready.getList("alternatives");
            assertThat(alternatives).anySatisfy(idea -> {
                assertThat(idea.get("need_id")).isEqualTo(roboticsNeed);
                assertThat(idea.get("partner_id")).isEqualTo(Events.id(ideas));
                assertThat(idea.get("offering_type")).isEqualTo("FINANCIAL.EQUIPMENT");
                assertThat(idea.get("partner_name")).isEqualTo(ideas.get("payload").get("name").asText());
                assertThat((String) idea.get("text")).contains("FINANCIAL.EQUIPMENT", "TECHNOLOGY.ROBOTICS");
            });
            // ideas never count
            assertThat(ranked).doesNotContain(Events.id(ideas));
            assertThat(ready.<String>getList("coverage_plan.partner_ids")).doesNotContain(Events.id(ideas));

            assertThat(ready.<String>getList("coverage_plan.partner_ids"))
                    .contains(Events.id(robotics), Events.id(university), Events.id(foundation));
            assertThat(ready.getDouble("coverage_plan.covered_weight")).isPositive()
                    .isLessThan(ready.getDouble("coverage_plan.total_weight"));
            Map<String, String> unmet = ready.<Map<String, Object>>getList("unmet_needs").stream()
                    .collect(Collectors.toMap(need -> (String) need.get("need_id"), need -> (String) need.get("reason")));
            assertThat(unmet).containsEntry(Events.needId(assessment, "HUMAN.DESIGN_EXPERTISE"), "NO_CANDIDATE")
                    .containsEntry(Events.needId(assessment, "HUMAN.STAFF_SKILLS"), "NO_CANDIDATE")
                    .containsEntry(roboticsNeed, "INSUFFICIENT_CAPACITY");
            assertThat(ready.<String>getList("changes.partners_added")).hasSize(3);

            List<ConsumerRecord<String, String>> published = probe.await(
                    record -> assessmentId.equals(record.key()), 1, Api.TIMEOUT);
            String value = published.get(0).value();
            assertThat(recommendationsReadySchema().validate(value, InputFormat.JSON)).isEmpty();
            JsonPath event = JsonPath.from(value);
            assertThat(event.getString("event_type")).isEqualTo("recommendations-ready");
            assertThat(event.getString("schema_version")).isEqualTo("1.2");
            assertThat(event.getString("payload.evaluated_on")).isEqualTo(evaluatedOn.toString());
            assertThat(event.<List<String>>getList("payload.recommendations.flags"))
                    .isEqualTo(ready.<List<String>>getList("recommendations.flags"));
            assertThat(event.<List<String>>getList("payload.recommendations.covered_needs.flags"))
                    .isEqualTo(ready.<List<String>>getList("recommendations.covered_needs.flags"));
            assertThat(event.<Object>getList("payload.alternatives")).isEqualTo(ready.getList("alternatives"));
            // 1.2: what the plan asks of each offering, as the API shows it
            assertThat(event.<Object>getList("payload.coverage_plan.partners.asks"))
                    .isEqualTo(ready.getList("coverage_plan.partners.asks"));
            assertThat(event.<Object>getList("payload.via_consortium")).isEmpty();
            assertThat(Decimals.over(4, value)).isEmpty();
            assertThat(Decimals.fractional(value)).isPositive();
            assertThat(event.getString("producer")).isEqualTo("matching-service");
            assertThat(event.getInt("payload.recommendation_set_version")).isEqualTo(1);
            assertThat(event.<String>getList("payload.recommendations.partner_id")).isEqualTo(ranked);
            assertThat(new String(published.get(0).headers().lastHeader("event_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("recommendations-ready");
        }

        String served = Api.asStaffOf(assessment).get("/api/v1/assessments/{id}/recommendations", assessmentId)
                .then().statusCode(200).extract().asString();
        assertThat(Decimals.over(4, served)).isEmpty();
        assertThat(Decimals.fractional(served)).isPositive();

        List<Map<String, Object>> excluded = allExcluded(assessment);
        assertThat(excluded).anySatisfy(candidate -> {
            assertThat(candidate.get("partner_id")).isEqualTo(Events.id(foundation));
            assertThat(candidate.get("offering_type")).isEqualTo("TECHNOLOGY.ROBOTICS");
            assertThat(candidate.get("need_id")).isEqualTo(roboticsNeed);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> reasons = (List<Map<String, Object>>) candidate.get("reasons");
            assertThat(reasons).extracting(reason -> reason.get("gate") + "/" + reason.get("code"))
                    .containsExactlyInAnyOrder("STATUS/NOT_ACTIVE", "AVAILABILITY/WINDOW_ENDED");
            assertThat(reasons).allSatisfy(reason -> assertThat((String) reason.get("text")).isNotBlank());
        });
        // only offerings of a need's exact type are candidates: related ones are ideas, never excluded candidates
        assertThat(excluded).noneSatisfy(candidate ->
                assertThat(candidate.get("partner_id")).isIn(Events.id(university), Events.id(ideas)));

        Api.asAdminOf(Events.id(robotics)).get("/api/v1/partners/{id}/matching-libraries", Events.id(robotics)).then()
                .statusCode(200)
                .body("items.assessment_id", hasItem(assessmentId))
                .body("items.find { it.assessment_id == '" + assessmentId + "' }.library_name",
                        equalTo("Eindhoven City Library"))
                .body("items.find { it.assessment_id == '" + assessmentId + "' }.covered_needs.need_id",
                        hasItem(roboticsNeed));
    }

    @Test
    void anOfferingChangeProducesANewSetVersionWithWhatChanged() {
        ObjectNode robotics = Events.partner("partner-snapshot-it-company", place, 7);
        ObjectNode university = Events.partner("partner-snapshot-university-remote", place, 1);
        events.send(Events.PARTNERS, robotics);
        events.send(Events.PARTNERS, university);
        rows.awaitPartners(robotics, university);
        ObjectNode assessment = Events.assessment(place);
        String assessmentId = Events.id(assessment);
        events.send(Events.ASSESSMENTS, assessment);
        JsonPath first = Api.awaitReady(assessmentId, 1, 1);
        String roboticsNeed = Events.needId(assessment, "TECHNOLOGY.ROBOTICS");
        assertThat(((Number) coveredNeed(first, Events.id(robotics), roboticsNeed).get("coverage")).doubleValue())
                .isCloseTo(150.0 / 280, within());
        assertThat(coveredNeed(first, Events.id(robotics), roboticsNeed).get("flags")).asInstanceOf(LIST).contains("PARTIAL_COVER");

        ObjectNode moreKits = Events.withVersion(robotics, 8);
        Events.offering(moreKits, "TECHNOLOGY.ROBOTICS").put("quantity", 400);
        ObjectNode foundation = Events.partner("partner-snapshot-foundation", place, 3);
        events.send(Events.PARTNERS, moreKits);
        JsonPath second = Api.awaitReady(assessmentId, 1, 2);

        assertThat(second.getString("trigger")).isEqualTo("PARTNER_CHANGED");
        assertThat(second.getInt("changes.compared_with_set_version")).isEqualTo(1);
        assertThat(second.getInt("changes.compared_with_revision")).isEqualTo(1);
        assertThat(((Number) coveredNeed(second, Events.id(robotics), roboticsNeed).get("coverage")).doubleValue())
                .isCloseTo(1.0, within());
        assertThat(coveredNeed(second, Events.id(robotics), roboticsNeed).get("flags")).asInstanceOf(LIST)
                .doesNotContain("PARTIAL_COVER");
        assertThat(second.<String>getList("unmet_needs.need_id")).doesNotContain(roboticsNeed);

        events.send(Events.PARTNERS, foundation);
        JsonPath third = Api.awaitReady(assessmentId, 1, 3);
        assertThat(third.<String>getList("changes.partners_added.partner_id")).containsExactly(Events.id(foundation));
        assertThat(third.<String>getList("recommendations.partner_id")).contains(Events.id(foundation));
        Api.asStaffOf(assessment).get("/api/v1/assessments/{id}/recommendations", assessmentId).then()
                .header("ETag", equalTo("\"1.3\""))
                .body("refresh_pending", equalTo(false))
                .body("recommendation_set_version", equalTo(3));
    }

    @Test
    void unknownAssessmentIsANotFoundProblemAndMetricsAreExposed() {
        Api.asPlatformAdmin().get("/api/v1/assessments/{id}/recommendations", java.util.UUID.randomUUID()).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/not-found"));
        Api.asPlatformAdmin().get("/api/v1/assessments/not-a-uuid/recommendations").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("assessmentId"));
        Api.asPlatformAdmin().get("/api/v1/partners/{id}/matching-libraries", java.util.UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
        Api.asPlatformAdmin().queryParam("limit", 0).get("/api/v1/partners/{id}/matching-libraries", java.util.UUID.randomUUID())
                .then().statusCode(400);
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'matching consumers' }.status", equalTo("UP"));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("slp_matching_consumer_lag", "slp_matching_readmodel_partners",
                "slp_matching_requests_backlog", "slp_matching_events_processed_total",
                "slp_matching_match_duration_seconds");
        Set<String> tags = Set.of(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getList("tags.name").toArray(String[]::new));
        assertThat(tags).contains("Recommendations", "Partner matches");
    }

    /**
     * Every page of the excluded candidates (other tests' partners are excluded too: outside the service area), read
     * by staff of the assessment's library; every page from the same set version.
     */
    static List<Map<String, Object>> allExcluded(ObjectNode assessment) {
        String assessmentId = Events.id(assessment);
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        String cursor = null;
        Integer setVersion = null;
        do {
            var request = Api.asStaffOf(assessment).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/assessments/{id}/recommendations/excluded", assessmentId).then()
                    .statusCode(200).extract().jsonPath();
            if (setVersion == null) {
                setVersion = page.getInt("recommendation_set_version");
            }
            assertThat(page.getInt("recommendation_set_version")).isEqualTo(setVersion);
            all.addAll(page.getList("items"));
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        return all;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> coveredNeed(JsonPath recommendations, String partnerId, String needId) {
        List<Map<String, Object>> covered = recommendations.getList(
                "recommendations.find { it.partner_id == '" + partnerId + "' }.covered_needs");
        return covered.stream().filter(need -> needId.equals(need.get("need_id"))).findFirst()
                .orElseThrow(() -> new AssertionError("partner " + partnerId + " does not cover need " + needId
                        + " in " + recommendations.prettify()));
    }

    /** Served figures have 4 decimals. */
    static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.5e-4);
    }

    static List<String> flags(JsonPath recommendations, String partnerId) {
        return recommendations.getList("recommendations.find { it.partner_id == '" + partnerId + "' }.flags");
    }

    /** A TECHNOLOGY.ROBOTICS offering that expired at the end of 2024. */
    static ObjectNode expiredRoboticsOffering() {
        ObjectNode offering = JSON.createObjectNode();
        offering.put("offering_id", java.util.UUID.randomUUID().toString());
        offering.put("category", "TECHNOLOGY");
        offering.put("type", "TECHNOLOGY.ROBOTICS");
        offering.put("description", "Robot kits from a finished programme.");
        offering.put("quantity", 40);
        offering.put("unit", "kits");
        offering.put("available_from", "2024-01-01");
        offering.put("available_until", "2024-12-31");
        offering.put("horizon", "SHORT_TERM");
        offering.set("conditions", JSON.createArrayNode());
        offering.put("status", "EXPIRED");
        return offering;
    }

    static Schema recommendationsReadySchema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = RecommendationFlowTest.class.getResourceAsStream(
                "/contracts/events/recommendations-ready/v1/schema.json")) {
            return registry.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }
}

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
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Events;
import org.smartlibrary.matching.Events.Place;
import org.smartlibrary.matching.api.ExclusionReasonCode;
import org.smartlibrary.matching.api.MatchFlag;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Flags on the served recommendations, and reading only the recommendations that carry (or do not carry) some of
 * them: {@code flag} and {@code exclude_flag}, repeatable; an unknown code is a 400 problem naming the parameter.
 */
@QuarkusTest
class RecommendationFlagsTest {

    private static final String RECOMMENDATIONS = "/api/v1/assessments/{id}/recommendations";

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    private Events events;
    private ObjectNode assessment;
    private String assessmentId;
    private String robotics;
    private String foundation;
    private JsonPath all;

    @BeforeEach
    void recommendThreePartners() {
        events = new Events(clients);
        Place place = Place.unique();
        ObjectNode roboticsSnapshot = Events.partner("partner-snapshot-it-company", place, 7);
        ObjectNode university = Events.partner("partner-snapshot-university-remote", place, 1);
        ObjectNode foundationSnapshot = Events.partner("partner-snapshot-foundation", place, 3);
        events.send(Events.PARTNERS, roboticsSnapshot);
        events.send(Events.PARTNERS, university);
        events.send(Events.PARTNERS, foundationSnapshot);
        rows.awaitPartners(roboticsSnapshot, university, foundationSnapshot);
        assessment = Events.assessment(place);
        assessmentId = Events.id(assessment);
        robotics = Events.id(roboticsSnapshot);
        foundation = Events.id(foundationSnapshot);
        events.send(Events.ASSESSMENTS, assessment);
        all = Api.awaitReady(assessmentId, 1, 1);
        assertThat(all.<String>getList("recommendations.partner_id")).hasSize(3);
    }

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void everyRecommendationAndCoverCarriesItsFlags() {
        List<Map<String, Object>> recommendations = all.getList("recommendations");
        Set<String> codes = Set.copyOf(Arrays.stream(MatchFlag.values()).map(Enum::name).toList());
        for (Map<String, Object> recommendation : recommendations) {
            assertThat(recommendation).containsKey("flags");
            assertThat(strings(recommendation.get("flags"))).allMatch(codes::contains).doesNotHaveDuplicates();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> covered = (List<Map<String, Object>>) recommendation.get("covered_needs");
            for (Map<String, Object> cover : covered) {
                List<String> coverFlags = strings(cover.get("flags"));
                // a partner carries every flag of its covers
                assertThat(strings(recommendation.get("flags"))).containsAll(coverFlags);
            }
        }
        assertThat(flagsOf(all, foundation)).contains("UNVERIFIED");
        assertThat(flagsOf(all, robotics)).contains("PARTIAL_COVER").doesNotContain("UNVERIFIED");
    }

    @Test
    void flagKeepsOnlyTheRecommendationsCarryingEveryGivenFlagWithTheirRanks() {
        JsonPath unverified = read(Api.asStaffOf(assessment).queryParam("flag", "UNVERIFIED"));
        assertThat(unverified.<String>getList("recommendations.partner_id")).containsExactly(foundation);
        assertThat(unverified.getInt("recommendations[0].rank")).isEqualTo(rankOf(all, foundation));
        // the rest of the document is the set's, whole
        assertThat(unverified.getInt("partners_matched")).isEqualTo(3);
        assertThat(unverified.<String>getList("coverage_plan.partner_ids"))
                .isEqualTo(all.<String>getList("coverage_plan.partner_ids"));
        assertThat(unverified.getInt("recommendation_set_version")).isEqualTo(all.getInt("recommendation_set_version"));

        JsonPath both = read(Api.asStaffOf(assessment).queryParam("flag", "UNVERIFIED", "PARTIAL_COVER"));
        assertThat(both.<String>getList("recommendations.partner_id")).isEqualTo(expected(
                flags -> flags.containsAll(List.of("UNVERIFIED", "PARTIAL_COVER"))));

        JsonPath none = read(Api.asStaffOf(assessment).queryParam("flag", "CAPACITY_NOT_STATED", "UNVERIFIED",
                "PARTIAL_COVER", "STARTS_LATER", "ENDS_EARLY", "CONDITIONS_TO_REVIEW", "CONDITION_COST",
                "STALE_LISTING"));
        assertThat(none.<String>getList("recommendations.partner_id")).isEqualTo(expected(
                flags -> flags.size() == MatchFlag.values().length));
    }

    @Test
    void excludeFlagDropsTheRecommendationsCarryingAnyGivenFlag() {
        JsonPath verified = read(Api.asStaffOf(assessment).queryParam("exclude_flag", "UNVERIFIED"));
        assertThat(verified.<String>getList("recommendations.partner_id"))
                .doesNotContain(foundation).contains(robotics)
                .isEqualTo(expected(flags -> !flags.contains("UNVERIFIED")));

        JsonPath combined = read(Api.asPlatformAdmin().queryParam("flag", "PARTIAL_COVER")
                .queryParam("exclude_flag", "UNVERIFIED", "ENDS_EARLY"));
        assertThat(combined.<String>getList("recommendations.partner_id")).isEqualTo(expected(
                flags -> flags.contains("PARTIAL_COVER") && !flags.contains("UNVERIFIED")
                        && !flags.contains("ENDS_EARLY")));

        // an empty or blank value is a client mistake, not "no filter": refused, naming the parameter
        Api.asStaffOf(assessment).queryParam("flag", "").get(RECOMMENDATIONS, assessmentId).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("flag"));
        Api.asStaffOf(assessment).queryParam("exclude_flag", " ").get(RECOMMENDATIONS, assessmentId).then()
                .statusCode(400).body("errors[0].field", equalTo("exclude_flag"));
    }

    @Test
    void anUnknownFlagIsABadRequestProblemNamingTheParameter() {
        Api.asStaffOf(assessment).queryParam("flag", "NOT_A_FLAG").get(RECOMMENDATIONS, assessmentId).then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("type", equalTo("https://smartlibrary.org/problems/validation"))
                .body("errors.field", hasItem("flag"))
                .body("detail", containsString("NOT_A_FLAG"));
        // codes are case-sensitive, as everywhere in the API
        Api.asStaffOf(assessment).queryParam("exclude_flag", "partial_cover").get(RECOMMENDATIONS, assessmentId).then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("exclude_flag"));
        Api.asStaffOf(assessment).queryParam("flag", "UNVERIFIED", "NOPE").queryParam("exclude_flag", "ALSO_NOT")
                .get(RECOMMENDATIONS, assessmentId).then()
                .statusCode(400).body("errors.field", equalTo(List.of("flag", "exclude_flag")));
    }

    @Test
    void theOpenApiDocumentNamesTheFlagsAndExclusionCodes() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        List<String> flags = Arrays.stream(MatchFlag.values()).map(Enum::name).toList();
        assertThat(openApi.<String>getList("components.schemas.MatchFlag.enum")).containsExactlyElementsOf(flags);
        assertThat(openApi.<String>getList("components.schemas.ExclusionReason.enum"))
                .containsExactlyElementsOf(Arrays.stream(ExclusionReasonCode.values()).map(Enum::name).toList());

        String get = "paths.'/api/v1/assessments/{assessmentId}/recommendations'.get";
        for (String parameter : List.of("flag", "exclude_flag")) {
            Map<String, Object> schema = openApi.getMap(get + ".parameters.find { it.name == '" + parameter + "' }.schema");
            assertThat(schema).as(parameter).containsEntry("type", "array");
            assertThat(String.valueOf(schema.get("items"))).as(parameter).contains("MatchFlag");
        }
        assertThat(openApi.getMap(get + ".responses")).containsKey("400");

        assertThat(openApi.getMap("components.schemas.CoveredNeed.properties"))
                .containsKey("flags").doesNotContainKeys("type_match", "notes");
        assertThat(openApi.getMap("components.schemas.Recommendation.properties")).containsKey("flags");
        assertThat(openApi.getMap("components.schemas.Recommendations.properties"))
                .containsKeys("alternatives", "evaluated_on");
        assertThat(openApi.getMap("components.schemas.Exclusion.properties")).containsKeys("gate", "code", "text");
    }

    private JsonPath read(io.restassured.specification.RequestSpecification request) {
        return request.get(RECOMMENDATIONS, assessmentId).then().statusCode(200).extract().jsonPath();
    }

    /** The partner ids of the unfiltered set whose flags pass, in rank order. */
    private List<String> expected(java.util.function.Predicate<List<String>> keep) {
        List<Map<String, Object>> recommendations = all.getList("recommendations");
        return recommendations.stream().filter(recommendation -> keep.test(strings(recommendation.get("flags"))))
                .map(recommendation -> (String) recommendation.get("partner_id")).toList();
    }

    private static List<String> flagsOf(JsonPath recommendations, String partnerId) {
        return recommendations.getList("recommendations.find { it.partner_id == '" + partnerId + "' }.flags");
    }

    private static int rankOf(JsonPath recommendations, String partnerId) {
        return recommendations.getInt("recommendations.find { it.partner_id == '" + partnerId + "' }.rank");
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }
}

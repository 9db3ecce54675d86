package org.smartlibrary.matching.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.Api;
import org.smartlibrary.matching.CsvText;
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Events;
import org.smartlibrary.matching.Events.Place;
import org.smartlibrary.testkit.TestTokens;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

/**
 * The CSV form of an assessment's recommendations ({@code Accept: text/csv}): one row per partner and covered need
 * with the figures of the JSON form, partner names from the directory quoted (RFC 4180) and neutralised (a leading
 * {@code =}), the flag filter applied, the header row alone while PENDING, and the errors of the JSON form.
 */
@QuarkusTest
class RecommendationsCsvTest {

    private static final String RECOMMENDATIONS = "/api/v1/assessments/{id}/recommendations";
    private static final List<String> HEADER = List.of("rank", "partner_id", "partner_name", "partner_type",
            "verification", "score", "partner_coverage", "match_quality", "partner_flags", "need_id", "need_type",
            "priority", "offering_id", "offering_type", "need_coverage", "partial", "match_score", "need_flags",
            "explanation");
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"click\")";
    private static final String QUOTED_NAME = "Cascade, \"Robotics\"\nLab";

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    private Events events;
    private ObjectNode assessment;
    private String assessmentId;
    private String formulaPartner;
    private String quotedPartner;

    @BeforeEach
    void recommendThreePartners() {
        events = new Events(clients);
        Place place = Place.unique();
        ObjectNode robotics = Events.partner("partner-snapshot-it-company", place, 1);
        ((ObjectNode) robotics.get("payload")).put("name", FORMULA_NAME);
        ObjectNode university = Events.partner("partner-snapshot-university-remote", place, 1);
        ((ObjectNode) university.get("payload")).put("name", QUOTED_NAME);
        ObjectNode foundation = Events.partner("partner-snapshot-foundation", place, 1);
        events.send(Events.PARTNERS, robotics);
        events.send(Events.PARTNERS, university);
        events.send(Events.PARTNERS, foundation);
        rows.awaitPartners(robotics, university, foundation);
        formulaPartner = Events.id(robotics);
        quotedPartner = Events.id(university);
        assessment = Events.assessment(place);
        assessmentId = Events.id(assessment);
        events.send(Events.ASSESSMENTS, assessment);
        Api.awaitReady(assessmentId, 1, 1);
    }

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void everyPartnerAndCoveredNeedIsOneRowWithTheFiguresOfTheJsonForm() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Api.asStaffOf(assessment).accept("application/json")
                .get(RECOMMENDATIONS, assessmentId).then().statusCode(200).extract().asString());
        String csv = Api.asStaffOf(assessment).accept("text/csv").get(RECOMMENDATIONS, assessmentId).then()
                .statusCode(200)
                .header("Content-Type", "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"recommendations-" + assessmentId + ".csv\"")
                .header("ETag", nullValue())
                .extract().asString();

        List<List<String>> parsed = CsvText.rows(csv);
        assertThat(parsed.get(0)).isEqualTo(HEADER);
        assertThat(parsed.subList(1, parsed.size())).isEqualTo(expectedRows(json));
        assertThat(parsed.stream().skip(1).map(row -> row.get(1)).distinct().toList())
                .as("every recommended partner, in rank order").hasSize(3)
                .contains(formulaPartner, quotedPartner);

        // user text from the directory: quoted, quotes doubled, the newline kept; a formula start neutralised
        assertThat(csv).contains(",\"Cascade, \"\"Robotics\"\"\nLab\",")
                .contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",")
                .doesNotContain("," + FORMULA_NAME);
        assertThat(parsed.stream().filter(row -> row.get(1).equals(formulaPartner)).map(row -> row.get(2)))
                .containsOnly("'" + FORMULA_NAME);
        // the explanation of a cover is the capacity criterion's, which states the quantity covered
        assertThat(parsed.stream().skip(1).map(row -> row.get(18))).allMatch(text -> !text.isEmpty());
    }

    @Test
    void theFlagFilterKeepsTheSameRecommendationsAsInJson() throws Exception {
        JsonNode unverified = new ObjectMapper().readTree(Api.asStaffOf(assessment).queryParam("flag", "UNVERIFIED")
                .get(RECOMMENDATIONS, assessmentId).then().statusCode(200).extract().asString());
        String csv = Api.asStaffOf(assessment).accept("text/csv").queryParam("flag", "UNVERIFIED")
                .get(RECOMMENDATIONS, assessmentId).then().statusCode(200).extract().asString();
        List<List<String>> parsed = CsvText.rows(csv);
        assertThat(parsed.subList(1, parsed.size())).isEqualTo(expectedRows(unverified)).isNotEmpty();
        assertThat(parsed.stream().skip(1).map(row -> row.get(8))).allMatch(flags -> flags.contains("UNVERIFIED"));
        assertThat(parsed.stream().skip(1).map(row -> row.get(1))).doesNotContain(formulaPartner);
    }

    @Test
    void theJsonFormStaysTheDefault() {
        for (String accept : new String[]{"*/*", "application/json", "application/json, text/csv"}) {
            Api.asStaffOf(assessment).accept(accept).get(RECOMMENDATIONS, assessmentId).then()
                    .statusCode(200)
                    .contentType("application/json")
                    .header("ETag", "\"1.1\"")
                    .header("Content-Disposition", nullValue());
        }
    }

    @Test
    void pendingRecommendationsAreTheHeaderRow() {
        UUID pending = UUID.randomUUID();
        rows.storeUnmatchedAssessment(pending, UUID.randomUUID(), "Northgate Community Library");
        String csv = Api.asPlatformAdmin().accept("text/csv").get(RECOMMENDATIONS, pending).then()
                .statusCode(200).header("ETag", nullValue()).extract().asString();
        assertThat(csv).isEqualTo(String.join(",", HEADER) + "\r\n");
    }

    @Test
    void whoMayNotReadTheRecommendationsGetsTheProblemOfTheJsonForm() {
        String otherStaff = TestTokens.libraryStaff(UUID.randomUUID());
        String partnerAdmin = TestTokens.partnerAdmin(UUID.fromString(quotedPartner));
        for (String token : List.of(otherStaff, partnerAdmin)) {
            Response asJson = Api.as(token).accept("application/json").get(RECOMMENDATIONS, assessmentId);
            Response asCsv = Api.as(token).accept("text/csv").get(RECOMMENDATIONS, assessmentId);
            asCsv.then().contentType("application/problem+json");
            assertThat(asCsv.statusCode()).isEqualTo(asJson.statusCode());
            assertThat(asCsv.jsonPath().getString("type")).isEqualTo(asJson.jsonPath().getString("type"));
            assertThat(asCsv.jsonPath().getString("detail")).isEqualTo(asJson.jsonPath().getString("detail"));
        }
        Api.as(otherStaff).accept("text/csv").get(RECOMMENDATIONS, assessmentId).then().statusCode(404);
        Api.as(partnerAdmin).accept("text/csv").get(RECOMMENDATIONS, assessmentId).then().statusCode(403);
        Api.asPlatformAdmin().accept("text/csv").get(RECOMMENDATIONS, UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
        Api.asStaffOf(assessment).accept("text/csv").queryParam("flag", "NOT_A_FLAG")
                .get(RECOMMENDATIONS, assessmentId).then().statusCode(400).contentType("application/problem+json");
        RequestSpecification anonymous = io.restassured.RestAssured.given().accept("text/csv");
        anonymous.get(RECOMMENDATIONS, assessmentId).then()
                .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
    }

    /**
     * The rows the JSON form stands for: per recommendation in rank order, per covered need in its order, the
     * partner's and the cover's values, flags joined with ';', and the text of the need's CAPACITY explanation;
     * numbers compared as numbers.
     */
    private static List<List<String>> expectedRows(JsonNode json) {
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode partner : json.get("recommendations")) {
            for (JsonNode cover : partner.get("covered_needs")) {
                String capacity = "";
                for (JsonNode item : partner.get("explanation")) {
                    if (item.get("need_id").asText().equals(cover.get("need_id").asText())
                            && item.get("criterion").asText().equals("CAPACITY")) {
                        capacity = item.get("text").asText();
                    }
                }
                String name = partner.get("partner_name").asText();
                expected.add(List.of(partner.get("rank").asText(), partner.get("partner_id").asText(),
                        name.startsWith("=") ? "'" + name : name, partner.get("partner_type").asText(),
                        partner.get("verification").asText(), number(partner.get("score")),
                        number(partner.get("coverage")), number(partner.get("match_quality")),
                        joined(partner.get("flags")), cover.get("need_id").asText(), cover.get("need_type").asText(),
                        cover.get("priority").asText(), cover.get("offering_id").asText(),
                        cover.get("offering_type").asText(), number(cover.get("coverage")),
                        cover.get("partial").asText(), number(cover.get("match_score")), joined(cover.get("flags")),
                        capacity));
            }
        }
        return expected;
    }

    /** A JSON number as the CSV writes it: plain, without trailing zeros. */
    private static String number(JsonNode value) {
        return new BigDecimal(value.asText()).stripTrailingZeros().toPlainString();
    }

    private static String joined(JsonNode flags) {
        List<String> codes = new ArrayList<>();
        flags.forEach(flag -> codes.add(flag.asText()));
        return String.join(";", codes);
    }
}

package org.smartlibrary.matching.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

/**
 * The CSV form of a partner's matching libraries ({@code Accept: text/csv}): one row per library's assessment on
 * the page, library names quoted (RFC 4180) and neutralised (a leading {@code =}), paged like the JSON form, the
 * header row alone without matches, and the errors of the JSON form.
 */
@QuarkusTest
class MatchingLibrariesCsvTest {

    private static final String MATCHING_LIBRARIES = "/api/v1/partners/{id}/matching-libraries";
    private static final String HEADER = "assessment_id,revision,recommendation_set_version,library_id,library_name,"
            + "region,city,rank,score,covered_needs,covered_need_types,need_flags,latest_outcome,generated_at\r\n";
    private static final String FORMULA_NAME = "=cmd|' /C calc'!A0";
    private static final String QUOTED_NAME = "North, \"Gate\"\nBranch";

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    private Events events;
    private Place place;
    private String partnerId;
    private ObjectNode formulaLibrary;
    private ObjectNode quotedLibrary;

    @BeforeEach
    void recommendThePartnerToTwoLibraries() {
        events = new Events(clients);
        place = Place.unique();
        ObjectNode partner = Events.partner("partner-snapshot-university-remote", place, 1);
        events.send(Events.PARTNERS, partner);
        rows.awaitPartners(partner);
        partnerId = Events.id(partner);
        formulaLibrary = assessmentOf(FORMULA_NAME);
        quotedLibrary = assessmentOf(QUOTED_NAME);
        Api.awaitReady(Events.id(formulaLibrary), 1, 1);
        Api.awaitReady(Events.id(quotedLibrary), 1, 1);
    }

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void everyLibraryOnThePageIsOneRow() throws Exception {
        Api.asStaffOf(quotedLibrary).contentType(ContentType.JSON).body("{\"outcome\":\"CONTACTED\"}")
                .post("/api/v1/assessments/{id}/recommendations/{partnerId}/feedback", Events.id(quotedLibrary),
                        partnerId).then().statusCode(201);
        JsonNode json = new ObjectMapper().readTree(Api.asAdminOf(partnerId).get(MATCHING_LIBRARIES, partnerId)
                .then().statusCode(200).extract().asString());
        String csv = Api.asAdminOf(partnerId).accept("text/csv").get(MATCHING_LIBRARIES, partnerId).then()
                .statusCode(200)
                .header("Content-Type", "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"matching-libraries-" + partnerId + ".csv\"")
                .header("Link", nullValue())
                .extract().asString();

        List<List<String>> parsed = CsvText.rows(csv);
        assertThat(String.join(",", parsed.get(0)) + "\r\n").isEqualTo(HEADER);
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode item : json.get("items")) {
            boolean formula = item.get("assessment_id").asText().equals(Events.id(formulaLibrary));
            ObjectNode event = formula ? formulaLibrary : quotedLibrary;
            Set<String> types = new LinkedHashSet<>();
            Set<String> flags = new LinkedHashSet<>();
            for (JsonNode cover : item.get("covered_needs")) {
                types.add(cover.get("need_type").asText());
                cover.get("flags").forEach(flag -> flags.add(flag.asText()));
            }
            expected.add(List.of(Events.id(event), "1", item.get("recommendation_set_version").asText(),
                    Events.libraryId(event).toString(), formula ? "'" + FORMULA_NAME : QUOTED_NAME, place.region(),
                    place.city(), item.get("rank").asText(),
                    new BigDecimal(item.get("score").asText()).stripTrailingZeros().toPlainString(),
                    Integer.toString(item.get("covered_needs").size()), String.join(";", types),
                    String.join(";", flags), formula ? "" : "CONTACTED", item.get("generated_at").asText()));
        }
        assertThat(expected).hasSize(2);
        assertThat(parsed.subList(1, parsed.size())).isEqualTo(expected);
        // quoted for its comma, quotes and newline; the formula needs no quotes, only its prefix
        assertThat(csv).contains(",\"North, \"\"Gate\"\"\nBranch\",").contains(",'=cmd|' /C calc'!A0,");
    }

    @Test
    void theCsvFormIsPagedLikeTheJsonForm() {
        String nextCursor = Api.asAdminOf(partnerId).queryParam("limit", 1).get(MATCHING_LIBRARIES, partnerId)
                .then().statusCode(200).extract().path("next_cursor");
        Response first = Api.asAdminOf(partnerId).accept("text/csv").queryParam("limit", 1)
                .get(MATCHING_LIBRARIES, partnerId);
        first.then().statusCode(200).header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("cursor=" + nextCursor));
        Response second = Api.asAdminOf(partnerId).accept("text/csv").queryParam("limit", 1)
                .queryParam("cursor", nextCursor).get(MATCHING_LIBRARIES, partnerId);
        second.then().statusCode(200).header("Link", nullValue());

        List<List<String>> firstRows = CsvText.rows(first.asString());
        List<List<String>> secondRows = CsvText.rows(second.asString());
        assertThat(firstRows).hasSize(2);
        assertThat(secondRows).hasSize(2);
        assertThat(List.of(firstRows.get(1).get(0), secondRows.get(1).get(0)))
                .containsExactlyInAnyOrder(Events.id(formulaLibrary), Events.id(quotedLibrary));
    }

    @Test
    void aPartnerWithoutMatchesIsTheHeaderRow() {
        ObjectNode unmatched = Events.partner("partner-snapshot-university-remote", Place.unique(), 1);
        events.send(Events.PARTNERS, unmatched);
        rows.awaitPartners(unmatched);
        String csv = Api.asAdminOf(Events.id(unmatched)).accept("text/csv")
                .get(MATCHING_LIBRARIES, Events.id(unmatched)).then().statusCode(200).extract().asString();
        assertThat(csv.replace("\r", "\\r")).isEqualTo(HEADER.replace("\r", "\\r"));
    }

    @Test
    void whoMayNotReadThePartnersMatchesGetsTheProblemOfTheJsonForm() {
        String otherPartnerAdmin = TestTokens.partnerAdmin(UUID.randomUUID());
        String staff = TestTokens.libraryStaff(Events.libraryId(formulaLibrary));
        for (String token : List.of(otherPartnerAdmin, staff)) {
            Response asJson = Api.as(token).accept("application/json").get(MATCHING_LIBRARIES, partnerId);
            Response asCsv = Api.as(token).accept("text/csv").get(MATCHING_LIBRARIES, partnerId);
            asCsv.then().contentType("application/problem+json");
            assertThat(asCsv.statusCode()).isEqualTo(asJson.statusCode());
            assertThat(asCsv.jsonPath().getString("type")).isEqualTo(asJson.jsonPath().getString("type"));
            assertThat(asCsv.jsonPath().getString("detail")).isEqualTo(asJson.jsonPath().getString("detail"));
        }
        Api.as(otherPartnerAdmin).accept("text/csv").get(MATCHING_LIBRARIES, partnerId).then().statusCode(404);
        Api.as(staff).accept("text/csv").get(MATCHING_LIBRARIES, partnerId).then().statusCode(403);
        Api.asPlatformAdmin().accept("text/csv").get(MATCHING_LIBRARIES, UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
        Api.asAdminOf(partnerId).accept("text/csv").queryParam("limit", 101).get(MATCHING_LIBRARIES, partnerId)
                .then().statusCode(400).contentType("application/problem+json");
        given().accept("text/csv").get(MATCHING_LIBRARIES, partnerId).then()
                .statusCode(401).contentType("application/problem+json");
    }

    private ObjectNode assessmentOf(String libraryName) {
        ObjectNode assessment = Events.assessment(place);
        ((ObjectNode) assessment.get("payload").get("library")).put("name", libraryName);
        events.send(Events.ASSESSMENTS, assessment);
        return assessment;
    }
}

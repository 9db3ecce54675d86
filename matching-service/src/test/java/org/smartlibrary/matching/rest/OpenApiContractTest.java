package org.smartlibrary.matching.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.smartlibrary.contracts.taxonomy.CodeList;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.kit.openapi.TaxonomySchemas;
import org.smartlibrary.matching.Api;
import org.smartlibrary.matching.Consortia;
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Events;
import org.smartlibrary.testkit.TestTokens;
import org.smartlibrary.testkit.openapi.OpenApiContract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document is a contract clients can trust: the test-kit's rules, the taxonomy's code lists as
 * the taxonomy has them, and one exchange of every operation in each of its answer shapes (READY and PENDING,
 * feedback with and without a decline reason, a consortium's recommendations and their 304), each checked against
 * the document by the test-kit's {@code ContractTraffic} like every exchange of this service's tests.
 */
@QuarkusTest
class OpenApiContractTest extends OpenApiContract {

    private static final String RECOMMENDATIONS = "/api/v1/assessments/{assessmentId}/recommendations";
    private static final String FEEDBACK = RECOMMENDATIONS + "/{partnerId}/feedback";

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    @Test
    void theCodeListSchemasHoldTheTaxonomysCodes() throws Exception {
        JsonNode schemas = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString()).path("components").path("schemas");
        Taxonomy taxonomy = Taxonomy.load();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put(TaxonomySchemas.MATCH_FLAG, List.copyOf(taxonomy.codes(CodeList.MATCH_FLAGS)));
        expected.put(TaxonomySchemas.EXCLUSION_REASON, List.copyOf(taxonomy.codes(CodeList.EXCLUSION_REASONS)));
        expected.put(TaxonomySchemas.UNMET_REASON, List.copyOf(taxonomy.codes(CodeList.UNMET_REASONS)));
        expected.put(TaxonomySchemas.MATCH_CRITERION, List.copyOf(taxonomy.codes(CodeList.MATCH_CRITERIA)));
        expected.put(TaxonomySchemas.FEEDBACK_OUTCOME, List.copyOf(taxonomy.codes(CodeList.FEEDBACK_OUTCOMES)));
        expected.put(TaxonomySchemas.PARTNER_TYPE, List.copyOf(taxonomy.codes(CodeList.PARTNER_TYPES)));
        expected.put(TaxonomySchemas.VERIFICATION_STATE, List.copyOf(taxonomy.codes(CodeList.VERIFICATION_STATES)));
        expected.put(TaxonomySchemas.RESOURCE_TYPE, List.copyOf(taxonomy.resourceTypes().keySet()));
        expected.forEach((name, codes) -> {
            List<String> served = new ArrayList<>();
            schemas.path(name).path("enum").forEach(code -> served.add(code.asText()));
            assertThat(served).as("components.schemas." + name + ".enum").isEqualTo(codes);
        });
        // no second, hand-made schema of the same codes
        assertThat(schemas.has("ExclusionReasonCode")).isFalse();
        assertThat(schemas.has("Outcome")).isFalse();
    }

    @Test
    void everyOperationAnswersAsDocumented() {
        Events events = new Events(clients);
        try {
            Events.Place place = Events.Place.unique();
            ObjectNode partner = Events.partner("partner-snapshot-university-remote", place, 1);
            events.send(Events.PARTNERS, partner);
            rows.awaitPartners(partner);
            ObjectNode assessment = Events.assessment(place);
            String consortium = Consortia.uniqueName();
            ((ObjectNode) assessment.get("payload").get("library")).put("consortium", consortium);
            events.send(Events.ASSESSMENTS, assessment);
            String assessmentId = Events.id(assessment);
            String partnerId = Events.id(partner);
            Api.awaitReady(assessmentId, 1, 1);

            Api.asStaffOf(assessment).get(RECOMMENDATIONS, assessmentId).then().statusCode(200)
                    .header("ETag", "\"1.1\"");
            Api.asStaffOf(assessment).get(RECOMMENDATIONS + "/excluded", assessmentId).then().statusCode(200);
            Api.asStaffOf(assessment).contentType(ContentType.JSON).body("{\"outcome\":\"CONTACTED\"}")
                    .post(FEEDBACK, assessmentId, partnerId).then().statusCode(201);
            Api.asStaffOf(assessment).contentType(ContentType.JSON)
                    .body("{\"outcome\":\"DECLINED\",\"decline_reason\":\"TIMING\",\"note\":\"next year\"}")
                    .post(FEEDBACK, assessmentId, partnerId).then().statusCode(201);
            Api.asStaffOf(assessment).queryParam("limit", 1).get(FEEDBACK, assessmentId, partnerId).then()
                    .statusCode(200).header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));
            Api.asAdminOf(partnerId).get("/api/v1/partners/{partnerId}/matching-libraries", partnerId).then()
                    .statusCode(200);
            Api.asAdminOf(partnerId).get("/api/v1/partners/{partnerId}/demand", partnerId).then().statusCode(200);
            int version = Consortia.awaitMembers(consortium, 1).getInt("set_version");
            Api.as(TestTokens.consortiumAnalyst(consortium)).get(Consortia.RECOMMENDATIONS, consortium).then()
                    .statusCode(200).header("ETag", "\"" + version + "\"");
            Api.as(TestTokens.consortiumAnalyst(consortium)).header("If-None-Match", "\"" + version + "\"")
                    .get(Consortia.RECOMMENDATIONS, consortium).then().statusCode(304);
        } finally {
            events.close();
        }

        // an assessment whose match has not run yet: PENDING, every property present, no ETag
        UUID pendingId = UUID.randomUUID();
        rows.storeUnmatchedAssessment(pendingId, UUID.randomUUID(), "Northgate Community Library");
        Response pending = Api.asPlatformAdmin().get(RECOMMENDATIONS, pendingId);
        assertThat(pending.statusCode()).isEqualTo(200);
        assertThat(pending.jsonPath().getString("status")).isEqualTo("PENDING");
        assertThat(pending.getHeader("ETag")).isNull();
        assertThat(pending.jsonPath().getMap("").keySet()).containsExactlyInAnyOrder("assessment_id", "status",
                "revision", "recommendation_set_version", "generated_at", "evaluated_on", "trigger",
                "refresh_pending", "library_id", "library_name", "partners_matched", "recommendations",
                "coverage_plan", "unmet_needs", "alternatives", "via_consortium", "changes");
    }
}

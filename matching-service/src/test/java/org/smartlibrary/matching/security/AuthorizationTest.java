package org.smartlibrary.matching.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.Api;
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Events;
import org.smartlibrary.matching.Events.Place;
import org.smartlibrary.testkit.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * What the cross-tenant matrix does not cover: 404 exactly like an unknown id, feedback by another library (also
 * with a replayed Idempotency-Key), who sees the private decline reasons, mass assignment on the feedback body,
 * tokens without a tenancy claim, invalid tokens, and limits.
 */
@QuarkusTest
class AuthorizationTest {

    private static final String RECOMMENDATIONS = "/api/v1/assessments/{assessmentId}/recommendations";
    private static final String EXCLUDED = RECOMMENDATIONS + "/excluded";
    private static final String FEEDBACK = RECOMMENDATIONS + "/{partnerId}/feedback";
    private static final String MATCHING_LIBRARIES = "/api/v1/partners/{partnerId}/matching-libraries";
    private static final String DECLINED = "{\"outcome\":\"DECLINED\",\"decline_reason\":\"CONDITIONS_UNACCEPTABLE\","
            + "\"note\":\"private remark\"}";

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    private Events events;
    private ObjectNode assessment;
    private String assessmentId;
    private String partnerId;
    /** Staff of another library (tenant B). */
    private String otherLibraryStaff;

    @BeforeEach
    void recommendAPartnerToLibraryA() {
        events = new Events(clients);
        Place place = Place.unique();
        ObjectNode partner = Events.partner("partner-snapshot-university-remote", place, 1);
        events.send(Events.PARTNERS, partner);
        rows.awaitPartners(partner);
        assessment = Events.assessment(place);
        events.send(Events.ASSESSMENTS, assessment);
        assessmentId = Events.id(assessment);
        partnerId = Events.id(partner);
        otherLibraryStaff = TestTokens.libraryStaff(UUID.randomUUID());
        Api.awaitReady(assessmentId, 1, 1);
    }

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void anotherLibrarysAssessmentAnswersExactlyLikeAnUnknownOne() {
        UUID unknown = UUID.randomUUID();
        for (String path : List.of(RECOMMENDATIONS, EXCLUDED)) {
            JsonPath missing = problem(Api.as(otherLibraryStaff).get(path, unknown), 404);
            JsonPath foreign = problem(Api.as(otherLibraryStaff).get(path, assessmentId), 404);
            assertSameProblem(foreign, missing, unknown);
        }
        JsonPath missing = problem(Api.as(otherLibraryStaff).get(FEEDBACK, unknown, partnerId), 404);
        JsonPath foreign = problem(Api.as(otherLibraryStaff).get(FEEDBACK, assessmentId, partnerId), 404);
        assertSameProblem(foreign, missing, unknown);

        // the owner does see them
        Api.asStaffOf(assessment).get(RECOMMENDATIONS, assessmentId).then().statusCode(200)
                .body("recommendations.partner_id", hasItem(partnerId));
        Api.asStaffOf(assessment).get(EXCLUDED, assessmentId).then().statusCode(200);
        Api.asStaffOf(assessment).get(FEEDBACK, assessmentId, partnerId).then().statusCode(200);
    }

    @Test
    void anotherLibraryCannotGiveFeedbackNotEvenByReplayingAnIdempotencyKey() {
        UUID unknown = UUID.randomUUID();
        JsonPath missing = problem(Api.as(otherLibraryStaff).contentType(ContentType.JSON).body(DECLINED)
                .post(FEEDBACK, unknown, partnerId), 404);
        JsonPath foreign = problem(Api.as(otherLibraryStaff).contentType(ContentType.JSON).body(DECLINED)
                .post(FEEDBACK, assessmentId, partnerId), 404);
        assertSameProblem(foreign, missing, unknown);
        assertThat(rows.feedbackRows(assessmentId)).isZero();

        Api.asStaffOf(assessment).contentType(ContentType.JSON).header("Idempotency-Key", "shared-key").body(DECLINED)
                .post(FEEDBACK, assessmentId, partnerId).then().statusCode(201);
        // the same key and body from another library must not replay the stored (private) response
        Response replay = Api.as(otherLibraryStaff).contentType(ContentType.JSON).header("Idempotency-Key", "shared-key")
                .body(DECLINED).post(FEEDBACK, assessmentId, partnerId);
        problem(replay, 404);
        assertThat(replay.asString()).doesNotContain("private remark", "CONDITIONS_UNACCEPTABLE");
        assertThat(replay.getHeader("Idempotent-Replayed")).isNull();
        assertThat(rows.feedbackRows(assessmentId)).isEqualTo(1);
    }

    @Test
    void onlyTheLibraryGivesFeedback() {
        for (String token : List.of(TestTokens.portal(), TestTokens.platformAdmin(),
                TestTokens.partnerAdmin(UUID.fromString(partnerId)), TestTokens.consortiumAnalyst("X"))) {
            problem(Api.as(token).contentType(ContentType.JSON).body(DECLINED).post(FEEDBACK, assessmentId, partnerId), 403);
        }
        // library staff whose token lacks (or has a malformed) library_id owns nothing
        problem(Api.as(TestTokens.withRoleOnly("library-staff")).contentType(ContentType.JSON).body(DECLINED)
                .post(FEEDBACK, assessmentId, partnerId), 404);
        problem(Api.as(TestTokens.withRoleOnly("library-staff")).get(RECOMMENDATIONS, assessmentId), 404);
        assertThat(rows.feedbackRows(assessmentId)).isZero();
    }

    @Test
    void declineReasonsAreSeenOnlyByTheLibraryAndPlatformAdmins() {
        Api.asStaffOf(assessment).contentType(ContentType.JSON).body(DECLINED)
                .post(FEEDBACK, assessmentId, partnerId).then().statusCode(201);

        Api.asStaffOf(assessment).get(FEEDBACK, assessmentId, partnerId).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].decline_reason", equalTo("CONDITIONS_UNACCEPTABLE"))
                .body("items[0].note", equalTo("private remark"));
        Api.asPlatformAdmin().get(FEEDBACK, assessmentId, partnerId).then().statusCode(200)
                .body("items[0].decline_reason", equalTo("CONDITIONS_UNACCEPTABLE"));
        // portals read recommendations, not the feedback with its reasons
        problem(Api.as(TestTokens.portal()).get(FEEDBACK, assessmentId, partnerId), 403);
        problem(Api.as(TestTokens.partnerAdmin(UUID.fromString(partnerId))).get(FEEDBACK, assessmentId, partnerId), 403);

        String portalRecommendations = Api.as(TestTokens.portal()).get(RECOMMENDATIONS, assessmentId).then()
                .statusCode(200).body("recommendations.partner_id", hasItem(partnerId)).extract().asString();
        assertThat(portalRecommendations).doesNotContain("CONDITIONS_UNACCEPTABLE", "private remark", "decline_reason");
        Api.as(TestTokens.portal()).get(EXCLUDED, assessmentId).then().statusCode(200);

        for (String token : List.of(TestTokens.portal(), TestTokens.partnerAdmin(UUID.fromString(partnerId)),
                TestTokens.platformAdmin())) {
            String partnerView = Api.as(token).get(MATCHING_LIBRARIES, partnerId).then().statusCode(200)
                    .body("items.find { it.assessment_id == '" + assessmentId + "' }.latest_outcome", equalTo("DECLINED"))
                    .extract().asString();
            assertThat(partnerView).doesNotContain("CONDITIONS_UNACCEPTABLE", "private remark", "decline_reason");
        }
    }

    @Test
    void aPartnerSeesOnlyItsOwnMatchingLibraries() {
        UUID unknown = UUID.randomUUID();
        String otherPartnerAdmin = TestTokens.partnerAdmin(UUID.randomUUID());
        JsonPath missing = problem(Api.as(otherPartnerAdmin).get(MATCHING_LIBRARIES, unknown), 404);
        JsonPath foreign = problem(Api.as(otherPartnerAdmin).get(MATCHING_LIBRARIES, partnerId), 404);
        assertSameProblem(foreign, missing, unknown);
        problem(Api.as(TestTokens.withRoleOnly("partner-admin")).get(MATCHING_LIBRARIES, partnerId), 404);

        Api.asAdminOf(partnerId).get(MATCHING_LIBRARIES, partnerId).then().statusCode(200)
                .body("items.assessment_id", hasItem(assessmentId));
        // library staff and analysts have no partner view; partners no library view
        problem(Api.asStaffOf(assessment).get(MATCHING_LIBRARIES, partnerId), 403);
        problem(Api.as(TestTokens.consortiumAnalyst("X")).get(MATCHING_LIBRARIES, partnerId), 403);
        problem(Api.asAdminOf(partnerId).get(RECOMMENDATIONS, assessmentId), 403);
        problem(Api.as(TestTokens.consortiumAnalyst("X")).get(RECOMMENDATIONS, assessmentId), 403);
    }

    @Test
    void theFeedbackBodyCannotSetIdsLibraryOrTimes() {
        for (String field : List.of("\"id\":\"" + UUID.randomUUID() + "\"",
                "\"assessment_id\":\"" + UUID.randomUUID() + "\"",
                "\"partner_id\":\"" + UUID.randomUUID() + "\"",
                "\"library_id\":\"" + UUID.randomUUID() + "\"",
                "\"revision\":7",
                "\"recommendation_set_version\":7",
                "\"recorded_at\":\"2020-01-01T00:00:00Z\"")) {
            String name = field.substring(1, field.indexOf('"', 1));
            Api.asStaffOf(assessment).contentType(ContentType.JSON).body("{\"outcome\":\"CONTACTED\"," + field + "}")
                    .post(FEEDBACK, assessmentId, partnerId).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(name));
        }
        assertThat(rows.feedbackRows(assessmentId)).isZero();
        Api.asStaffOf(assessment).get(FEEDBACK, assessmentId, partnerId).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void noOrInvalidTokensAreUnauthorized() {
        for (String token : java.util.Arrays.asList(null, TestTokens.expired(), TestTokens.fromOtherIssuer(),
                TestTokens.signedByUnknownKey())) {
            var request = token == null ? given() : Api.as(token);
            Response response = request.get(RECOMMENDATIONS, assessmentId);
            problem(response, 401);
            assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
        }
        problem(given().contentType(ContentType.JSON).body(DECLINED).post(FEEDBACK, assessmentId, partnerId), 401);
        problem(given().get(MATCHING_LIBRARIES, partnerId), 401);
        assertThat(rows.feedbackRows(assessmentId)).isZero();
    }

    @Test
    void limitsAbove100OrNotANumberAreBadRequestProblems() {
        Api.asStaffOf(assessment).queryParam("limit", 101).get(EXCLUDED, assessmentId).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
        Api.asStaffOf(assessment).queryParam("limit", 101).get(FEEDBACK, assessmentId, partnerId).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
        Api.asAdminOf(partnerId).queryParam("limit", 101).get(MATCHING_LIBRARIES, partnerId).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
        Api.asStaffOf(assessment).queryParam("limit", "abc").get(EXCLUDED, assessmentId).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
        Api.asStaffOf(assessment).queryParam("limit", "abc").get(FEEDBACK, assessmentId, partnerId).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
        Api.asAdminOf(partnerId).queryParam("limit", "1.5").get(MATCHING_LIBRARIES, partnerId).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
        Api.asStaffOf(assessment).queryParam("limit", 100).get(EXCLUDED, assessmentId).then().statusCode(200);
    }

    private static JsonPath problem(Response response, int status) {
        response.then().statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status));
        return response.jsonPath();
    }

    /** Same type, title and status, and the same detail once the ids are swapped. */
    private void assertSameProblem(JsonPath foreign, JsonPath missing, UUID unknown) {
        assertThat(foreign.getString("type")).isEqualTo(missing.getString("type"));
        assertThat(foreign.getString("title")).isEqualTo(missing.getString("title"));
        assertThat(foreign.getInt("status")).isEqualTo(missing.getInt("status"));
        assertThat(foreign.getString("detail").replace(assessmentId, "ID").replace(partnerId, "ID"))
                .isEqualTo(missing.getString("detail").replace(unknown.toString(), "ID"));
        assertThat(foreign.getMap("").keySet()).isEqualTo(missing.getMap("").keySet());
    }
}

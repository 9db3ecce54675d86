package org.smartlibrary.matching.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.Api;
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Events;
import org.smartlibrary.matching.Events.Place;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;

/** Library feedback on recommended partners: validation, unknown ids, privacy of decline reasons. */
@QuarkusTest
class FeedbackTest {

    private static final String PATH = "/api/v1/assessments/{assessmentId}/recommendations/{partnerId}/feedback";

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    private Events events;
    private ObjectNode assessment;
    private String assessmentId;
    private String partnerId;

    @BeforeEach
    void recommendAPartner() {
        events = new Events(clients);
        Place place = Place.unique();
        ObjectNode partner = Events.partner("partner-snapshot-university-remote", place, 1);
        events.send(Events.PARTNERS, partner);
        rows.awaitPartners(partner);
        assessment = Events.assessment(place);
        events.send(Events.ASSESSMENTS, assessment);
        assessmentId = Events.id(assessment);
        partnerId = Events.id(partner);
        Api.awaitReady(assessmentId, 1, 1);
    }

    /** A request of staff of the assessment's library, who give and read its feedback. */
    private io.restassured.specification.RequestSpecification staff() {
        return Api.asStaffOf(assessment);
    }

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void feedbackIsRecordedListedAndTheDeclineReasonStaysPrivate() {
        staff().contentType(ContentType.JSON).body("{\"outcome\":\"CONTACTED\",\"note\":\"called them\"}")
                .post(PATH, assessmentId, partnerId).then()
                .statusCode(201)
                .header("Location", containsString("/feedback"))
                .body("outcome", equalTo("CONTACTED"))
                .body("revision", equalTo(1))
                .body("recommendation_set_version", equalTo(1))
                .body("id", notNullValue());
        String declined = "{\"outcome\":\"DECLINED\",\"decline_reason\":\"CONDITIONS_UNACCEPTABLE\","
                + "\"note\":\"private remark\"}";
        staff().contentType(ContentType.JSON).header("Idempotency-Key", "decline-1").body(declined)
                .post(PATH, assessmentId, partnerId).then().statusCode(201);
        staff().contentType(ContentType.JSON).header("Idempotency-Key", "decline-1").body(declined)
                .post(PATH, assessmentId, partnerId).then().statusCode(201).header("Idempotent-Replayed", "true");

        staff().get(PATH, assessmentId, partnerId).then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.outcome", equalTo(java.util.List.of("CONTACTED", "DECLINED")))
                .body("items[1].decline_reason", equalTo("CONDITIONS_UNACCEPTABLE"));
        staff().queryParam("limit", 1).get(PATH, assessmentId, partnerId).then()
                .statusCode(200).body("items", hasSize(1)).body("next_cursor", notNullValue());

        String partnerView = Api.asAdminOf(partnerId).get("/api/v1/partners/{id}/matching-libraries", partnerId).then()
                .statusCode(200)
                .body("items.find { it.assessment_id == '" + assessmentId + "' }.latest_outcome", equalTo("DECLINED"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(partnerView)
                .doesNotContain("CONDITIONS_UNACCEPTABLE", "private remark", "decline_reason");
    }

    @Test
    void invalidFeedbackIsABadRequestProblem() {
        staff().contentType(ContentType.JSON).body("{\"outcome\":\"MAYBE\"}")
                .post(PATH, assessmentId, partnerId).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("outcome"));
        staff().contentType(ContentType.JSON).body("{\"outcome\":\"DECLINED\"}")
                .post(PATH, assessmentId, partnerId).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("decline_reason"));
        staff().contentType(ContentType.JSON).body("{\"outcome\":\"ENGAGED\",\"decline_reason\":\"OTHER\"}")
                .post(PATH, assessmentId, partnerId).then()
                .statusCode(400).body("errors.field", hasItem("decline_reason"));
        staff().contentType(ContentType.JSON).body("{}")
                .post(PATH, assessmentId, partnerId).then()
                .statusCode(400).body("errors.field", hasItem("outcome"));
        staff().contentType(ContentType.JSON).body("{\"outcome\":\"CONTACTED\",\"rating\":5}")
                .post(PATH, assessmentId, partnerId).then()
                .statusCode(400).body("errors.field", hasItem("rating"));
        staff().get(PATH, assessmentId, partnerId).then().statusCode(200).body("items", hasSize(0));
    }

    /**
     * Expected (written before running): an empty, blank or NUL outcome, decline reason or note is each a 400
     * problem whose errors name that field; nothing is written.
     */
    @Test
    void anEmptyOrBlankValueIsABadRequestNamingTheFieldAndWritesNothing() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("{\"outcome\":\"\"}", "outcome");
        bodies.put("{\"outcome\":\"  \"}", "outcome");
        bodies.put("{\"outcome\":\"\\u0000\"}", "outcome");
        bodies.put("{\"outcome\":\"DECLINED\",\"decline_reason\":\"\"}", "decline_reason");
        bodies.put("{\"outcome\":\"CONTACTED\",\"note\":\"\"}", "note");
        bodies.put("{\"outcome\":\"CONTACTED\",\"note\":\" \\t \"}", "note");
        bodies.forEach((body, field) -> staff().contentType(ContentType.JSON).body(body)
                .post(PATH, assessmentId, partnerId).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
        assertThat(rows.feedbackRows(assessmentId)).isZero();
        staff().get(PATH, assessmentId, partnerId).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void unknownAssessmentOrPartnerIsNotFound() {
        String body = "{\"outcome\":\"CONTACTED\"}";
        staff().contentType(ContentType.JSON).body(body).post(PATH, UUID.randomUUID(), partnerId).then()
                .statusCode(404).contentType("application/problem+json");
        staff().contentType(ContentType.JSON).body(body).post(PATH, assessmentId, UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("never recommended"));
        staff().get(PATH, UUID.randomUUID(), partnerId).then().statusCode(404);
        staff().get(PATH, assessmentId, UUID.randomUUID()).then().statusCode(404)
                .body("detail", containsString("never recommended"));
    }
}

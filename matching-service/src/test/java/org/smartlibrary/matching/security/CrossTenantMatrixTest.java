package org.smartlibrary.matching.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.Api;
import org.smartlibrary.matching.Consortia;
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Events;
import org.smartlibrary.matching.Events.Place;
import org.smartlibrary.testkit.TestTokens;
import org.smartlibrary.testkit.security.ApiOperation;
import org.smartlibrary.testkit.security.OpenApiOperations;
import org.smartlibrary.testkit.security.TenantMatrix;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every id-bearing operation of the OpenAPI document, called on tenant A's objects: library LA with the completed
 * assessment AA, and partner PA recommended for it (with feedback recorded), against tenant B's tokens (library LB,
 * another partner, another consortium) and every role the operation does not list.
 */
@QuarkusTest
class CrossTenantMatrixTest {

    /**
     * recommendations, excluded, POST and GET feedback, matching-libraries, consortium recommendations, and the kit's
     * outbox replay.
     */
    private static final int ID_BEARING_OPERATIONS = 7;

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    @Test
    void anotherTenantNeverReachesTenantAsObjects() {
        Place place = Place.unique();
        ObjectNode partner = Events.partner("partner-snapshot-university-remote", place, 1);
        ObjectNode assessment = Events.assessment(place);
        // library LA belongs to consortium CA, whose analyst is tenant A's consortium-analyst
        String consortium = Consortia.uniqueName();
        ((ObjectNode) assessment.get("payload").get("library")).put("consortium", consortium);
        Events events = new Events(clients);
        try {
            events.send(Events.PARTNERS, partner);
            rows.awaitPartners(partner);
            events.send(Events.ASSESSMENTS, assessment);
        } finally {
            events.close();
        }
        String assessmentId = Events.id(assessment);
        String partnerId = Events.id(partner);
        UUID libraryA = Events.libraryId(assessment);
        assertThat(Api.awaitReady(assessmentId, 1, 1).<String>getList("recommendations.partner_id")).contains(partnerId);
        Consortia.awaitMembers(consortium, 1);
        // feedback of tenant A, so the owner's read of it has something to show
        Api.asStaffOf(assessment).contentType(ContentType.JSON).body("{\"outcome\":\"CONTACTED\"}")
                .post("/api/v1/assessments/{a}/recommendations/{p}/feedback", assessmentId, partnerId)
                .then().statusCode(201);

        List<ApiOperation> operations = OpenApiOperations.ofRunningService();
        TenantMatrix matrix = new TenantMatrix()
                .pathValue("assessmentId", assessmentId)
                .pathValue("partnerId", partnerId)
                .pathValue("eventId", UUID.randomUUID())
                .pathValue("consortium", consortium)
                .ownerToken("library-staff", TestTokens.libraryStaff(libraryA))
                .ownerToken("partner-admin", TestTokens.partnerAdmin(UUID.fromString(partnerId)))
                .ownerToken("consortium-analyst", TestTokens.consortiumAnalyst(consortium))
                .ownerToken("portal", TestTokens.portal())
                .ownerToken("platform-admin", TestTokens.platformAdmin())
                .otherTenantToken("library-staff", TestTokens.libraryStaff(UUID.randomUUID()))
                .otherTenantToken("partner-admin", TestTokens.partnerAdmin(UUID.randomUUID()))
                .otherTenantToken("consortium-analyst", TestTokens.consortiumAnalyst(Consortia.uniqueName()));

        List<String> failures = matrix.failures(operations);

        assertThat(failures).as("cross-tenant matrix failures; checked:%n%s", String.join("\n", matrix.checked()))
                .isEmpty();
        List<ApiOperation> idBearing = operations.stream().filter(ApiOperation::idBearing).toList();
        assertThat(idBearing).as("id-bearing operations in /q/openapi").hasSizeGreaterThanOrEqualTo(ID_BEARING_OPERATIONS);
        assertThat(idBearing).allMatch(ApiOperation::secured, "every id-bearing operation is secured");
        assertThat(matrix.checked()).anyMatch(line -> line.startsWith("GET /api/v1/assessments/{assessmentId}/recommendations | another tenant's library-staff -> 404"))
                .anyMatch(line -> line.startsWith("POST /api/v1/assessments/{assessmentId}/recommendations/{partnerId}/feedback | another tenant's library-staff -> 404"))
                .anyMatch(line -> line.startsWith("GET /api/v1/partners/{partnerId}/matching-libraries | another tenant's partner-admin -> 404"))
                .anyMatch(line -> line.startsWith("GET /api/v1/consortia/{consortium}/recommendations | another tenant's consortium-analyst -> 404"))
                .anyMatch(line -> line.startsWith("GET /api/v1/consortia/{consortium}/recommendations | own consortium-analyst -> 200"))
                .anyMatch(line -> line.startsWith("GET /api/v1/assessments/{assessmentId}/recommendations/{partnerId}/feedback | own library-staff -> 200"));
        // the matrix's POST with another library's token stored nothing
        assertThat(rows.feedbackRows(assessmentId)).isEqualTo(1);
    }
}

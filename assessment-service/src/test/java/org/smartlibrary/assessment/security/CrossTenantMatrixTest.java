package org.smartlibrary.assessment.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.smartlibrary.assessment.Api;
import org.smartlibrary.testkit.TestTokens;
import org.smartlibrary.testkit.security.ApiOperation;
import org.smartlibrary.testkit.security.OpenApiOperations;
import org.smartlibrary.testkit.security.TenantMatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every id-bearing operation of the OpenAPI document, called on tenant A's objects with every role, with tenant
 * B's tokens and without a token. Tenant A: library LA in consortium CA with a DRAFT assessment holding a goal,
 * a need and an offer (so that a write that slipped through would succeed, not answer 409). Tenant B: library LB
 * in consortium CB.
 *
 * <p>The matrix runs twice, once over the library operations ({@code libraryId} = LA) and once over the others
 * ({@code assessmentId} = tenant A's assessment): the owner's library-staff token differs per object.
 */
@QuarkusTest
class CrossTenantMatrixTest {

    /** GET and PUT /libraries/{libraryId}. */
    private static final int LIBRARY_OPERATIONS = 2;
    /**
     * /assessments/{assessmentId}: GET, PUT, completion, revisions (POST, GET), revisions/{revision}, summary = 7;
     * goals, needs, offers: POST, GET list, GET, PUT, DELETE = 15; the consortium needs aggregate = 1; the kit's
     * replay of a parked outbox message (platform-admin) = 1.
     */
    private static final int OTHER_OPERATIONS = 24;

    @Test
    void noOtherTenantReachesTenantAsObjects() {
        String consortiumA = "consortium-a-" + UUID.randomUUID();
        String consortiumB = "consortium-b-" + UUID.randomUUID();
        String libraryA = Api.createLibrary(consortiumA);
        String libraryB = Api.createLibrary(consortiumB);
        String assessmentA = Api.createAssessment(libraryA);
        String goalA = Api.addGoal(assessmentA, "IT_JOB_SKILLS");
        String needA = Api.addNeed(assessmentA, Api.robotsNeed());
        String offerA = Api.addOffer(assessmentA, "SPACE");
        // tenant B has its own assessment too: its staff are not without objects of their own
        Api.addNeed(Api.createAssessment(libraryB), Api.grantNeed());

        List<ApiOperation> operations = OpenApiOperations.ofRunningService();
        List<ApiOperation> libraryOperations = operations.stream()
                .filter(operation -> operation.path().startsWith("/api/v1/libraries")).toList();
        List<ApiOperation> otherOperations = operations.stream()
                .filter(operation -> !operation.path().startsWith("/api/v1/libraries")).toList();

        TenantMatrix libraries = matrix(consortiumA, libraryB, consortiumB)
                .pathValue("libraryId", libraryA);
        TenantMatrix assessments = matrix(consortiumA, libraryB, consortiumB)
                .pathValue("assessmentId", assessmentA)
                .pathValue("goalId", goalA)
                .pathValue("needId", needA)
                .pathValue("offerId", offerA)
                .pathValue("revision", 1)
                .pathValue("consortiumId", consortiumA)
                .pathValue("eventId", UUID.randomUUID());
        // the owner's tokens are the library's staff, the consortium's analyst and the cross-tenant roles
        libraries.ownerToken("library-staff", Api.staffOf(libraryA));
        assessments.ownerToken("library-staff", Api.staffOf(libraryA));

        List<String> failures = new ArrayList<>(libraries.failures(libraryOperations));
        failures.addAll(assessments.failures(otherOperations));
        assertEquals(List.of(), failures, () -> String.join("\n", failures));

        Set<String> checkedLibraryOperations = operationsIn(libraries.checked());
        Set<String> checkedOtherOperations = operationsIn(assessments.checked());
        assertTrue(checkedLibraryOperations.size() >= LIBRARY_OPERATIONS,
                () -> "library operations checked: " + checkedLibraryOperations);
        assertTrue(checkedOtherOperations.size() >= OTHER_OPERATIONS,
                () -> "assessment and consortium operations checked: " + checkedOtherOperations);
        long idBearing = operations.stream().filter(ApiOperation::idBearing).count();
        assertEquals(idBearing, checkedLibraryOperations.size() + checkedOtherOperations.size(),
                "every id-bearing operation is checked");

        // nothing of tenant A changed: no write of another tenant or role went through
        Api.json(Api.staffOf(libraryA)).get("/api/v1/assessments/{id}", assessmentA).then().statusCode(200)
                .header("ETag", "\"3\"")
                .body("status", org.hamcrest.Matchers.equalTo("DRAFT"))
                .body("goals.id", org.hamcrest.Matchers.equalTo(List.of(goalA)))
                .body("needs.id", org.hamcrest.Matchers.equalTo(List.of(needA)))
                .body("offers.id", org.hamcrest.Matchers.equalTo(List.of(offerA)));
        Api.json(Api.platformAdmin()).get("/api/v1/libraries/{id}", libraryA).then().statusCode(200)
                .header("ETag", "\"0\"");
    }

    private static TenantMatrix matrix(String consortiumA, String libraryB, String consortiumB) {
        return new TenantMatrix()
                .ownerToken("partner-admin", TestTokens.partnerAdmin(UUID.randomUUID()))
                .ownerToken("consortium-analyst", TestTokens.consortiumAnalyst(consortiumA))
                .ownerToken("portal", Api.portal())
                .ownerToken("platform-admin", Api.platformAdmin())
                .otherTenantToken("library-staff", Api.staffOf(libraryB))
                .otherTenantToken("consortium-analyst", TestTokens.consortiumAnalyst(consortiumB))
                .otherTenantToken("partner-admin", TestTokens.partnerAdmin(UUID.randomUUID()));
    }

    /** "GET /api/v1/x/{id} | caller -> status" lines to the distinct operations. */
    private static Set<String> operationsIn(List<String> checked) {
        Set<String> operations = new TreeSet<>();
        checked.forEach(line -> operations.add(line.substring(0, line.indexOf(" | "))));
        return operations;
    }
}

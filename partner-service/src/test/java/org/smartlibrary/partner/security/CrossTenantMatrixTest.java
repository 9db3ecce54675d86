package org.smartlibrary.partner.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.TestTokens;
import org.smartlibrary.testkit.security.ApiOperation;
import org.smartlibrary.testkit.security.OpenApiOperations;
import org.smartlibrary.testkit.security.TenantMatrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.partner.PartnerFixtures.addOffering;
import static org.smartlibrary.partner.PartnerFixtures.asAdmin;
import static org.smartlibrary.partner.PartnerFixtures.register;
import static org.smartlibrary.partner.PartnerFixtures.registration;
import static org.smartlibrary.partner.PartnerFixtures.robotKits;
import static org.smartlibrary.partner.PartnerFixtures.token;

/**
 * Every id-bearing operation of the OpenAPI document, called on tenant A's partner PA and its offering OA with the
 * tokens of every role, of tenant A and of another tenant (partner PB's administrator, other libraries' staff,
 * another consortium's analysts): see {@link TenantMatrix}. Writes use the OpenAPI examples; none may succeed for
 * a wrong caller, so PA is unchanged afterwards.
 */
@QuarkusTest
class CrossTenantMatrixTest {

    /** The role table of the service README: operation → roles (empty = public). */
    private static final Map<String, List<String>> ROLES = roleTable();

    @Test
    void everyIdBearingOperationKeepsTenantsApart() {
        String pa = register(registration("Tenant A " + token() + " Robotics"));
        String oa = addOffering(pa, robotKits());
        String pb = register(registration("Tenant B " + token() + " Foundation"));
        ExtractableResponse<Response> before = asAdmin().get("/api/v1/partners/" + pa).then().statusCode(200).extract();

        List<ApiOperation> operations = OpenApiOperations.ofRunningService();
        assertEquals(ROLES, operations.stream().collect(Collectors.toMap(ApiOperation::toString, ApiOperation::roles,
                (a, b) -> a, LinkedHashMap::new)), "the operations and their roles in /q/openapi");

        TenantMatrix matrix = new TenantMatrix()
                .pathValue("partnerId", pa)
                .pathValue("offeringId", oa)
                .pathValue("eventId", UUID.randomUUID())
                .pathValue("importId", dryRunImport())
                .ownerToken("partner-admin", TestTokens.partnerAdmin(UUID.fromString(pa)))
                .ownerToken("library-staff", TestTokens.libraryStaff(UUID.randomUUID()))
                .ownerToken("consortium-analyst", TestTokens.consortiumAnalyst("X"))
                .ownerToken("portal", TestTokens.portal())
                .ownerToken("platform-admin", TestTokens.platformAdmin())
                .otherTenantToken("partner-admin", TestTokens.partnerAdmin(UUID.fromString(pb)))
                .otherTenantToken("library-staff", TestTokens.libraryStaff(UUID.randomUUID()))
                .otherTenantToken("consortium-analyst", TestTokens.consortiumAnalyst("Y"));

        List<String> failures = matrix.failures(operations);
        System.out.println("tenant matrix, " + matrix.checked().size() + " calls:\n" + String.join("\n", matrix.checked()));

        assertEquals(List.of(), failures, () -> failures.size() + " failures:\n" + String.join("\n", failures)
                + "\n\nchecked:\n" + String.join("\n", matrix.checked()));
        List<ApiOperation> idBearing = operations.stream().filter(ApiOperation::idBearing).toList();
        // partners/{partnerId}: GET PUT DELETE, confirmation, verification; offerings: POST GET,
        // {offeringId}: GET PUT, withdrawal; the kit's outbox replay
        assertTrue(idBearing.size() >= 11, () -> "only " + idBearing + " checked");
        for (ApiOperation operation : idBearing) {
            assertTrue(matrix.checked().stream().anyMatch(line -> line.startsWith(operation + " |")),
                    () -> operation + " was not called: " + matrix.checked());
        }

        // no wrong caller changed tenant A: same version, profile, verification and offering, still there
        ExtractableResponse<Response> after = asAdmin().get("/api/v1/partners/" + pa).then().statusCode(200).extract();
        assertEquals(before.header("ETag"), after.header("ETag"));
        assertEquals(before.asString(), after.asString());
        assertEquals(List.of(oa), after.path("offerings.id"));
        assertEquals(List.of("ACTIVE"), after.path("offerings.status"));
    }

    /** An import job (a dry run of one partner), so that its resources can be called. */
    private static String dryRunImport() {
        byte[] file = ("{\"name\": \"Tenant C " + token() + "\", \"partner_type\": \"SCHOOL\", "
                + "\"service_area\": {\"remote\": true}}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return asAdmin().contentType("application/x-ndjson").queryParam("dry_run", true).body(file)
                .post("/api/v1/directory/imports").then().statusCode(202).extract().path("id");
    }

    private static Map<String, List<String>> roleTable() {
        List<String> owners = List.of("partner-admin", "platform-admin");
        Map<String, List<String>> roles = new LinkedHashMap<>();
        roles.put("POST /api/v1/partners", List.of("platform-admin"));
        roles.put("GET /api/v1/partners", List.of());
        roles.put("GET /api/v1/partners/{partnerId}", List.of());
        roles.put("PUT /api/v1/partners/{partnerId}", owners);
        roles.put("DELETE /api/v1/partners/{partnerId}", owners);
        roles.put("POST /api/v1/partners/{partnerId}/confirmation", owners);
        roles.put("PUT /api/v1/partners/{partnerId}/verification", List.of("platform-admin"));
        roles.put("POST /api/v1/partners/{partnerId}/offerings", owners);
        roles.put("GET /api/v1/partners/{partnerId}/offerings", List.of());
        roles.put("GET /api/v1/partners/{partnerId}/offerings/{offeringId}", List.of());
        roles.put("PUT /api/v1/partners/{partnerId}/offerings/{offeringId}", owners);
        roles.put("POST /api/v1/partners/{partnerId}/offerings/{offeringId}/withdrawal", owners);
        roles.put("POST /api/v1/directory/imports", List.of("platform-admin"));
        roles.put("GET /api/v1/directory/imports/{importId}", List.of("platform-admin"));
        roles.put("GET /api/v1/directory/imports/{importId}/errors", List.of("platform-admin"));
        roles.put("GET /api/v1/directory/export", List.of("platform-admin", "portal"));
        roles.put("GET /api/v1/admin/outbox", List.of("platform-admin"));
        roles.put("POST /api/v1/admin/outbox/parked/{eventId}/replay", List.of("platform-admin"));
        return roles;
    }
}

package org.smartlibrary.partner;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.smartlibrary.testkit.TestTokens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Request bodies shaped like the demo loader's, and short-cuts to create them through the API. Writes go as a
 * platform administrator (who onboards partners and may change every partner) unless a test says otherwise.
 */
public final class PartnerFixtures {

    private static String platformAdmin;

    private PartnerFixtures() {
    }

    /** A word no other test uses, to keep names unique and searches scoped. */
    public static String token() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static Map<String, Object> registration(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("partner_type", "IT_COMPANY");
        body.put("service_area", area(false, false, List.of("North Brabant"), List.of("Eindhoven", "Tilburg")));
        String host = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        body.put("website", "https://www." + host + ".example");
        // a domain under example.org: the OpenAPI format "email", as the traffic check reads it, wants a registered
        // top-level domain (the reserved ".example" is none)
        body.put("contact", Map.of("name", "Sanne de Vries", "email", "community@brightbyte.example.org"));
        body.put("seeks", List.of("VISIBILITY", "EVENT_HOSTING"));
        return body;
    }

    public static Map<String, Object> area(boolean remote, boolean national, List<String> regions, List<String> cities) {
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("remote", remote);
        area.put("national", national);
        area.put("regions", regions);
        area.put("cities", cities);
        return area;
    }

    public static Map<String, Object> robotKits() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", "TECHNOLOGY");
        body.put("type", "TECHNOLOGY.ROBOTICS");
        body.put("description", "Refurbished educational robot kits donated to public coding clubs.");
        body.put("quantity", 150);
        body.put("unit", "kits");
        body.put("amount", null);
        body.put("currency", null);
        body.put("available_from", LocalDate.now().toString());
        body.put("available_until", LocalDate.now().plusMonths(9).toString());
        body.put("horizon", "SHORT_TERM");
        body.put("conditions", new ArrayList<>(List.of(
                Map.of("code", "MIN_AUDIENCE", "description", "At least 20 regular participants.", "value", 20))));
        return body;
    }

    public static Map<String, Object> grant() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", "FINANCIAL");
        body.put("type", "FINANCIAL.PROGRAM");
        body.put("description", "Grants for digital-skills and coding programs in public libraries.");
        body.put("amount", 50000);
        body.put("currency", "EUR");
        body.put("available_until", LocalDate.now().plusYears(2).toString());
        body.put("horizon", "LONG_TERM");
        body.put("conditions", List.of(Map.of("code", "MATCHING_FUNDS_REQUIRED", "description", "Co-funds 25%.",
                "value", 0.25)));
        return body;
    }

    /** One platform-admin token for the whole run (tokens live an hour). */
    public static synchronized String platformAdminToken() {
        if (platformAdmin == null) {
            platformAdmin = TestTokens.platformAdmin();
        }
        return platformAdmin;
    }

    /** A request as a platform administrator. */
    public static RequestSpecification asAdmin() {
        return as(platformAdminToken());
    }

    /** A request with this bearer token. */
    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** A POST as a platform administrator. */
    public static ValidatableResponse post(String path, Object body) {
        return post(platformAdminToken(), path, body);
    }

    public static ValidatableResponse post(String token, String path, Object body) {
        return as(token).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    /**
     * A command as a platform administrator: a POST without a body, e.g. a withdrawal or a confirmation, with
     * If-Match the ETag of the resource it acts on.
     */
    public static ValidatableResponse action(String path) {
        return action(platformAdminToken(), path);
    }

    /** A command on the resource the path's last segment acts on ({@code .../withdrawal}: the offering). */
    public static ValidatableResponse action(String token, String path) {
        return ifMatchOf(as(token), path.substring(0, path.lastIndexOf('/'))).when().post(path).then();
    }

    /** The resource's ETag as a (public) GET answers it now; null when there is none. */
    public static String etagOf(String path) {
        return given().get(path).header("ETag");
    }

    /**
     * The request with If-Match: the resource's current ETag, as a client sends it after a GET (left as it is when
     * the GET finds nothing, so a request for a missing resource still gets its 404).
     */
    public static RequestSpecification ifMatchOf(RequestSpecification request, String path) {
        String etag = etagOf(path);
        return etag == null ? request : request.header("If-Match", etag);
    }

    public static String register(Map<String, Object> body) {
        return post("/api/v1/partners", body).statusCode(201).extract().path("id");
    }

    public static String addOffering(String partnerId, Map<String, Object> body) {
        return post("/api/v1/partners/" + partnerId + "/offerings", body).statusCode(201).extract().path("id");
    }

    /** Adds the offering as the partner's own administrator. */
    public static String addOfferingAsOwner(String partnerId, Map<String, Object> body) {
        return post(TestTokens.partnerAdmin(UUID.fromString(partnerId)), "/api/v1/partners/" + partnerId + "/offerings",
                body).statusCode(201).extract().path("id");
    }
}

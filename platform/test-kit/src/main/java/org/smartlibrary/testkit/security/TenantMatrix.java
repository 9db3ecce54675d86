package org.smartlibrary.testkit.security;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/**
 * The cross-tenant matrix: for every id-bearing operation of the OpenAPI document, called on tenant A's
 * objects, checks that
 * <ul>
 *   <li>without a token a secured operation answers 401,</li>
 *   <li>a token whose role the operation does not list answers 403,</li>
 *   <li>a token of another tenant with a listed tenant-scoped role is denied with exactly 404 (a 403 would tell
 *       it the object exists), except for a change of an object it may read (a public partner profile): 403,</li>
 *   <li>for reads, tenant A's own token succeeds (so the denials above are about the tenant, not the fixture),</li>
 *   <li>every denial is a problem document.</li>
 * </ul>
 * Collects every failure instead of stopping at the first.
 */
public final class TenantMatrix {

    /** The roles whose tokens belong to one tenant; portal and platform-admin read across. */
    public static final Set<String> TENANT_SCOPED = Set.of("library-staff", "partner-admin", "consortium-analyst");
    public static final List<String> ALL_ROLES =
            List.of("library-staff", "partner-admin", "consortium-analyst", "portal", "platform-admin");

    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final Map<String, String> ownerTokens = new LinkedHashMap<>();
    private final Map<String, String> otherTenantTokens = new LinkedHashMap<>();
    private final List<String> checked = new ArrayList<>();

    /** A path parameter's value: the id of tenant A's object. */
    public TenantMatrix pathValue(String parameter, Object value) {
        pathValues.put(parameter, String.valueOf(value));
        return this;
    }

    /** A token of tenant A (or a cross-tenant role) for {@code role}. */
    public TenantMatrix ownerToken(String role, String token) {
        ownerTokens.put(role, token);
        return this;
    }

    /** A token of another tenant for a tenant-scoped {@code role}. */
    public TenantMatrix otherTenantToken(String role, String token) {
        otherTenantTokens.put(role, token);
        return this;
    }

    /** What the matrix called, one line per request, for the test's report. */
    public List<String> checked() {
        return checked;
    }

    public List<String> failures(List<ApiOperation> operations) {
        List<String> failures = new ArrayList<>();
        for (ApiOperation operation : operations) {
            if (!operation.idBearing()) {
                continue;
            }
            String path = operation.resolve(pathValues);
            if (!operation.secured()) {
                if (operation.isRead()) {
                    expect(failures, operation, "anonymous read of a public operation", call(operation, path, null),
                            Set.of(200));
                }
                continue;
            }
            expect(failures, operation, "no token", call(operation, path, null), Set.of(401));
            for (String role : ALL_ROLES) {
                if (!operation.roles().contains(role)) {
                    expect(failures, operation, "role " + role + " not listed", call(operation, path, tokenFor(role)),
                            Set.of(403));
                }
            }
            for (String role : operation.roles()) {
                if (TENANT_SCOPED.contains(role)) {
                    String other = otherTenant(role);
                    // existence is revealed only to who may see the object: a change of an object the caller
                    // can read is forbidden (403); anything about an object it cannot see is not found (404)
                    int denial = !operation.isRead() && readable(objectPath(path), other) ? 403 : 404;
                    expect(failures, operation, "another tenant's " + role, call(operation, path, other),
                            Set.of(denial));
                }
                if (operation.isRead()) {
                    Response own = call(operation, path, tokenFor(role));
                    record(operation, "own " + role, own);
                    if (own.statusCode() != 200) {
                        failures.add(operation + " with the owner's " + role + " token: expected 200, got "
                                + own.statusCode() + " " + own.asString());
                    }
                }
            }
        }
        return failures;
    }

    /** The object an operation's path acts on: the path up to and including its first path parameter's value. */
    private String objectPath(String resolvedPath) {
        int end = resolvedPath.length();
        for (String value : pathValues.values()) {
            int at = resolvedPath.indexOf("/" + value);
            if (at >= 0) {
                end = Math.min(end, at + value.length() + 1);
            }
        }
        return resolvedPath.substring(0, end);
    }

    /** Whether this token (or none, for a public object) reads the object: a GET of its path answers 200. */
    private boolean readable(String objectPath, String token) {
        RequestSpecification request = given().accept(ContentType.JSON);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().get(objectPath).statusCode() == 200;
    }

    private String tokenFor(String role) {
        String token = ownerTokens.get(role);
        if (token == null) {
            throw new IllegalArgumentException("no owner token for role " + role);
        }
        return token;
    }

    private String otherTenant(String role) {
        String token = otherTenantTokens.get(role);
        if (token == null) {
            throw new IllegalArgumentException("no other-tenant token for role " + role);
        }
        return token;
    }

    private Response call(ApiOperation operation, String path, String token) {
        RequestSpecification request = given().accept(ContentType.JSON);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (operation.requestExample() != null && !operation.requestExample().isMissingNode()) {
            request.contentType(ContentType.JSON).body(operation.requestExample().toString());
        } else if (!operation.isRead() && !operation.method().equals("DELETE")) {
            request.contentType(ContentType.JSON).body("{}");
        }
        return request.when().request(operation.method(), path).andReturn();
    }

    private void expect(List<String> failures, ApiOperation operation, String caller, Response response,
                        Set<Integer> allowed) {
        record(operation, caller, response);
        int status = response.statusCode();
        if (!allowed.contains(status)) {
            failures.add(operation + " with " + caller + ": expected " + allowed + ", got " + status + " "
                    + response.asString());
        } else if (status >= 400 && !response.contentType().startsWith("application/problem+json")) {
            failures.add(operation + " with " + caller + ": " + status + " is not a problem document");
        }
    }

    private void record(ApiOperation operation, String caller, Response response) {
        checked.add(operation + " | " + caller + " -> " + response.statusCode());
    }
}

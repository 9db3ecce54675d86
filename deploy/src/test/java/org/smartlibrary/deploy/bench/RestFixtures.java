package org.smartlibrary.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.smartlibrary.deploy.system.Workload;
import org.smartlibrary.testkit.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;

/**
 * What the REST benchmark sets up through the services' own APIs, each request as its tenant would send it:
 * libraries (platform-admin), draft assessments with needs and their ETags (library staff), completions, partners
 * with offerings in the libraries' region (platform-admin), and the wait for an assessment's recommendations.
 * Any other status than the expected one fails at once: the services are up and nothing is injected here.
 */
final class RestFixtures {

    /** The region of every library and partner made here, so that the partners reach the libraries. */
    static final String REGION = "Central Valley";
    private static final String[] PARTNER_TYPES = {"IT_COMPANY", "FOUNDATION", "ACADEMIC_INSTITUTION", "NONPROFIT",
            "DESIGN_FIRM"};
    private static final String ADMIN = TestTokens.platformAdmin();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String assessmentUrl;
    private final String partnerUrl;
    private final String matchingUrl;
    private final String run;
    private final Map<String, String> staffTokens = new ConcurrentHashMap<>();

    RestFixtures(String assessmentUrl, String partnerUrl, String matchingUrl, String run) {
        this.assessmentUrl = assessmentUrl;
        this.partnerUrl = partnerUrl;
        this.matchingUrl = matchingUrl;
        this.run = run;
    }

    /** A library staff token of this library (the {@code library_id} claim). */
    String staff(String library) {
        return staffTokens.computeIfAbsent(library, l -> TestTokens.libraryStaff(UUID.fromString(l)));
    }

    List<String> libraries(int count) {
        List<String> libraries = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            libraries.add(send(ADMIN, "POST", assessmentUrl + "/api/v1/libraries", """
                    {"name":"Benchmark Library %s %d","region":"%s","city":"Springfield",
                     "location":{"latitude":45.1,"longitude":7.6}}""".formatted(run, l, REGION), null, 201)
                    .get("id").asText());
        }
        return libraries;
    }

    /** A draft assessment of the library with one need of each type; returns its id. */
    String draft(String library, String title, List<String> needTypes) {
        String assessment = send(staff(library), "POST", assessmentUrl + "/api/v1/assessments",
                "{\"library_id\":\"" + library + "\",\"title\":\"" + title + "\"}", null, 201).get("id").asText();
        for (String type : needTypes) {
            send(staff(library), "POST", assessmentUrl + "/api/v1/assessments/" + assessment + "/needs",
                    Workload.need(type), null, 201);
        }
        return assessment;
    }

    /** The ETag a GET of the assessment answers, which its completion sends as If-Match. */
    String etag(String library, String assessment) {
        return exchange(staff(library), "GET", assessmentUrl + "/api/v1/assessments/" + assessment, null, null, 200)
                .headers().firstValue("ETag")
                .orElseThrow(() -> new AssertionError("GET assessment " + assessment + " answered no ETag"));
    }

    void complete(String library, String assessment) {
        send(staff(library), "POST", assessmentUrl + "/api/v1/assessments/" + assessment + "/completion", null,
                etag(library, assessment), 200);
    }

    /**
     * Registers partners in {@link #REGION}, each with two offerings of the harness's need types (partner {@code p}:
     * types {@code p} and {@code p + 1} of {@link Workload#NEED_TYPES}, capacities growing with {@code p}); returns
     * their ids.
     */
    List<String> partners(int count) {
        List<String> partners = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            String partner = send(ADMIN, "POST", partnerUrl + "/api/v1/partners", """
                    {"name":"Benchmark Partner %s %d","partner_type":"%s",
                     "service_area":{"remote":false,"national":false,"regions":["%s"],"cities":[]},
                     "contact":{"name":"Partnerships desk","email":"partners%d@example.org"},"seeks":[]}"""
                    .formatted(run, p, PARTNER_TYPES[p % PARTNER_TYPES.length], REGION, p), null, 201)
                    .get("id").asText();
            for (int t = 0; t < 2; t++) {
                String type = Workload.NEED_TYPES[(p + t) % Workload.NEED_TYPES.length];
                send(ADMIN, "POST", partnerUrl + "/api/v1/partners/" + partner + "/offerings",
                        Workload.offering(type, 100 + 37 * p), null, 201);
            }
            partners.add(partner);
        }
        return partners;
    }

    /** Waits until the assessment's recommendations are READY, not refreshing, with at least {@code atLeast}. */
    JsonNode awaitRecommendations(String library, String assessment, int atLeast, Duration timeout) {
        String url = matchingUrl + "/api/v1/assessments/" + assessment + "/recommendations";
        AtomicReference<JsonNode> ready = new AtomicReference<>();
        await("recommendations of " + assessment + " READY with " + atLeast + " or more").atMost(timeout)
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    HttpResponse<String> response = request(staff(library), "GET", url, null, null);
                    if (response.statusCode() != 200) {
                        return false;
                    }
                    JsonNode body = Workload.JSON.readTree(response.body());
                    ready.set(body);
                    return body.path("status").asText().equals("READY") && !body.path("refresh_pending").asBoolean()
                            && body.path("recommendations").size() >= atLeast;
                });
        return ready.get();
    }

    /** The outbox backlog of a service ({@code GET /api/v1/admin/outbox}, platform-admin). */
    long outboxBacklog(String baseUrl) {
        return send(ADMIN, "GET", baseUrl + "/api/v1/admin/outbox", null, null, 200).path("backlog").asLong();
    }

    private JsonNode send(String token, String method, String url, String body, String ifMatch, int expected) {
        String answer = exchange(token, method, url, body, ifMatch, expected).body();
        try {
            return answer.isEmpty() ? Workload.JSON.createObjectNode() : Workload.JSON.readTree(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " answered what is not JSON", e);
        }
    }

    private HttpResponse<String> exchange(String token, String method, String url, String body, String ifMatch,
                                          int expected) {
        HttpResponse<String> response = request(token, method, url, body, ifMatch);
        if (response.statusCode() != expected) {
            throw new AssertionError(method + " " + url + " answered " + response.statusCode() + " instead of "
                    + expected + ": " + response.body());
        }
        return response;
    }

    private HttpResponse<String> request(String token, String method, String url, String body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return BenchHttp.send(http, request.build());
    }
}

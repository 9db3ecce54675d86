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
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * The requests of the storage and re-match benchmarks, each as its tenant sends it through the services' REST APIs:
 * libraries and partners (platform-admin), offerings (the partner's admin), draft assessments, completions and
 * revisions (the library's staff, If-Match from a GET first), recommendations and feedback. Every creating POST
 * carries an {@code Idempotency-Key} (so each leaves the idempotency record a client's retry would find), derived from
 * the run and what it creates. A request that finds the service unreachable or answers 5xx is sent again with the same
 * key for up to a minute (counted in {@link #retries}); any other unexpected status fails at once.
 */
final class FlowClient {

    private static final String ADMIN = TestTokens.platformAdmin();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final BenchStack stack;
    private final String run;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong idempotentPosts = new AtomicLong();

    FlowClient(BenchStack stack, String run) {
        this.stack = stack;
        this.run = run;
    }

    private String assessmentUrl() {
        return stack.url("assessment-service");
    }

    private String partnerUrl() {
        return stack.url("partner-service");
    }

    private String matchingUrl() {
        return stack.url("matching-service");
    }

    /** A library in this region, in this consortium ({@code null}: none); returns its id. */
    String library(int n, String region, String consortium) {
        String member = consortium == null ? "" : "\"consortium\":\"" + consortium + "\",";
        return post(ADMIN, assessmentUrl() + "/api/v1/libraries", """
                {"name":"Bench Library %s %d",%s"region":"%s","city":"Springfield %d",
                 "location":{"latitude":45.1,"longitude":7.6}}""".formatted(run, n, member, region, n),
                "l" + n).get("id").asText();
    }

    /** A partner serving this region ({@code null}: national); returns its id. */
    String partner(int n, String region) {
        String area = region == null ? "\"remote\":false,\"national\":true,\"regions\":[],\"cities\":[]"
                : "\"remote\":false,\"national\":false,\"regions\":[\"" + region + "\"],\"cities\":[]";
        return post(ADMIN, partnerUrl() + "/api/v1/partners", """
                {"name":"Bench Partner %s %d","partner_type":"IT_COMPANY","service_area":{%s},
                 "contact":{"name":"Partnerships desk","email":"partners%d@example.org"},"seeks":[]}"""
                .formatted(run, n, area, n), "p" + n).get("id").asText();
    }

    /** A new offering of the partner ({@link Workload#offering}); {@code key} tells it from the partner's others. */
    String offering(String partner, String type, int amount, String key) {
        return post(partnerAdmin(partner), partnerUrl() + "/api/v1/partners/" + partner + "/offerings",
                Workload.offering(type, amount), partner + "-" + key).get("id").asText();
    }

    /** Changes an offering's capacity: GET for its ETag, then PUT with If-Match. */
    void updateOffering(String partner, String offering, String type, int amount) {
        String url = partnerUrl() + "/api/v1/partners/" + partner + "/offerings/" + offering;
        String token = partnerAdmin(partner);
        exchange(token, "PUT", url, Workload.offering(type, amount), null, etag(token, url), Set.of(200));
    }

    /** A draft assessment of the library with one need of each type; returns its id. */
    String draft(String library, String key, String... needTypes) {
        String staff = libraryStaff(library);
        String assessment = post(staff, assessmentUrl() + "/api/v1/assessments",
                "{\"library_id\":\"" + library + "\",\"title\":\"Bench " + run + " " + key + "\"}", "a" + key)
                .get("id").asText();
        for (int n = 0; n < needTypes.length; n++) {
            post(staff, assessmentUrl() + "/api/v1/assessments/" + assessment + "/needs",
                    Workload.need(needTypes[n]), "a" + key + "-n" + n);
        }
        return assessment;
    }

    /** Completes the assessment's draft revision (If-Match: its ETag, read first). */
    void complete(String library, String assessment, int revision) {
        String staff = libraryStaff(library);
        String url = assessmentUrl() + "/api/v1/assessments/" + assessment;
        exchange(staff, "POST", url + "/completion", null, assessment + "-c" + revision, etag(staff, url),
                Set.of(200));
        idempotentPosts.incrementAndGet();
    }

    /** Starts the next revision (a draft copy) of the completed assessment. */
    void revise(String library, String assessment, int revision) {
        String staff = libraryStaff(library);
        String url = assessmentUrl() + "/api/v1/assessments/" + assessment;
        exchange(staff, "POST", url + "/revisions", null, assessment + "-r" + revision, etag(staff, url),
                Set.of(201));
        idempotentPosts.incrementAndGet();
    }

    /** The assessment's recommendations as its library's staff reads them; {@code null} unless 200. */
    JsonNode recommendations(String library, String assessment) {
        HttpResponse<String> response = request(libraryStaff(library), "GET",
                matchingUrl() + "/api/v1/assessments/" + assessment + "/recommendations", null, null, null);
        return response.statusCode() == 200 ? json(response.body()) : null;
    }

    /** Records CONTACTED for the partner on the assessment's current recommendations. */
    void feedback(String library, String assessment, String partner, String key) {
        post(libraryStaff(library), matchingUrl() + "/api/v1/assessments/" + assessment + "/recommendations/"
                + partner + "/feedback", "{\"outcome\":\"CONTACTED\",\"note\":\"Called the partnerships desk\"}", key);
    }

    /** The outbox backlog of a service ({@code GET /api/v1/admin/outbox}). */
    long outboxBacklog(String service) {
        return json(exchange(ADMIN, "GET", stack.url(service) + "/api/v1/admin/outbox", null, null, null,
                Set.of(200)).body()).path("backlog").asLong();
    }

    /** The service's Prometheus text ({@code /q/metrics}). */
    String metrics(String service) {
        return exchange(null, "GET", stack.url(service) + "/q/metrics", null, null, null, Set.of(200)).body();
    }

    long retries() {
        return retries.get();
    }

    /** Creating POSTs sent with an Idempotency-Key (each at most one record per scope and key). */
    long idempotentPosts() {
        return idempotentPosts.get();
    }

    private JsonNode post(String token, String url, String body, String key) {
        idempotentPosts.incrementAndGet();
        return json(exchange(token, "POST", url, body, run + "-" + key, null, Set.of(200, 201)).body());
    }

    private String etag(String token, String url) {
        return exchange(token, "GET", url, null, null, null, Set.of(200)).headers().firstValue("ETag")
                .orElseThrow(() -> new AssertionError("GET " + url + " answered without an ETag"));
    }

    private HttpResponse<String> exchange(String token, String method, String url, String body, String key,
                                          String ifMatch, Set<Integer> expected) {
        AtomicInteger attempts = new AtomicInteger();
        return await(method + " " + url).atMost(Duration.ofMinutes(1)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250)).until(() -> {
                    if (attempts.getAndIncrement() > 0) {
                        retries.incrementAndGet();
                    }
                    HttpResponse<String> response;
                    try {
                        response = request(token, method, url, body, key, ifMatch);
                    } catch (UncheckedIOException e) {
                        return null;
                    }
                    if (response.statusCode() >= 500) {
                        return null;
                    }
                    if (!expected.contains(response.statusCode())) {
                        throw new AssertionError(method + " " + url + " answered " + response.statusCode()
                                + " (expected " + expected + "): " + response.body());
                    }
                    return response;
                }, Objects::nonNull);
    }

    private HttpResponse<String> request(String token, String method, String url, String body, String key,
                                         String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (!url.endsWith("/q/metrics")) {
            request.header("Accept", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return BenchHttp.send(http, request.build());
    }

    private static JsonNode json(String body) {
        try {
            return body.isEmpty() ? Workload.JSON.createObjectNode() : Workload.JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    private String partnerAdmin(String partner) {
        return tokens.computeIfAbsent("p:" + partner, k -> TestTokens.partnerAdmin(UUID.fromString(partner)));
    }

    private String libraryStaff(String library) {
        return tokens.computeIfAbsent("l:" + library, k -> TestTokens.libraryStaff(UUID.fromString(library)));
    }
}

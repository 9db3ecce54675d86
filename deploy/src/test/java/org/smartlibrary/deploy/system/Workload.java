package org.smartlibrary.deploy.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.smartlibrary.testkit.TestTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * Drives the suite over its REST APIs for the harnesses (fault injection, benchmarks): partners with offerings,
 * libraries, assessments with one need, completions and revisions, offering changes. Every request is retried with
 * the same {@code Idempotency-Key} while the service is unreachable or answers 5xx (counted per service and status).
 * Writes of a versioned resource read it first and send its ETag as If-Match.
 */
public final class Workload {

    public static final String[] NEED_TYPES = {"TECHNOLOGY.ROBOTICS", "FINANCIAL.PROGRAM", "HUMAN.RESEARCH_EVALUATION"};
    public static final ObjectMapper JSON = new ObjectMapper();
    /** Onboards partners and libraries, reads across tenants; tenants' writes use their own tokens. */
    private static final String ADMIN = TestTokens.platformAdmin();
    /** How often a change read-and-written again after a 412 may find its ETag stale once more before it fails. */
    private static final int STALE_ETAG_ATTEMPTS = 5;

    private final Suite suite;
    private final String run;
    private final Duration retryFor;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicLong retries = new AtomicLong();
    private final Map<String, AtomicInteger> serverErrors = new ConcurrentHashMap<>();
    private final List<String> serverErrorSamples = new CopyOnWriteArrayList<>();
    private final List<String> partnerIds = new ArrayList<>();
    private final Map<String, List<String>> offeringIds = new HashMap<>();
    private final Map<String, String> libraryOfAssessment = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public Workload(Suite suite, String run, Duration retryFor) {
        this.suite = suite;
        this.run = run;
        this.retryFor = retryFor;
    }

    public String run() {
        return run;
    }

    /** Registers partners in the region of the libraries, each with two offerings of the need types. */
    public List<String> seedPartners(int count) {
        for (int p = 0; p < count; p++) {
            String partner = send(ADMIN, "POST", suite.partnerUrl() + "/api/v1/partners", """
                    {"name":"Harness Partner %s %d","partner_type":"IT_COMPANY",
                     "service_area":{"remote":false,"national":false,"regions":["Central Valley"],"cities":[]},
                     "contact":{"name":"Partnerships desk","email":"partners@example.org"},"seeks":[]}"""
                    .formatted(run, p), run + "-p" + p, 201).get("id").asText();
            List<String> offerings = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                String type = NEED_TYPES[(p + t) % NEED_TYPES.length];
                offerings.add(send(partnerAdmin(partner), "POST", suite.partnerUrl() + "/api/v1/partners/" + partner + "/offerings",
                        offering(type, 100 + 37 * p), run + "-p" + p + "-o" + t, 201).get("id").asText());
            }
            synchronized (this) {
                partnerIds.add(partner);
                offeringIds.put(partner, offerings);
            }
        }
        return List.copyOf(partnerIds);
    }

    public List<String> seedLibraries(int count) {
        List<String> libraries = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            libraries.add(send(ADMIN, "POST", suite.assessmentUrl() + "/api/v1/libraries", """
                    {"name":"Harness Library %s %d","consortium":"Valley Libraries","region":"Central Valley",
                     "city":"Springfield","location":{"latitude":45.1,"longitude":7.6}}""".formatted(run, l),
                    run + "-l" + l, 201).get("id").asText());
        }
        return libraries;
    }

    /** A draft assessment of this library with one need (type by {@code i}); returns its id. */
    public String draft(int i, String library) {
        String key = run + "-" + i;
        String staff = libraryStaff(library);
        String assessment = send(staff, "POST", suite.assessmentUrl() + "/api/v1/assessments",
                "{\"library_id\":\"" + library + "\",\"title\":\"Harness run " + key + "\"}", key + "-a", 201)
                .get("id").asText();
        libraryOfAssessment.put(assessment, library);
        send(staff, "POST", suite.assessmentUrl() + "/api/v1/assessments/" + assessment + "/needs",
                need(NEED_TYPES[Math.floorMod(i, NEED_TYPES.length)]), key + "-n", 201);
        return assessment;
    }

    /** Completes the draft (If-Match: its ETag, read first); returns the completed revision. */
    public int complete(String assessment, String idempotencyKey) {
        return complete(assessment, idempotencyKey, assessmentEtag(assessment));
    }

    /** Completes the draft with this If-Match, e.g. an ETag read before a measured phase; returns the revision. */
    public int complete(String assessment, String idempotencyKey, String ifMatch) {
        String staff = libraryStaff(libraryOfAssessment.get(assessment));
        JsonNode completed = send(staff, "POST", suite.assessmentUrl() + "/api/v1/assessments/" + assessment + "/completion",
                null, idempotencyKey, ifMatch, 200);
        JsonNode revision = completed.path("revision");
        if (revision.isInt()) {
            return revision.asInt();
        }
        return send(staff, "GET", suite.assessmentUrl() + "/api/v1/assessments/" + assessment, null, null, 200)
                .path("revision").asInt();
    }

    /** Starts the next revision (a draft copy) of a completed assessment (If-Match: its ETag, read first). */
    public void revise(String assessment, String idempotencyKey) {
        send(libraryStaff(libraryOfAssessment.get(assessment)), "POST",
                suite.assessmentUrl() + "/api/v1/assessments/" + assessment + "/revisions", null, idempotencyKey,
                assessmentEtag(assessment), 201);
    }

    /** The assessment's ETag (its newest revision's), which completion and revision send as If-Match. */
    public String assessmentEtag(String assessment) {
        return etag(libraryStaff(libraryOfAssessment.get(assessment)),
                suite.assessmentUrl() + "/api/v1/assessments/" + assessment);
    }

    /** Changes one offering (quantity / amount) of the {@code n}-th partner: a partner-directory event. */
    public void changeOffering(int n, int amount) {
        String partner;
        String offering;
        int t;
        int p;
        synchronized (this) {
            p = n % partnerIds.size();
            partner = partnerIds.get(p);
            t = (n / partnerIds.size()) % 2;
            offering = offeringIds.get(partner).get(t);
        }
        String url = suite.partnerUrl() + "/api/v1/partners/" + partner + "/offerings/" + offering;
        String body = offering(NEED_TYPES[(p + t) % NEED_TYPES.length], amount);
        // GET, then PUT with the ETag; a 412 (another worker changed the offering, or the response to an applied
        // change was lost in an outage and the retry carries the old ETag) reads the offering again, as a client does
        for (int attempt = 1; ; attempt++) {
            String token = partnerAdmin(partner);
            if (exchange(token, "PUT", url, body, null, etag(token, url), Set.of(200, 412)).statusCode() == 200) {
                return;
            }
            if (attempt == STALE_ETAG_ATTEMPTS) {
                throw new AssertionError("PUT " + url + " → 412 " + attempt + " times in a row");
            }
        }
    }

    public static String need(String type) {
        return switch (type) {
            case "FINANCIAL.PROGRAM" -> """
                    {"category":"FINANCIAL","type":"FINANCIAL.PROGRAM","description":"Running the program",
                     "amount":40000,"currency":"EUR","horizon":"LONG_TERM","priority":4}""";
            case "HUMAN.RESEARCH_EVALUATION" -> """
                    {"category":"HUMAN","type":"HUMAN.RESEARCH_EVALUATION","description":"Evaluate the impact",
                     "quantity":2,"unit":"people","horizon":"SHORT_TERM","priority":2}""";
            default -> """
                    {"category":"TECHNOLOGY","type":"TECHNOLOGY.ROBOTICS","description":"Robots for the coding club",
                     "quantity":300,"unit":"robots","horizon":"SHORT_TERM","priority":5}""";
        };
    }

    public static String offering(String type, int amount) {
        return switch (type) {
            case "FINANCIAL.PROGRAM" -> """
                    {"category":"FINANCIAL","type":"FINANCIAL.PROGRAM","description":"Digital skills grant",
                     "amount":%d,"currency":"EUR","available_from":"%s","available_until":"%s","horizon":"LONG_TERM"}"""
                    .formatted(amount * 100, LocalDate.now(), LocalDate.now().plusYears(3));
            case "HUMAN.RESEARCH_EVALUATION" -> """
                    {"category":"HUMAN","type":"HUMAN.RESEARCH_EVALUATION","description":"Impact evaluation team",
                     "quantity":%d,"unit":"people","horizon":"ANY"}""".formatted(1 + amount % 5);
            default -> """
                    {"category":"TECHNOLOGY","type":"TECHNOLOGY.ROBOTICS","description":"Educational robot kits",
                     "quantity":%d,"unit":"robots","horizon":"ANY"}""".formatted(amount);
        };
    }

    /**
     * One request, retried (same Idempotency-Key) while the service is unreachable or answers 5xx, for up to the
     * retry period. Any other status than {@code expected} fails.
     */
    public JsonNode send(String token, String method, String url, String body, String idempotencyKey, int expected) {
        return send(token, method, url, body, idempotencyKey, null, expected);
    }

    /** {@link #send(String, String, String, String, String, int)} with If-Match ({@code null}: none). */
    public JsonNode send(String token, String method, String url, String body, String idempotencyKey, String ifMatch,
                         int expected) {
        String answer = exchange(token, method, url, body, idempotencyKey, ifMatch, Set.of(expected)).body();
        try {
            return answer.isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer);
        } catch (IOException e) {
            throw new AssertionError(method + " " + url + " answered what is not JSON: " + abbreviate(answer), e);
        }
    }

    /** The resource's ETag as a GET answers it (retried like any request), to send as If-Match on a write. */
    public String etag(String token, String url) {
        return exchange(token, "GET", url, null, null, null, Set.of(200)).headers().firstValue("ETag")
                .orElseThrow(() -> new AssertionError("GET " + url + " answered without an ETag"));
    }

    /** The request, retried like {@link #send}; any status outside {@code expected} fails. */
    private HttpResponse<String> exchange(String token, String method, String url, String body, String idempotencyKey,
                                          String ifMatch, Set<Integer> expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpRequest built = request.build();
        AtomicInteger attempts = new AtomicInteger();
        return await(method + " " + url).atMost(retryFor)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(300)).until(() -> {
                    if (attempts.getAndIncrement() > 0) {
                        retries.incrementAndGet();
                    }
                    HttpResponse<String> response;
                    try {
                        response = http.send(built, HttpResponse.BodyHandlers.ofString());
                    } catch (IOException e) {
                        return null; // down or restarting
                    }
                    int status = response.statusCode();
                    if (status >= 500) {
                        serverErrors.computeIfAbsent(serviceOf(url) + " " + status, k -> new AtomicInteger())
                                .incrementAndGet();
                        if (serverErrorSamples.size() < 50) {
                            serverErrorSamples.add(Instant.now() + " " + method + " " + url + " → " + status + " "
                                    + abbreviate(response.body()));
                        }
                        return null;
                    }
                    if (!expected.contains(status)) {
                        throw new AssertionError(method + " " + url + " → " + status + " (expected " + expected
                                + ", attempt " + attempts.get() + "): " + response.body());
                    }
                    return response;
                }, Objects::nonNull);
    }

    /** A partner's admin token (cached: signing costs about a millisecond). */
    private String partnerAdmin(String partner) {
        return tokens.computeIfAbsent("partner:" + partner, k -> TestTokens.partnerAdmin(UUID.fromString(partner)));
    }

    private String libraryStaff(String library) {
        return tokens.computeIfAbsent("library:" + library, k -> TestTokens.libraryStaff(UUID.fromString(library)));
    }

    /** GET without retries, as a platform administrator (reads across tenants): the parsed body, null unless 200. */
    public JsonNode getOrNull(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + ADMIN)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private String serviceOf(String url) {
        int port = URI.create(url).getPort();
        if (port == URI.create(suite.assessmentUrl()).getPort()) {
            return "assessment-service";
        }
        return port == URI.create(suite.partnerUrl()).getPort() ? "partner-service" : "matching-service";
    }

    public long retries() {
        return retries.get();
    }

    public Map<String, Integer> serverErrors() {
        Map<String, Integer> errors = new java.util.TreeMap<>();
        serverErrors.forEach((k, v) -> errors.put(k, v.get()));
        return errors;
    }

    public List<String> serverErrorSamples() {
        return List.copyOf(serverErrorSamples);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

package org.smartlibrary.localtools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the demo data in deploy/local/demo/data/ ({@link DemoData}) into a running suite through its REST APIs.
 * Run by deploy/local/demo/load. Calls carry development bearer tokens ({@link DevTokens}) minted with the local
 * stack's key: platform-admin onboards partners and libraries, each partner's admin adds its offerings, each
 * library's staff writes its assessments. The tokens of every demo tenant are written to &lt;keys dir&gt;/demo-tokens.txt.
 *
 * <p>"ref" fields only name things inside the files and are not sent; a need's "goal_ref" is sent as "goal_id".
 * Codes (types, units, priorities 1..5, condition codes) are those of platform/contracts taxonomy-v1.json. An
 * offering window that would already be over is moved forward by whole years ({@link OfferingWindows}). Each POST
 * carries an Idempotency-Key derived from its path and body, so loading twice into the same databases replays the
 * first answers instead of creating duplicates. Any non-2xx answer stops the load with exit code 1 and shows the
 * problem document. Afterwards it waits a little for matching-service (asynchronous, over Kafka) and reports the
 * recommendations per completed assessment; that part only informs and never fails the load.
 */
public class DemoLoader {

    static final class LoadFailure extends RuntimeException {
        LoadFailure(String message) {
            super(message);
        }
    }

    /** A completed assessment whose recommendations are reported at the end. */
    record Completed(String libraryName, String assessmentId, String libraryId) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String assessmentUrl;
    private final String partnerUrl;
    private final String matchingUrl;
    private final List<Completed> completedAssessments = new ArrayList<>();
    private final List<String> tenantTokens = new ArrayList<>(); // "role  name  token" lines for demo-tokens.txt
    private final DevTokens tokens;
    private String bearer;
    private final boolean dryRun;
    private int requests;
    private int shiftedWindows;
    private long dryRunIds;

    DemoLoader(String assessmentUrl, String partnerUrl, String matchingUrl, boolean dryRun, DevTokens tokens) {
        this.tokens = tokens;
        this.assessmentUrl = stripSlash(assessmentUrl);
        this.partnerUrl = stripSlash(partnerUrl);
        this.matchingUrl = stripSlash(matchingUrl);
        this.dryRun = dryRun;
    }

    public static void main(String[] args) throws Exception {
        String assessmentUrl = env("ASSESSMENT_URL", "http://127.0.0.1:8081");
        String partnerUrl = env("PARTNER_URL", "http://127.0.0.1:8082");
        String matchingUrl = env("MATCHING_URL", "http://127.0.0.1:8083");
        int waitSeconds = 30;
        Path data = Path.of(env("DEMO_DATA_DIR", "deploy/local/demo/data"));
        boolean dryRun = false;
        Path keys = Path.of(env("SLP_LOCAL_JWT_DIR", ".work/local/jwt"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--assessment-url" -> assessmentUrl = args[++i];
                case "--partner-url" -> partnerUrl = args[++i];
                case "--matching-url" -> matchingUrl = args[++i];
                case "--keys" -> keys = Path.of(args[++i]);
                case "--wait" -> waitSeconds = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--dry-run" -> dryRun = true;
                case "-h", "--help" -> {
                    System.out.println("usage: load [--assessment-url URL] [--partner-url URL] [--matching-url URL]"
                            + " [--data DIR] [--keys DIR] [--wait SECONDS] [--dry-run]\n"
                            + "  defaults: ASSESSMENT_URL=http://127.0.0.1:8081 PARTNER_URL=http://127.0.0.1:8082"
                            + " MATCHING_URL=http://127.0.0.1:8083, data in deploy/local/demo/data\n"
                            + "  --keys: the local stack's signing key directory (default SLP_LOCAL_JWT_DIR or .work/local/jwt)\n"
                            + "  --wait: seconds to wait for recommendations afterwards (default 30, 0 = do not wait)\n"
                            + "  --dry-run: check the data files and print what would be sent, without sending");
                    return;
                }
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    System.exit(2);
                }
            }
        }
        DevTokens tokens = null;
        if (!dryRun) {
            if (!Files.exists(keys.resolve("private-key.pk8"))) {
                System.err.println("DEMO LOAD FAILED: no signing key in " + keys + " (deploy/local/start creates it)");
                System.exit(1);
            }
            tokens = DevTokens.load(keys);
        }
        DemoLoader loader = new DemoLoader(assessmentUrl, partnerUrl, matchingUrl, dryRun, tokens);
        try {
            DemoData demo = DemoData.read(data);
            loader.loadPartners(demo.partners());
            loader.loadLibraries(demo.libraries());
            if (!dryRun) {
                loader.writeTenantTokens(keys.resolve("demo-tokens.txt"));
            }
            System.out.printf("%ndemo data loaded (%d requests)%s%n", loader.requests, dryRun ? " [dry run: nothing sent]" : "");
            if (!dryRun && waitSeconds > 0) {
                loader.reportRecommendations(waitSeconds);
            }
        } catch (LoadFailure e) {
            System.err.println();
            System.err.println("DEMO LOAD FAILED: " + e.getMessage());
            System.exit(1);
        } catch (JsonProcessingException e) {
            System.err.println("DEMO LOAD FAILED: bad JSON in the data files: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()));
            System.exit(1);
        }
    }

    int requests() {
        return requests;
    }

    void loadPartners(List<DemoData.Partner> partners) {
        System.out.printf("partner organizations -> %s/api/v1/partners%n", partnerUrl);
        int n = 0;
        int offerings = 0;
        LocalDate today = LocalDate.now();
        for (DemoData.Partner entry : partners) {
            ObjectNode body = entry.partner();
            actAs("platform-admin", null, null);
            String id = create(partnerUrl, "/api/v1/partners", body);
            actAs("partner-admin", id, body.path("name").asText());
            for (ObjectNode original : entry.offerings()) {
                ObjectNode offering = original.deepCopy();
                if (OfferingWindows.shiftIntoTheFuture(offering, today)) {
                    shiftedWindows++;
                }
                create(partnerUrl, "/api/v1/partners/" + id + "/offerings", offering);
            }
            n++;
            offerings += entry.offerings().size();
            System.out.printf("  [%2d/%d] %-46s %-22s id=%s, %d offering(s)%n", n, partners.size(), text(body, "name"),
                    text(body, "partner_type"), id, entry.offerings().size());
        }
        System.out.printf("  %d partner organizations, %d offerings%s%n", n, offerings,
                shiftedWindows == 0 ? "" : " (" + shiftedWindows + " availability windows moved forward to stay current)");
    }

    void loadLibraries(List<DemoData.Library> libraries) {
        System.out.printf("libraries and assessments -> %s/api/v1%n", assessmentUrl);
        int completed = 0;
        for (DemoData.Library entry : libraries) {
            ObjectNode library = entry.library();
            actAs("platform-admin", null, null);
            String libraryId = create(assessmentUrl, "/api/v1/libraries", library);
            actAs("library-staff", libraryId, text(library, "name"));
            System.out.printf("  %s (%s, %s) id=%s%n", text(library, "name"), text(library, "city"),
                    text(library, "consortium"), libraryId);
            for (DemoData.Assessment assessment : entry.assessments()) {
                ObjectNode body = DemoData.JSON.createObjectNode();
                body.put("library_id", libraryId);
                body.put("title", assessment.title());
                String assessmentId = create(assessmentUrl, "/api/v1/assessments", body);
                String base = "/api/v1/assessments/" + assessmentId;

                Map<String, String> goalIds = new LinkedHashMap<>();
                for (ObjectNode original : assessment.goals()) {
                    ObjectNode goal = original.deepCopy();
                    JsonNode ref = goal.remove("ref");
                    String goalId = create(assessmentUrl, base + "/goals", goal);
                    if (ref != null && !ref.isNull()) {
                        goalIds.put(ref.asText(), goalId);
                    }
                }
                for (ObjectNode original : assessment.needs()) {
                    ObjectNode need = original.deepCopy();
                    JsonNode goalRef = need.remove("goal_ref");
                    if (goalRef != null && !goalRef.isNull()) {
                        String goalId = goalIds.get(goalRef.asText());
                        if (goalId == null) {
                            throw new LoadFailure("need \"" + text(need, "description") + "\" refers to unknown goal_ref "
                                    + goalRef + " (libraries.json, " + text(library, "name") + ")");
                        }
                        need.put("goal_id", goalId);
                    }
                    create(assessmentUrl, base + "/needs", need);
                }
                for (ObjectNode offer : assessment.offers()) {
                    create(assessmentUrl, base + "/offers", offer);
                }
                boolean complete = assessment.completes();
                if (complete) {
                    complete(assessmentUrl, base);
                    completed++;
                    completedAssessments.add(new Completed(text(library, "name"), assessmentId, libraryId));
                }
                System.out.printf("    assessment \"%s\" id=%s: %d goals, %d needs, %d offers%s%n", assessment.title(),
                        assessmentId, assessment.goals().size(), assessment.needs().size(), assessment.offers().size(),
                        complete ? ", completed" : " (draft)");
            }
        }
        System.out.printf("  %d libraries, %d completed assessments (matching-service computes recommendations"
                + " asynchronously)%n", libraries.size(), completed);
    }

    /** Polls matching-service until every completed assessment has READY recommendations, or time runs out. */
    void reportRecommendations(int waitSeconds) {
        System.out.printf("%nrecommendations (matching-service, asynchronous; waiting up to %ds):%n", waitSeconds);
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        for (Completed entry : completedAssessments) {
            String url = matchingUrl + "/api/v1/assessments/" + entry.assessmentId() + "/recommendations";
            String state = "not ready yet";
            actAs("library-staff", entry.libraryId(), null);
            while (true) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                            .header("Accept", "application/json").header("Authorization", "Bearer " + bearer)
                            .GET().build(), HttpResponse.BodyHandlers.ofString());
                    JsonNode body = r.statusCode() == 200 ? DemoData.parseOrNull(r.body()) : null;
                    if (body != null && "READY".equals(body.path("status").asText())) {
                        state = String.format("%d partners recommended, %d needs unmet",
                                body.path("recommendations").size(), body.path("unmet_needs").size());
                        break;
                    }
                    if (r.statusCode() != 200 && r.statusCode() != 404) {
                        state = "HTTP " + r.statusCode();
                        break;
                    }
                } catch (IOException e) {
                    state = "matching-service not reachable (" + e.getClass().getSimpleName() + ")";
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (System.nanoTime() > deadline) {
                    break;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            System.out.printf("  %-34s %s%n    %s%n", entry.libraryName(), state, url);
        }
    }

    /** Following calls carry a token for {@code role} (of tenant {@code tenant}); a named tenant's token is kept. */
    void actAs(String role, String tenant, String name) {
        if (dryRun) {
            return;
        }
        try {
            bearer = tokens.mint(role, tenant);
        } catch (GeneralSecurityException e) {
            throw new LoadFailure("cannot sign a development token: " + e);
        }
        if (name != null) {
            tenantTokens.add(String.format("%-14s %-46s %s", role, name, bearer));
        }
    }

    void writeTenantTokens(Path file) throws IOException {
        Files.write(file, tenantTokens);
        System.out.printf("%ntokens of every demo library's staff and partner's admin (12 h): %s%n", file);
        tenantTokens.stream().filter(line -> line.startsWith("library-staff")).findFirst()
                .ifPresent(line -> System.out.println("  e.g. " + line.substring(0, 61).trim() + ":\n    " + line.substring(62)));
    }

    /** POST a creation; returns the new resource's id (from the body's "id", else the Location header). */
    String create(String baseUrl, String path, ObjectNode body) {
        HttpResponse<String> response = send("POST", baseUrl, path, DemoData.write(body), Map.of(), true);
        if (dryRun) {
            return "dry-" + (++dryRunIds);
        }
        JsonNode parsed = DemoData.parseOrNull(response.body());
        if (parsed != null && parsed.hasNonNull("id")) {
            return parsed.get("id").asText();
        }
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isPresent()) {
            String loc = stripSlash(location.get());
            return loc.substring(loc.lastIndexOf('/') + 1);
        }
        throw new LoadFailure("POST " + baseUrl + path + " answered " + response.statusCode()
                + " but neither an \"id\" in the body nor a Location header:\n" + response.body());
    }

    /** Completes an assessment with If-Match: its current ETag, read first (completion requires it: 428 without). */
    void complete(String baseUrl, String assessmentPath) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!dryRun) {
            HttpResponse<String> current = send("GET", baseUrl, assessmentPath, null, Map.of(), false);
            current.headers().firstValue("ETag").ifPresent(etag -> headers.put("If-Match", etag));
        }
        send("POST", baseUrl, assessmentPath + "/completion", null, headers, true);
    }

    HttpResponse<String> send(String method, String baseUrl, String path, String body, Map<String, String> headers,
                              boolean idempotent) {
        requests++;
        URI uri = URI.create(baseUrl + path);
        if (dryRun) {
            System.out.printf("    %s %s %s%n", method, uri, body == null ? "" : body);
            return null;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        headers.forEach(request::header);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (idempotent) {
            request.header("Idempotency-Key", idempotencyKey(method, path, body == null ? "" : body));
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new LoadFailure(method + " " + uri + ": cannot connect (is the service running?)");
        } catch (IOException e) {
            throw new LoadFailure(method + " " + uri + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted");
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            StringBuilder msg = new StringBuilder();
            msg.append(method).append(' ').append(uri).append(" -> HTTP ").append(status);
            response.headers().firstValue("Content-Type").ifPresent(ct -> msg.append(" (").append(ct).append(')'));
            msg.append('\n').append(DemoData.pretty(response.body()));
            if (body != null) {
                msg.append("\nrequest body:\n").append(DemoData.pretty(body));
            }
            throw new LoadFailure(msg.toString());
        }
        return response;
    }

    static String idempotencyKey(String method, String path, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((method + " " + path + "\n" + body).getBytes(StandardCharsets.UTF_8));
            return "demo-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A field as the old loader printed it: its text, or "null" when absent. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "null" : value.asText();
    }

    static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}

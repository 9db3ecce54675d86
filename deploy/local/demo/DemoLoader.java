/*
 * Loads the demo data in deploy/local/demo/data/ into a running suite through its REST APIs.
 * Run by deploy/local/demo/load (java DemoLoader.java with deploy/local/tokens/DevTokens on the class path; JDK 17,
 * no other dependencies). Calls carry development bearer tokens minted with the local stack's key: platform-admin
 * onboards partners and libraries, each partner's admin adds its offerings, each library's staff writes its
 * assessments. The tokens of every demo tenant are written to <keys dir>/demo-tokens.txt.
 *
 *   partners.json   [{ "ref", "partner": <POST /api/v1/partners body>,
 *                      "offerings": [<POST /api/v1/partners/{id}/offerings body>, ...] }, ...]
 *   libraries.json  [{ "ref", "library": <POST /api/v1/libraries body>,
 *                      "assessments": [{ "title",
 *                                        "goals":  [{ "ref", <POST .../goals body> }],
 *                                        "needs":  [{ <POST .../needs body>, "goal_ref": <a goal's ref> }],
 *                                        "offers": [<POST .../offers body>],
 *                                        "complete": true }] }, ...]
 *
 * "ref" fields only name things inside the files and are not sent; a need's "goal_ref" is sent as "goal_id".
 * Codes (types, units, priorities 1..5, condition codes) are those of platform/contracts taxonomy-v1.json. An offering
 * window that would already be over is moved forward by whole years, so the data stays loadable as time passes.
 * Each POST carries an Idempotency-Key derived from its path and body, so loading twice into the same databases
 * replays the first answers instead of creating duplicates. Any non-2xx answer stops the load with exit code 1 and
 * shows the problem document. Afterwards it waits a little for matching-service (asynchronous, over Kafka) and reports
 * the recommendations per completed assessment; that part only informs and never fails the load.
 */

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class DemoLoader {

    static final class LoadFailure extends RuntimeException {
        LoadFailure(String message) {
            super(message);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String assessmentUrl;
    private final String partnerUrl;
    private final String matchingUrl;
    private final List<String[]> completedAssessments = new ArrayList<>(); // {library name, assessment id, library id}
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
        Path data = Path.of(env("DEMO_DATA_DIR", defaultDataDir()));
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
            List<Object> partners = Json.asList(Json.parse(Files.readString(data.resolve("partners.json"))), "partners.json");
            List<Object> libraries = Json.asList(Json.parse(Files.readString(data.resolve("libraries.json"))), "libraries.json");
            loader.loadPartners(partners);
            loader.loadLibraries(libraries);
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
        } catch (Json.ParseException e) {
            System.err.println("DEMO LOAD FAILED: bad JSON in the data files: " + e.getMessage());
            System.exit(1);
        }
    }

    void loadPartners(List<Object> partners) {
        System.out.printf("partner organizations -> %s/api/v1/partners%n", partnerUrl);
        int n = 0;
        int offerings = 0;
        for (Object o : partners) {
            Map<String, Object> entry = Json.asMap(o, "partner entry");
            Map<String, Object> body = Json.asMap(entry.get("partner"), "partner");
            actAs("platform-admin", null, null);
            String id = create(partnerUrl, "/api/v1/partners", body);
            actAs("partner-admin", id, String.valueOf(body.get("name")));
            List<Object> offeringList = Json.asList(entry.getOrDefault("offerings", List.of()), "offerings");
            for (Object off : offeringList) {
                Map<String, Object> offering = new LinkedHashMap<>(Json.asMap(off, "offering"));
                shiftWindowIntoTheFuture(offering, LocalDate.now());
                create(partnerUrl, "/api/v1/partners/" + id + "/offerings", offering);
            }
            n++;
            offerings += offeringList.size();
            System.out.printf("  [%2d/%d] %-46s %-22s id=%s, %d offering(s)%n", n, partners.size(), body.get("name"),
                    body.get("partner_type"), id, offeringList.size());
        }
        System.out.printf("  %d partner organizations, %d offerings%s%n", n, offerings,
                shiftedWindows == 0 ? "" : " (" + shiftedWindows + " availability windows moved forward to stay current)");
    }

    /** Moves available_from/available_until forward by whole years when the window would already be over. */
    void shiftWindowIntoTheFuture(Map<String, Object> offering, LocalDate today) {
        Object until = offering.get("available_until");
        if (until == null) {
            return;
        }
        LocalDate end = LocalDate.parse(until.toString());
        if (!end.isBefore(today)) {
            return;
        }
        long years = ChronoUnit.YEARS.between(end, today) + 1;
        offering.put("available_until", end.plusYears(years).toString());
        Object from = offering.get("available_from");
        if (from != null) {
            offering.put("available_from", LocalDate.parse(from.toString()).plusYears(years).toString());
        }
        shiftedWindows++;
    }

    void loadLibraries(List<Object> libraries) {
        System.out.printf("libraries and assessments -> %s/api/v1%n", assessmentUrl);
        int completed = 0;
        for (Object o : libraries) {
            Map<String, Object> entry = Json.asMap(o, "library entry");
            Map<String, Object> library = Json.asMap(entry.get("library"), "library");
            actAs("platform-admin", null, null);
            String libraryId = create(assessmentUrl, "/api/v1/libraries", library);
            actAs("library-staff", libraryId, String.valueOf(library.get("name")));
            System.out.printf("  %s (%s, %s) id=%s%n", library.get("name"), library.get("city"), library.get("consortium"),
                    libraryId);
            for (Object a : Json.asList(entry.getOrDefault("assessments", List.of()), "assessments")) {
                Map<String, Object> assessment = Json.asMap(a, "assessment");
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("library_id", libraryId);
                body.put("title", assessment.get("title"));
                String assessmentId = create(assessmentUrl, "/api/v1/assessments", body);
                String base = "/api/v1/assessments/" + assessmentId;

                Map<String, String> goalIds = new LinkedHashMap<>();
                List<Object> goals = Json.asList(assessment.getOrDefault("goals", List.of()), "goals");
                for (Object g : goals) {
                    Map<String, Object> goal = new LinkedHashMap<>(Json.asMap(g, "goal"));
                    Object ref = goal.remove("ref");
                    String goalId = create(assessmentUrl, base + "/goals", goal);
                    if (ref != null) {
                        goalIds.put(ref.toString(), goalId);
                    }
                }
                List<Object> needs = Json.asList(assessment.getOrDefault("needs", List.of()), "needs");
                for (Object nd : needs) {
                    Map<String, Object> need = new LinkedHashMap<>(Json.asMap(nd, "need"));
                    Object goalRef = need.remove("goal_ref");
                    if (goalRef != null) {
                        String goalId = goalIds.get(goalRef.toString());
                        if (goalId == null) {
                            throw new LoadFailure("need \"" + need.get("description") + "\" refers to unknown goal_ref "
                                    + goalRef + " (libraries.json, " + library.get("name") + ")");
                        }
                        need.put("goal_id", goalId);
                    }
                    create(assessmentUrl, base + "/needs", need);
                }
                List<Object> offers = Json.asList(assessment.getOrDefault("offers", List.of()), "offers");
                for (Object of : offers) {
                    create(assessmentUrl, base + "/offers", Json.asMap(of, "offer"));
                }
                boolean complete = !Boolean.FALSE.equals(assessment.get("complete"));
                if (complete) {
                    complete(assessmentUrl, base);
                    completed++;
                    completedAssessments.add(new String[] {String.valueOf(library.get("name")), assessmentId, libraryId});
                }
                System.out.printf("    assessment \"%s\" id=%s: %d goals, %d needs, %d offers%s%n", assessment.get("title"),
                        assessmentId, goals.size(), needs.size(), offers.size(), complete ? ", completed" : " (draft)");
            }
        }
        System.out.printf("  %d libraries, %d completed assessments (matching-service computes recommendations"
                + " asynchronously)%n", libraries.size(), completed);
    }

    /** Polls matching-service until every completed assessment has READY recommendations, or time runs out. */
    void reportRecommendations(int waitSeconds) {
        System.out.printf("%nrecommendations (matching-service, asynchronous; waiting up to %ds):%n", waitSeconds);
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        for (String[] entry : completedAssessments) {
            String url = matchingUrl + "/api/v1/assessments/" + entry[1] + "/recommendations";
            String state = "not ready yet";
            actAs("library-staff", entry[2], null);
            while (true) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                            .header("Accept", "application/json").header("Authorization", "Bearer " + bearer)
                            .GET().build(), HttpResponse.BodyHandlers.ofString());
                    Object body = r.statusCode() == 200 ? parseOrNull(r.body()) : null;
                    if (body instanceof Map<?, ?> m && "READY".equals(m.get("status"))) {
                        state = String.format("%d partners recommended, %d needs unmet",
                                m.get("recommendations") instanceof List<?> l ? l.size() : 0,
                                m.get("unmet_needs") instanceof List<?> u ? u.size() : 0);
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
            System.out.printf("  %-34s %s%n    %s%n", entry[0], state, url);
        }
    }

    /** Following calls carry a token for {@code role} (of tenant {@code tenant}); a named tenant's token is kept. */
    void actAs(String role, String tenant, String name) {
        if (dryRun) {
            return;
        }
        try {
            bearer = tokens.mint(role, tenant);
        } catch (java.security.GeneralSecurityException e) {
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
    String create(String baseUrl, String path, Map<String, Object> body) {
        HttpResponse<String> response = send("POST", baseUrl, path, Json.write(body), Map.of(), true);
        if (dryRun) {
            return "dry-" + (++dryRunIds);
        }
        Object parsed = parseOrNull(response.body());
        if (parsed instanceof Map<?, ?> m && m.get("id") != null) {
            return stringId(m.get("id"));
        }
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isPresent()) {
            String loc = stripSlash(location.get());
            return loc.substring(loc.lastIndexOf('/') + 1);
        }
        throw new LoadFailure("POST " + baseUrl + path + " answered " + response.statusCode()
                + " but neither an \"id\" in the body nor a Location header:\n" + response.body());
    }

    /** Completes an assessment; sends If-Match with the current ETag when the API gives one. */
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
            msg.append('\n').append(pretty(response.body()));
            if (body != null) {
                msg.append("\nrequest body:\n").append(pretty(body));
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
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String stringId(Object id) {
        return id instanceof BigDecimal bd ? bd.toPlainString() : id.toString();
    }

    static Object parseOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : Json.parse(text);
        } catch (Json.ParseException e) {
            return null;
        }
    }

    static String pretty(String text) {
        if (text == null || text.isBlank()) {
            return "  (empty body)";
        }
        Object parsed = parseOrNull(text);
        return parsed == null ? "  " + text : Json.pretty(parsed, "  ");
    }

    static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static String defaultDataDir() {
        // java DemoLoader.java: the source file's folder is not known, so the load script passes DEMO_DATA_DIR;
        // this fallback works when run from the repository root.
        return "deploy/local/demo/data";
    }

    /** Just enough JSON for this loader: objects keep their key order, numbers are BigDecimal. */
    static final class Json {

        static final class ParseException extends RuntimeException {
            ParseException(String message) {
                super(message);
            }
        }

        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json p = new Json(text);
            p.ws();
            Object v = p.value();
            p.ws();
            if (p.i != p.s.length()) {
                throw p.error("trailing characters");
            }
            return v;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> asMap(Object o, String what) {
            if (o instanceof Map<?, ?> m) {
                return (Map<String, Object>) m;
            }
            throw new LoadFailure("data files: " + what + " must be a JSON object, got " + o);
        }

        @SuppressWarnings("unchecked")
        static List<Object> asList(Object o, String what) {
            if (o instanceof List<?> l) {
                return (List<Object>) l;
            }
            throw new LoadFailure("data files: " + what + " must be a JSON array, got " + o);
        }

        private Object value() {
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{': return object();
                case '[': return array();
                case '"': return string();
                case 't': return literal("true", Boolean.TRUE);
                case 'f': return literal("false", Boolean.FALSE);
                case 'n': return literal("null", null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw error("unexpected '" + c + "'");
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            ws();
            if (peek('}')) {
                i++;
                return m;
            }
            while (true) {
                ws();
                if (!peek('"')) {
                    throw error("expected a key");
                }
                String k = string();
                ws();
                expect(':');
                ws();
                m.put(k, value());
                ws();
                if (peek(',')) {
                    i++;
                } else {
                    expect('}');
                    return m;
                }
            }
        }

        private List<Object> array() {
            List<Object> l = new ArrayList<>();
            i++;
            ws();
            if (peek(']')) {
                i++;
                return l;
            }
            while (true) {
                ws();
                l.add(value());
                ws();
                if (peek(',')) {
                    i++;
                } else {
                    expect(']');
                    return l;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    if (i >= s.length()) {
                        break;
                    }
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            if (i + 4 > s.length()) {
                                throw error("bad \\u escape");
                            }
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            throw error("unterminated string");
        }

        private BigDecimal number() {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            try {
                return new BigDecimal(s.substring(start, i));
            } catch (NumberFormatException e) {
                throw error("bad number");
            }
        }

        private Object literal(String word, Object v) {
            if (!s.startsWith(word, i)) {
                throw error("unexpected token");
            }
            i += word.length();
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private boolean peek(char c) {
            return i < s.length() && s.charAt(i) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            i++;
        }

        private ParseException error(String what) {
            int line = 1;
            for (int k = 0; k < Math.min(i, s.length()); k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                }
            }
            return new ParseException(what + " at line " + line);
        }

        static String write(Object v) {
            StringBuilder b = new StringBuilder();
            write(v, b, null, "");
            return b.toString();
        }

        static String pretty(Object v, String indent) {
            StringBuilder b = new StringBuilder(indent);
            write(v, b, "  ", indent);
            return b.toString();
        }

        private static void write(Object v, StringBuilder b, String step, String indent) {
            String inner = step == null ? "" : indent + step;
            String nl = step == null ? "" : "\n";
            if (v == null) {
                b.append("null");
            } else if (v instanceof String str) {
                quote(str, b);
            } else if (v instanceof BigDecimal bd) {
                b.append(bd.toString());
            } else if (v instanceof Number || v instanceof Boolean) {
                b.append(v);
            } else if (v instanceof Map<?, ?> m) {
                if (m.isEmpty()) {
                    b.append("{}");
                    return;
                }
                b.append('{').append(nl);
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) {
                        b.append(',').append(nl);
                    }
                    first = false;
                    b.append(inner);
                    quote(e.getKey().toString(), b);
                    b.append(step == null ? ":" : ": ");
                    write(e.getValue(), b, step, inner);
                }
                b.append(nl).append(step == null ? "" : indent).append('}');
            } else if (v instanceof List<?> l) {
                if (l.isEmpty()) {
                    b.append("[]");
                    return;
                }
                b.append('[').append(nl);
                for (int k = 0; k < l.size(); k++) {
                    if (k > 0) {
                        b.append(',').append(nl);
                    }
                    b.append(inner);
                    write(l.get(k), b, step, inner);
                }
                b.append(nl).append(step == null ? "" : indent).append(']');
            } else {
                quote(v.toString(), b);
            }
        }

        private static void quote(String str, StringBuilder b) {
            b.append('"');
            for (int k = 0; k < str.length(); k++) {
                char c = str.charAt(k);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            b.append('"');
        }
    }
}

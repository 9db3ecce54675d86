package org.smartlibrary.deploy.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.smartlibrary.testkit.TestTokens;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the fuzz requests of one service from its OpenAPI document, every choice drawn from one seeded
 * {@link Random}: operation, path parameters (existing ids of the token's tenant or another one, random ids,
 * malformed and very long values), query parameters (from their schemas, boundaries, wrong types, too long),
 * body (the operation's example or a value from its schema, then mutated: a required field dropped, wrong types,
 * an unknown field, nulls, huge strings, negative numbers, malformed JSON, no body, another content type),
 * headers (If-Match, Idempotency-Key, Accept) and credentials (none, each role of the owning tenant or another
 * one, expired, foreign key, other issuer, garbage).
 */
final class RequestGenerator {

    /** One request as sent; {@code notes} says what was chosen, for the report. */
    record FuzzRequest(int index, ApiDocument.Operation operation, String path, String query,
                       Map<String, String> pathValues, Map<String, String> headers, byte[] body, List<String> notes) {

        String target() {
            return query == null || query.isEmpty() ? path : path + "?" + query;
        }

        String summary() {
            String bodyText = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            if (bodyText.length() > 300) {
                bodyText = bodyText.substring(0, 300) + "... (" + body.length + " bytes)";
            }
            String shownTarget = target().length() > 300 ? target().substring(0, 300) + "..." : target();
            return "#" + index + " " + operation.method() + " " + shownTarget + " [" + String.join("; ", notes) + "]"
                    + (bodyText.isEmpty() ? "" : " body: " + bodyText);
        }
    }

    static final List<String> ROLES = List.of("library-staff", "partner-admin", "consortium-analyst", "portal",
            "platform-admin");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] MALFORMED = {"abc", "1", "-1", "0", "null", "undefined", "' OR '1'='1", "%00",
            "..", "12345678-1234-1234-1234-12345678901", "00000000-0000-0000-0000-000000000000", "{id}", "true",
            "ÿ名🙂", "%E2%82", "a b", "<script>", "9223372036854775808", "1e999"};
    private static final String[] STRANGE_STRINGS = {"", " ", "' OR '1'='1' --", "\u0000", "nul\u0000byte",
            "\ud800", "🙂🙂", "名前", "\u202etxt.exe", "<script>alert(1)</script>", "${jndi:ldap://x}", "%s%n",
            "\\", "\"", "null", "NaN", "-0", "\t\n\r", "a".repeat(2000)};
    private static final String[] MALFORMED_JSON = {"{", "}", "{\"a\":}", "[1,2", "nul", "{'a':1}", "{\"a\":1,}",
            "{} trailing", "\uFEFF{}", "{\"a\":1 /* c */}", "{\"a\" 1}", "\"unterminated", "{\"a\":\"\\x\"}",
            "[[[[[[[[", "{\"a\":01}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":NaN}", "\u0000"};
    private static final String[] CONTENT_TYPES = {"text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data", "application/json;charset=utf-16",
            "application/octet-stream", "garbage", "application/merge-patch+json", "*/*"};
    private static final String[] ACCEPTS = {"*/*", "application/problem+json", "text/html", "application/xml",
            "application/json;q=0.1, text/plain", "garbage/garbage"};

    private final String service;
    private final ApiDocument document;
    private final Fixtures fixtures;
    private final Random random;
    private final SchemaValues values;
    /** ETags seen per resource path, cursors seen per operation path, Idempotency-Keys already used. */
    private final Map<String, String> etags = new ConcurrentHashMap<>();
    private final Map<String, List<String>> cursors = new ConcurrentHashMap<>();
    private final List<String> usedKeys = new ArrayList<>();

    RequestGenerator(String service, ApiDocument document, Fixtures fixtures, long seed) {
        this.service = service;
        this.document = document;
        this.fixtures = fixtures;
        this.random = new Random(seed);
        this.values = new SchemaValues(document, fixtures, random);
    }

    FuzzRequest next(int index) {
        ApiDocument.Operation operation = pickOperation();
        List<String> notes = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();

        Map<String, String> pathValues = new LinkedHashMap<>();
        Fixtures.Tenant owner = pathValues(operation, pathValues, notes);
        String path = operation.path();
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
        }
        String query = query(operation, notes);
        byte[] body = body(operation, headers, notes);
        if (owner == null) {
            // no object in the path: the library named in the query or body, if any, owns the request
            owner = namedLibrary(query, body);
        }
        if (owner == null) {
            owner = fixtures.anyTenant(random);
        }
        authorization(operation, owner, headers, notes);
        accept(headers, notes);
        ifMatch(operation, path, headers, notes);
        idempotencyKey(operation, headers, notes);
        return new FuzzRequest(index, operation, path, query, pathValues, headers, body, notes);
    }

    /**
     * An operation at random; a DELETE with a third of the weight of the others, so that the fixtures are not
     * removed faster than the requests that need them can use them.
     */
    private ApiDocument.Operation pickOperation() {
        List<ApiDocument.Operation> operations = document.operations();
        while (true) {
            ApiDocument.Operation operation = operations.get(random.nextInt(operations.size()));
            if (!operation.method().equals("DELETE") || random.nextInt(3) == 0) {
                return operation;
            }
        }
    }

    /**
     * What the fuzzer learns from a response: ETags of resources, next cursors of lists, and the objects created
     * (added to the fixtures, so that deletions do not empty them) or deleted (removed).
     */
    void observe(FuzzRequest request, int status, Map<String, List<String>> headers, String body) {
        if (status == 201 && body != null && body.startsWith("{")) {
            created(request, body);
        }
        if (request.operation().method().equals("DELETE") && status >= 200 && status < 300) {
            List<ApiDocument.Parameter> path = request.operation().in("path");
            if (!path.isEmpty()) {
                ApiDocument.Parameter last = path.get(path.size() - 1);
                fixtures.remove(kindOf(request.operation().path(), last.name()), request.pathValues().get(last.name()));
            }
        }
        if (status >= 200 && status < 300) {
            headers.getOrDefault("etag", List.of()).stream().findFirst()
                    .ifPresent(etag -> etags.put(resourcePath(request.path()), etag));
            if (body != null && body.startsWith("{")) {
                try {
                    JsonNode json = SchemaValues.JSON.readTree(body);
                    String cursor = json.path("next_cursor").asText("");
                    if (!cursor.isEmpty()) {
                        List<String> seen = cursors.computeIfAbsent(request.operation().path(), k -> new ArrayList<>());
                        if (seen.size() < 50) {
                            seen.add(cursor);
                        }
                    }
                } catch (Exception ignored) {
                    // not JSON after all: nothing to learn
                }
            }
        }
    }

    private void created(FuzzRequest request, String body) {
        JsonNode json;
        try {
            json = SchemaValues.JSON.readTree(body);
        } catch (Exception notJson) {
            return;
        }
        String id = json.path("id").asText("");
        String path = request.operation().path();
        if (id.isEmpty() || path.endsWith("/feedback") || path.endsWith("/revisions")) {
            return;
        }
        switch (path) {
            case "/api/v1/libraries" -> {
                String consortium = json.path("consortium").isTextual() ? json.get("consortium").asText() : null;
                fixtures.add("library", id, new Fixtures.Tenant(id, consortium, null), Map.of());
            }
            case "/api/v1/assessments" -> {
                Fixtures.Item library = fixtures.find("library", json.path("library_id").asText());
                if (library != null) {
                    fixtures.add("assessment", id, library.tenant(), Map.of("library", library.id()));
                }
            }
            case "/api/v1/partners" -> fixtures.add("partner", id, new Fixtures.Tenant(null, null, id), Map.of());
            default -> {
                List<ApiDocument.Parameter> parameters = request.operation().in("path");
                if (parameters.size() != 1) {
                    return;
                }
                String parentKind = kindOf(path, parameters.get(0).name());
                Fixtures.Item parent = fixtures.find(parentKind, request.pathValues().get(parameters.get(0).name()));
                String kind = path.endsWith("/goals") ? "goal" : path.endsWith("/needs") ? "need"
                        : path.endsWith("/offers") ? "offer" : path.endsWith("/offerings") ? "offering" : null;
                if (parent != null && kind != null) {
                    Map<String, String> parents = new LinkedHashMap<>(parent.parents());
                    parents.put(parentKind, parent.id());
                    fixtures.add(kind, id, parent.tenant(), parents);
                }
            }
        }
    }

    private Fixtures.Tenant namedLibrary(String query, byte[] body) {
        String text = (query == null ? "" : query) + " " + (body == null ? "" : new String(body, StandardCharsets.UTF_8));
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("library_id(?:=|\\W+)([0-9a-f-]{36})").matcher(text);
        if (id.find()) {
            Fixtures.Item library = fixtures.find("library", id.group(1));
            return library == null ? null : library.tenant();
        }
        return null;
    }

    /** An action path (…/completion, …/revisions, …/confirmation) is about the resource before it. */
    private static String resourcePath(String path) {
        for (String action : List.of("/completion", "/revisions", "/confirmation", "/verification", "/withdrawal")) {
            if (path.endsWith(action)) {
                return path.substring(0, path.length() - action.length());
            }
        }
        return path;
    }

    // ---------------------------------------------------------------- path parameters and the owning tenant

    /** Fills the path parameters; returns the tenant owning the outermost object named, if any. */
    private Fixtures.Tenant pathValues(ApiDocument.Operation operation, Map<String, String> out, List<String> notes) {
        List<ApiDocument.Parameter> parameters = operation.in("path");
        if (parameters.isEmpty()) {
            return null;
        }
        Map<String, Fixtures.Item> chosen = new LinkedHashMap<>();
        boolean consistent = random.nextInt(10) < 8;
        // the innermost object first, so that its parents can follow it
        for (int i = parameters.size() - 1; i >= 0; i--) {
            ApiDocument.Parameter parameter = parameters.get(i);
            String kind = kindOf(operation.path(), parameter.name());
            Fixtures.Item item = null;
            if (consistent && !chosen.isEmpty()) {
                for (Fixtures.Item inner : chosen.values()) {
                    String parent = inner.parents().get(kind);
                    if (parent != null) {
                        item = fixtures.find(kind, parent);
                    }
                }
            }
            if (item == null) {
                item = fixtures.any(kind, random);
            }
            if (item != null) {
                chosen.put(parameter.name(), item);
            }
        }
        // matching's /recommendations/{partnerId}: a partner that was recommended for that assessment
        if (chosen.containsKey("assessmentId") && chosen.containsKey("partnerId") && consistent) {
            List<String> recommended = fixtures.recommendedFor(chosen.get("assessmentId").id());
            if (!recommended.isEmpty() && random.nextInt(10) < 8) {
                Fixtures.Item partner = fixtures.find("partner", recommended.get(random.nextInt(recommended.size())));
                if (partner != null) {
                    chosen.put("partnerId", partner);
                }
            }
        }
        Fixtures.Tenant owner = null;
        for (ApiDocument.Parameter parameter : parameters) {
            String kind = kindOf(operation.path(), parameter.name());
            Fixtures.Item item = chosen.get(parameter.name());
            String value;
            int roll = random.nextInt(100);
            if (kind.equals("revision")) {
                value = revision(chosen.get("id"), roll, notes);
            } else if (item != null && roll < 86) {
                value = item.id();
                if (owner == null) {
                    owner = item.tenant();
                }
                if (!consistent) {
                    notes.add(parameter.name() + "=existing (unrelated)");
                }
            } else {
                value = weirdId(roll, notes, parameter.name(), kind);
            }
            out.put(parameter.name(), value);
        }
        return owner;
    }

    private String revision(Fixtures.Item assessment, int roll, List<String> notes) {
        if (roll < 80) {
            return Integer.toString(1 + random.nextInt(3));
        }
        String value = switch (random.nextInt(7)) {
            case 0 -> "0";
            case 1 -> "-1";
            case 2 -> "2147483648";
            case 3 -> "abc";
            case 4 -> "1.5";
            case 5 -> "99999";
            default -> "1e3";
        };
        notes.add("revision=" + value);
        return value;
    }

    private String weirdId(int roll, List<String> notes, String name, String kind) {
        String value;
        if (kind.equals("consortium")) {
            value = switch (random.nextInt(5)) {
                case 0 -> "No Such Consortium";
                case 1 -> "x".repeat(3000);
                case 2 -> STRANGE_STRINGS[random.nextInt(STRANGE_STRINGS.length)];
                case 3 -> "valley libraries";
                default -> MALFORMED[random.nextInt(MALFORMED.length)];
            };
        } else {
            value = switch (random.nextInt(6)) {
                case 0, 1 -> values.randomUuid().toString();
                case 2, 3 -> MALFORMED[random.nextInt(MALFORMED.length)];
                case 4 -> "a".repeat(200 + random.nextInt(5000));
                default -> values.randomUuid().toString().toUpperCase();
            };
        }
        notes.add(name + "=" + abbreviate(value, 60));
        return value;
    }

    /** Which fixture pool a path parameter draws from. */
    static String kindOf(String path, String parameter) {
        return switch (parameter) {
            case "assessmentId" -> "assessment";
            case "goalId" -> "goal";
            case "needId" -> "need";
            case "offerId" -> "offer";
            case "partnerId" -> "partner";
            case "offeringId" -> "offering";
            case "consortium" -> "consortium";
            case "revision" -> "revision";
            case "id" -> path.startsWith("/api/v1/libraries") ? "library"
                    : path.startsWith("/api/v1/assessments") ? "assessment"
                    : path.startsWith("/api/v1/partners") ? "partner" : "unknown";
            default -> "unknown";
        };
    }

    // ---------------------------------------------------------------- query

    private String query(ApiDocument.Operation operation, List<String> notes) {
        List<String> pairs = new ArrayList<>();
        for (ApiDocument.Parameter parameter : operation.in("query")) {
            if (!parameter.required() && random.nextInt(100) >= 45) {
                continue;
            }
            String value;
            int roll = random.nextInt(100);
            if (roll < 60) {
                value = validQueryValue(operation, parameter);
            } else {
                value = invalidQueryValue(parameter);
                notes.add(parameter.name() + "=" + abbreviate(value, 60));
            }
            pairs.add(encode(parameter.name()) + "=" + encode(value));
            if (random.nextInt(100) < 3) {
                pairs.add(encode(parameter.name()) + "=" + encode(validQueryValue(operation, parameter)));
                notes.add(parameter.name() + " twice");
            }
        }
        int roll = random.nextInt(100);
        if (roll < 4) {
            pairs.add("unknown_parameter=" + encode(values.word()));
            notes.add("unknown query parameter");
        } else if (roll < 6) {
            String value = "q".repeat(2100 + random.nextInt(3000));
            pairs.add("padding=" + value);
            notes.add("query of " + value.length() + " characters");
        } else if (roll < 7) {
            pairs.add("%zz=%");
            notes.add("malformed percent-encoding");
        }
        return String.join("&", pairs);
    }

    private String validQueryValue(ApiDocument.Operation operation, ApiDocument.Parameter parameter) {
        String name = parameter.name();
        if (name.equals("cursor")) {
            List<String> seen = cursors.getOrDefault(operation.path(), List.of());
            return seen.isEmpty() ? "" : seen.get(random.nextInt(seen.size()));
        }
        if (name.equals("limit")) {
            return Integer.toString(1 + random.nextInt(100));
        }
        if (name.equals("q")) {
            return values.words(1 + random.nextInt(3));
        }
        if (name.equals("consortium")) {
            Fixtures.Item consortium = fixtures.any("consortium", random);
            return consortium == null ? "Valley Libraries" : consortium.id();
        }
        if (name.endsWith("_id")) {
            return values.uuidFor(name);
        }
        if (parameter.example() != null && !parameter.example().isMissingNode() && random.nextBoolean()) {
            return parameter.example().asText();
        }
        JsonNode value = values.valid(parameter.schema(), name, 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private String invalidQueryValue(ApiDocument.Parameter parameter) {
        if (parameter.name().equals("limit") || parameter.name().equals("top") || parameter.name().equals("revision")) {
            String[] boundaries = {"0", "-1", "101", "100", "1", "50", "2147483648", "-2147483649", "1.5", "1e3",
                    "abc", "", " 5", "0x10", "9".repeat(40)};
            return boundaries[random.nextInt(boundaries.length)];
        }
        return switch (random.nextInt(8)) {
            case 0 -> "";
            case 1 -> "x".repeat(201 + random.nextInt(400));
            case 2 -> MALFORMED[random.nextInt(MALFORMED.length)];
            case 3 -> STRANGE_STRINGS[random.nextInt(STRANGE_STRINGS.length)];
            case 4 -> "-1";
            case 5 -> "2147483648";
            case 6 -> values.randomUuid().toString();
            default -> "not a " + SchemaValues.type(document.resolve(parameter.schema()));
        };
    }

    // ---------------------------------------------------------------- headers

    private void authorization(ApiDocument.Operation operation, Fixtures.Tenant owner, Map<String, String> headers,
                               List<String> notes) {
        int roll = random.nextInt(100);
        List<String> listed = operation.roles().isEmpty() ? ROLES : operation.roles();
        String role;
        String token;
        if (roll < 45) {
            role = listed.get(random.nextInt(listed.size()));
            token = fixtures.token(role, owner, random);
            notes.add("own " + role);
        } else if (roll < 57) {
            role = listed.get(random.nextInt(listed.size()));
            token = fixtures.token(role, fixtures.otherTenant(owner, random), random);
            notes.add("other tenant's " + role);
        } else if (roll < 72) {
            role = ROLES.get(random.nextInt(ROLES.size()));
            token = fixtures.token(role, owner, random);
            notes.add("role " + role);
        } else if (roll < 82) {
            notes.add("no token");
            return;
        } else {
            String kind;
            switch (random.nextInt(9)) {
                case 0 -> {
                    token = TestTokens.expired();
                    kind = "expired token";
                }
                case 1 -> {
                    token = TestTokens.signedByUnknownKey();
                    kind = "token signed by an unknown key";
                }
                case 2 -> {
                    token = TestTokens.fromOtherIssuer();
                    kind = "token of another issuer";
                }
                case 3 -> {
                    token = "abc.def.ghi";
                    kind = "garbage token";
                }
                case 4 -> {
                    headers.put("Authorization", "Basic dXNlcjpwYXNzd29yZA==");
                    notes.add("Basic credentials");
                    return;
                }
                case 5 -> {
                    headers.put("Authorization", "Bearer");
                    notes.add("Bearer without token");
                    return;
                }
                case 6 -> {
                    String base = fixtures.token(listed.get(random.nextInt(listed.size())), owner, random);
                    token = base.substring(0, base.length() - 4) + "AAAA";
                    kind = "token with a broken signature";
                }
                case 7 -> {
                    token = fixtures.token("role-only-" + listed.get(random.nextInt(listed.size())), null, random);
                    kind = "token without a known role";
                }
                default -> {
                    String listedRole = listed.get(random.nextInt(listed.size()));
                    token = fixtures.token("no-tenancy:" + listedRole, null, random);
                    kind = "token of " + listedRole + " without a tenancy claim";
                }
            }
            notes.add(kind);
        }
        headers.put("Authorization", "Bearer " + token);
    }

    private void accept(Map<String, String> headers, List<String> notes) {
        int roll = random.nextInt(100);
        if (roll < 80) {
            headers.put("Accept", "application/json");
        } else if (roll < 88) {
            notes.add("no Accept");
        } else {
            String accept = ACCEPTS[random.nextInt(ACCEPTS.length)];
            headers.put("Accept", accept);
            notes.add("Accept: " + accept);
        }
    }

    /**
     * If-Match: where the document requires it (a write of a versioned resource), the ETag last seen of the resource
     * ({@code *} when none was seen yet, as a client that means "whatever its version"), left out one time in ten
     * (428); where it is optional, left out 40% of the time; else an odd value.
     */
    private void ifMatch(ApiDocument.Operation operation, String path, Map<String, String> headers, List<String> notes) {
        ApiDocument.Parameter declared = operation.in("header").stream()
                .filter(p -> p.name().equalsIgnoreCase("If-Match")).findFirst().orElse(null);
        if (operation.method().equals("GET") || (declared == null && random.nextInt(10) > 0)) {
            return;
        }
        boolean required = declared != null && declared.required();
        int roll = random.nextInt(100);
        if (roll < (required ? 10 : 40)) {
            if (required) {
                notes.add("no If-Match");
            }
            return;
        }
        String value;
        if (roll < 75) {
            String seen = etags.get(resourcePath(path));
            value = seen != null ? seen : required ? "*" : "\"1\"";
            notes.add("If-Match " + value + (seen != null ? " (last seen)" : " (none seen)"));
        } else {
            String[] odd = {"\"" + random.nextInt(5) + "\"", "*", "W/\"1\"", "garbage", "\"\"", "\"99999999999\"",
                    "\"1\", \"2\"", "\"-1\"", "\"1\u0000\""};
            value = odd[random.nextInt(odd.length)];
            notes.add("If-Match " + value);
        }
        headers.put("If-Match", value);
    }

    private void idempotencyKey(ApiDocument.Operation operation, Map<String, String> headers, List<String> notes) {
        if (!operation.method().equals("POST")) {
            return;
        }
        int roll = random.nextInt(100);
        String key;
        if (roll < 45) {
            return;
        } else if (roll < 75) {
            key = values.randomUuid().toString();
        } else if (roll < 93 && !usedKeys.isEmpty()) {
            key = usedKeys.get(random.nextInt(usedKeys.size()));
            notes.add("Idempotency-Key reused");
        } else {
            String[] odd = {"", " ", "k".repeat(300), "k".repeat(2000), "ÿ", "key with spaces", "nul\u0000key"};
            key = odd[random.nextInt(odd.length)];
            notes.add("Idempotency-Key '" + abbreviate(key, 20) + "' (" + key.length() + " chars)");
        }
        if (usedKeys.size() < 100) {
            usedKeys.add(key);
        }
        headers.put("Idempotency-Key", key);
    }

    // ---------------------------------------------------------------- body

    private byte[] body(ApiDocument.Operation operation, Map<String, String> headers, List<String> notes) {
        if (!operation.takesJson()) {
            if (!operation.method().equals("GET") && random.nextInt(100) < 10) {
                headers.put("Content-Type", "application/json");
                notes.add("unexpected body");
                return "{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8);
            }
            return null;
        }
        JsonNode schema = operation.body().get("application/json");
        JsonNode example = SchemaValues.parsedIfJsonText(operation.bodyExample(), "object");
        JsonNode base = example != null && !example.isMissingNode() && random.nextInt(10) < 6
                ? example.deepCopy() : values.valid(schema, null, 0);
        headers.put("Content-Type", "application/json");
        existingIds(base);
        int roll = random.nextInt(100);
        if (roll < 35) {
            return bytes(base);
        }
        if (roll < 75) {
            mutateField(base, schema, notes);
            if (random.nextInt(4) == 0) {
                mutateField(base, schema, notes);
            }
            return bytes(base);
        }
        return switch (random.nextInt(9)) {
            case 0 -> {
                notes.add("malformed JSON");
                yield MALFORMED_JSON[random.nextInt(MALFORMED_JSON.length)].getBytes(StandardCharsets.UTF_8);
            }
            case 1 -> {
                notes.add("truncated JSON");
                String text = base.toString();
                yield text.substring(0, random.nextInt(Math.max(1, text.length()))).getBytes(StandardCharsets.UTF_8);
            }
            case 2 -> {
                notes.add("empty body");
                yield random.nextBoolean() ? new byte[0] : null;
            }
            case 3 -> {
                String type = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
                headers.put("Content-Type", type);
                notes.add("Content-Type: " + type);
                yield bytes(base);
            }
            case 4 -> {
                headers.remove("Content-Type");
                notes.add("no Content-Type");
                yield bytes(base);
            }
            case 5 -> {
                String[] roots = {"[]", "\"text\"", "42", "null", "true", "[" + base + "]", "{}"};
                String root = roots[random.nextInt(roots.length)];
                notes.add("body " + abbreviate(root, 30));
                yield root.getBytes(StandardCharsets.UTF_8);
            }
            case 6 -> {
                int depth = random.nextBoolean() ? 600 : 5000;
                notes.add("nesting " + depth + " deep");
                yield ("{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
            }
            case 7 -> {
                int size = random.nextInt(3) == 0 ? 300_000 : 100_000;
                ObjectNode big = base.isObject() ? (ObjectNode) base : NODES.objectNode();
                String field = anyField(big);
                big.put(field == null ? "padding" : field, "x".repeat(size));
                notes.add("body of about " + size + " bytes");
                yield bytes(big);
            }
            default -> {
                notes.add("duplicate key");
                String text = base.toString();
                yield (text.startsWith("{") && text.length() > 2
                        ? "{\"a\":1,\"a\":2," + text.substring(1) : text).getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    /** Fields named like ids (library_id, goal_id...) mostly name existing objects, not the example's ids. */
    private void existingIds(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (name.endsWith("_id") && value.isTextual()) {
                    object.put(name, values.uuidFor(name));
                } else {
                    existingIds(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::existingIds);
        }
    }

    /** One change to one field of the body: dropped, null, wrong type, unknown field, huge, odd number or text. */
    private void mutateField(JsonNode body, JsonNode schema, List<String> notes) {
        List<Object[]> slots = new ArrayList<>();
        collect(body, "", slots);
        if (!(body instanceof ObjectNode root)) {
            return;
        }
        int kind = random.nextInt(9);
        if (kind == 0) {
            root.set("unknown_" + values.word(), NODES.textNode("surplus"));
            notes.add("unknown field");
            return;
        }
        if (kind == 1) {
            List<String> required = new ArrayList<>(values.required(schema));
            required.removeIf(r -> !root.has(r));
            if (!required.isEmpty()) {
                String field = required.get(random.nextInt(required.size()));
                root.remove(field);
                notes.add("required " + field + " dropped");
                return;
            }
        }
        if (slots.isEmpty()) {
            root.set("unknown_" + values.word(), NODES.nullNode());
            notes.add("unknown field");
            return;
        }
        Object[] slot = slots.get(random.nextInt(slots.size()));
        String name = (String) slot[2];
        JsonNode current = slot[0] instanceof ObjectNode o ? o.get((String) slot[1]) : ((ArrayNode) slot[0]).get((Integer) slot[1]);
        JsonNode replacement;
        String what;
        switch (kind) {
            case 2 -> {
                replacement = NODES.nullNode();
                what = "null";
            }
            case 3 -> {
                replacement = wrongType(current);
                what = "wrong type " + replacement.getNodeType().name().toLowerCase();
            }
            case 4 -> {
                replacement = NODES.textNode("x".repeat(random.nextBoolean() ? 201 : 20_000));
                what = "huge string";
            }
            case 5 -> {
                JsonNode[] numbers = {NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(-0.0001),
                        NODES.numberNode(new java.math.BigDecimal("1e308")), NODES.numberNode(Long.MAX_VALUE),
                        NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
                        NODES.numberNode(1.5), NODES.numberNode(new java.math.BigDecimal("0.000000001")),
                        NODES.numberNode(Integer.MIN_VALUE), NODES.numberNode(new java.math.BigDecimal("1E+400"))};
                replacement = numbers[random.nextInt(numbers.length)];
                what = "number " + replacement;
            }
            case 6 -> {
                String text = STRANGE_STRINGS[random.nextInt(STRANGE_STRINGS.length)];
                replacement = NODES.textNode(text);
                what = "text '" + abbreviate(text.replace("\u0000", "\\u0000"), 20) + "'";
            }
            case 7 -> {
                replacement = NODES.textNode(values.randomUuid().toString());
                what = "random uuid";
            }
            default -> {
                if (slot[0] instanceof ObjectNode parent) {
                    parent.remove((String) slot[1]);
                    notes.add(name + " dropped");
                    return;
                }
                replacement = NODES.arrayNode();
                what = "empty array";
            }
        }
        if (slot[0] instanceof ObjectNode parent) {
            parent.set((String) slot[1], replacement);
        } else {
            ((ArrayNode) slot[0]).set((Integer) slot[1], replacement);
        }
        notes.add(name + ": " + what);
    }

    private JsonNode wrongType(JsonNode current) {
        if (current == null || current.isNull()) {
            return NODES.numberNode(7);
        }
        if (current.isTextual()) {
            return random.nextBoolean() ? NODES.numberNode(42) : NODES.objectNode().put("a", 1);
        }
        if (current.isNumber()) {
            return random.nextBoolean() ? NODES.textNode("forty-two") : NODES.booleanNode(true);
        }
        if (current.isBoolean()) {
            return NODES.textNode("yes");
        }
        if (current.isObject()) {
            return random.nextBoolean() ? NODES.textNode("object") : NODES.arrayNode().add(1);
        }
        return random.nextBoolean() ? NODES.objectNode() : NODES.textNode("array");
    }

    /** Every (container, key or index, dotted name) in the tree. */
    private static void collect(JsonNode node, String prefix, List<Object[]> slots) {
        if (node instanceof ObjectNode object) {
            Iterator<String> names = object.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String dotted = prefix.isEmpty() ? name : prefix + "." + name;
                slots.add(new Object[] {object, name, dotted});
                collect(object.get(name), dotted, slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String dotted = prefix + "[" + i + "]";
                slots.add(new Object[] {array, i, dotted});
                collect(array.get(i), dotted, slots);
            }
        }
    }

    private String anyField(ObjectNode object) {
        List<String> textFields = new ArrayList<>();
        object.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) {
                textFields.add(e.getKey());
            }
        });
        return textFields.isEmpty() ? null : textFields.get(random.nextInt(textFields.size()));
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- helpers

    /** Percent-encodes everything but RFC 3986 unreserved characters (so a value stays one path segment). */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    static String abbreviate(String text, int max) {
        String printable = text.replace("\u0000", "\\u0000");
        return printable.length() > max ? printable.substring(0, max) + "...(" + text.length() + " chars)" : printable;
    }

    String service() {
        return service;
    }

    Set<String> seenEtags() {
        return Set.copyOf(etags.keySet());
    }
}

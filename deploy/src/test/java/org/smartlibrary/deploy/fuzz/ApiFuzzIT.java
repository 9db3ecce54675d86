package org.smartlibrary.deploy.fuzz;

import org.smartlibrary.testkit.bench.MachineFacts;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smartlibrary.deploy.system.Infrastructure;
import org.smartlibrary.deploy.system.KafkaProcess;
import org.smartlibrary.deploy.system.PostgresProcess;
import org.smartlibrary.deploy.system.Suite;
import org.smartlibrary.deploy.system.Workload;
import org.smartlibrary.testkit.TestTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * API fuzzing of the three packaged services from their own OpenAPI documents: {@code fuzz.requests} requests per
 * service (default 10000) built by {@link RequestGenerator} from a seed ({@code fuzz.seed}, random unless given,
 * printed at the start and in the report), each response checked by {@link Conformance}. Fails if any response is
 * a 5xx, does not conform to the document, or never came.
 *
 * <p>Not part of {@code ./mvnw verify} (tag {@code fuzz}); run it with {@code deploy/fuzz/run}. Other properties:
 * {@code fuzz.services} (comma separated subset, default all three), {@code fuzz.examples} (examples kept per
 * service and kind, 20). Report: {@code deploy/target/fuzz/report.{md,json}}; the OpenAPI documents as fetched
 * under {@code deploy/target/fuzz/openapi/}.
 */
@Tag("fuzz")
class ApiFuzzIT {

    static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
    static final int EXAMPLES = Integer.getInteger("fuzz.examples", 20);
    /**
     * Only 5xx, non-conformant or missing responses and a service not ready afterwards fail the run; requests the
     * document and the service judge differently are reported but do not fail it (fuzz.conformance-only).
     */
    static final boolean CONFORMANCE_ONLY = Boolean.getBoolean("fuzz.conformance-only");
    static final List<String> SERVICES = List.of(System.getProperty("fuzz.services",
            "assessment-service,partner-service,matching-service").split(","));

    static Path workDirectory;
    static PostgresProcess postgres;
    static KafkaProcess kafka;
    static Suite suite;
    static Infrastructure infrastructure;

    /** The Prism executable of a validating proxy put in front of each service (optional: fuzz.prism). */
    private static final String PRISM = System.getProperty("fuzz.prism", "").isBlank() ? null
            : System.getProperty("fuzz.prism");

    @BeforeAll
    static void startInfrastructure() throws IOException {
        infrastructure = Infrastructure.start("fuzz", "matching-service");
        workDirectory = infrastructure.workDirectory();
        Workload.deleteRecursively(workDirectory.resolve("openapi"));
        Files.createDirectories(workDirectory.resolve("openapi"));
        postgres = infrastructure.postgres();
        kafka = infrastructure.kafka();
        suite = infrastructure.suite();
    }

    @AfterAll
    static void stopInfrastructure() {
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    void everyResponseIsBelow500AndConformsToTheDocument() throws Exception {
        long seed = Long.getLong("fuzz.seed", new SecureRandom().nextLong());
        System.out.printf("fuzz: seed %d (reproduce with: deploy/fuzz/run --seed %d --requests %d)%n", seed, seed, REQUESTS);
        Map<String, Object> machineBefore = MachineFacts.machine();
        long started = System.nanoTime();
        FixtureSeeder seeder = new FixtureSeeder(suite);
        String fixtureError = null;
        try {
            seeder.seed();
        } catch (RuntimeException | AssertionError e) {
            // fuzz with what there is (the report says so, and the run fails at the end)
            fixtureError = e.getMessage();
            System.out.println("fuzz: could not seed every fixture: " + fixtureError);
        }
        Fixtures fixtures = seeder.fixtures;
        System.out.println("fuzz: fixtures " + fixtures.counts());

        FuzzReport report = new FuzzReport(seed, REQUESTS, EXAMPLES, machineBefore, fixtures.counts(), fixtureError);
        Map<String, String> urls = Map.of("assessment-service", suite.assessmentUrl(),
                "partner-service", suite.partnerUrl(), "matching-service", suite.matchingUrl());
        // matching first: the other two delete and change what its recommendations and feedback refer to
        List<String> order = List.of("matching-service", "assessment-service", "partner-service");
        for (String service : order) {
            if (!SERVICES.contains(service)) {
                continue;
            }
            String text = fetchDocument(urls.get(service));
            Files.writeString(workDirectory.resolve("openapi").resolve(service + ".json"), text);
            ApiDocument document = new ApiDocument(text);
            // one stream of choices per service, so that a service can be fuzzed alone with the same seed
            long serviceSeed = seed ^ (0x9E3779B97F4A7C15L * (order.indexOf(service) + 1));
            ValidatingProxy proxy = PRISM == null ? null : ValidatingProxy.start(PRISM,
                    workDirectory.resolve("openapi").resolve(service + ".json"), urls.get(service), workDirectory);
            FuzzReport.ServiceResult result;
            try {
                result = new Fuzzer(service, proxy == null ? urls.get(service) : proxy.url(), document, fixtures,
                        serviceSeed, EXAMPLES).run(REQUESTS);
            } finally {
                if (proxy != null) {
                    proxy.close();
                }
            }
            result.validatingProxy = proxy == null ? "none" : "Stoplight Prism (" + PRISM + ")";
            result.serviceErrorsLogged = countErrorLines(service);
            result.readyAfterwards = ready(urls.get(service));
            report.add(result);
            System.out.println(result.line());
        }
        report.finish(MachineFacts.machine(), (System.nanoTime() - started) / 1e9);
        report.write(workDirectory);
        System.out.println("\n" + report.markdown() + "\n(also in " + workDirectory.resolve("report.md") + " and report.json)");
        if (fixtureError != null) {
            fail("the fixtures could not be seeded: " + fixtureError);
        }
        if (!report.passed()) {
            fail("fuzzing found " + report.failureSummary() + " (seed " + seed + "); see " + workDirectory.resolve("report.md"));
        }
    }

    private static String fetchDocument(String baseUrl) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/q/openapi?format=json")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(baseUrl + "/q/openapi answered " + response.statusCode());
        }
        return response.body();
    }

    private static boolean ready(String baseUrl) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** ERROR lines in the service's log (unexpected exceptions are logged at ERROR with an incident id). */
    private static long countErrorLines(String service) {
        Path log = workDirectory.resolve("apps/deploy/target/system-test-logs").resolve(service + ".log");
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(" ERROR ")).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    /**
     * Seeds what the requests can name: five libraries in two consortia (and one without), each with a draft
     * assessment (goal, needs, offer) and a completed one (revised again for some), four partners with two
     * offerings each, the recommendations matching computed for the completed assessments, and feedback.
     */
    static final class FixtureSeeder {
        private static final String ADMIN = TestTokens.platformAdmin();
        private static final String[] CONSORTIA = {"Valley Libraries", "Harbor Libraries"};

        private final Suite suite;
        private final Workload workload;
        private final Fixtures fixtures = new Fixtures();
        private final String run = Long.toString(System.currentTimeMillis(), 36);

        FixtureSeeder(Suite suite) {
            this.suite = suite;
            this.workload = new Workload(suite, run, Duration.ofMinutes(2));
        }

        Fixtures seed() {
            for (String consortium : CONSORTIA) {
                fixtures.add("consortium", consortium, new Fixtures.Tenant(null, consortium, null), Map.of());
            }
            List<String> partners = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                partners.add(partner(p));
            }
            List<String> completed = new ArrayList<>();
            for (int l = 0; l < 5; l++) {
                String consortium = l < 4 ? CONSORTIA[l % 2] : null;
                String library = library(l, consortium);
                Fixtures.Tenant tenant = new Fixtures.Tenant(library, consortium, null);
                String staff = TestTokens.libraryStaff(UUID.fromString(library));
                draftWithContent(staff, library, tenant, l);
                completed.add(completedAssessment(staff, library, tenant, l));
            }
            recommendations(completed);
            return fixtures;
        }

        private String partner(int p) {
            JsonNode created = workload.send(ADMIN, "POST", suite.partnerUrl() + "/api/v1/partners", """
                    {"name":"Fuzz Partner %s %d","partner_type":"IT_COMPANY",
                     "service_area":{"remote":false,"national":%s,"regions":["Central Valley"],"cities":[]},
                     "contact":{"name":"Partnerships desk","email":"partners%d@example.org"},"seeks":[]}"""
                    .formatted(run, p, p == 3, p), null, 201);
            String partner = created.get("id").asText();
            Fixtures.Tenant tenant = new Fixtures.Tenant(null, null, partner);
            fixtures.add("partner", partner, tenant, Map.of());
            String admin = TestTokens.partnerAdmin(UUID.fromString(partner));
            for (int t = 0; t < 2; t++) {
                String type = Workload.NEED_TYPES[(p + t) % Workload.NEED_TYPES.length];
                String offering = workload.send(admin, "POST", suite.partnerUrl() + "/api/v1/partners/" + partner
                        + "/offerings", Workload.offering(type, 200 + 37 * p), null, 201).get("id").asText();
                fixtures.add("offering", offering, tenant, Map.of("partner", partner));
            }
            return partner;
        }

        private String library(int l, String consortium) {
            String body = """
                    {"name":"Fuzz Library %s %d",%s"region":"Central Valley","city":"Springfield",
                     "location":{"latitude":45.1,"longitude":7.6}}""".formatted(run, l,
                    consortium == null ? "" : "\"consortium\":\"" + consortium + "\",");
            String library = workload.send(ADMIN, "POST", suite.assessmentUrl() + "/api/v1/libraries", body, null, 201)
                    .get("id").asText();
            fixtures.add("library", library, new Fixtures.Tenant(library, consortium, null), Map.of());
            return library;
        }

        private void draftWithContent(String staff, String library, Fixtures.Tenant tenant, int l) {
            String base = suite.assessmentUrl() + "/api/v1/assessments";
            String assessment = workload.send(staff, "POST", base,
                    "{\"library_id\":\"" + library + "\",\"title\":\"Fuzz draft " + l + "\"}", null, 201).get("id").asText();
            fixtures.add("assessment", assessment, tenant, Map.of("library", library));
            String goal = workload.send(staff, "POST", base + "/" + assessment + "/goals",
                    "{\"program_area\":\"IT_JOB_SKILLS\",\"description\":\"Coding club\"}", null, 201).get("id").asText();
            fixtures.add("goal", goal, tenant, Map.of("assessment", assessment, "library", library));
            for (String type : List.of("TECHNOLOGY.ROBOTICS", "FINANCIAL.PROGRAM")) {
                String need = workload.send(staff, "POST", base + "/" + assessment + "/needs", Workload.need(type),
                        null, 201).get("id").asText();
                fixtures.add("need", need, tenant, Map.of("assessment", assessment, "library", library));
            }
            String offer = workload.send(staff, "POST", base + "/" + assessment + "/offers",
                    "{\"type\":\"SPACE\",\"description\":\"Workshop rooms\"}", null, 201).get("id").asText();
            fixtures.add("offer", offer, tenant, Map.of("assessment", assessment, "library", library));
        }

        private String completedAssessment(String staff, String library, Fixtures.Tenant tenant, int l) {
            String assessment = workload.draft(1000 + l, library);
            fixtures.add("assessment", assessment, tenant, Map.of("library", library));
            workload.complete(assessment, null);
            if (l % 2 == 0) {
                workload.revise(assessment, null);
            }
            return assessment;
        }

        /** Waits for matching's recommendations of the completed assessments; records a feedback for each. */
        private void recommendations(List<String> assessments) {
            for (String assessment : assessments) {
                String url = suite.matchingUrl() + "/api/v1/assessments/" + assessment + "/recommendations";
                JsonNode view = await("recommendations of " + assessment).atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofMillis(300)).until(() -> workload.getOrNull(url),
                                v -> v != null && "READY".equals(v.path("status").asText()));
                Fixtures.Item item = fixtures.find("assessment", assessment);
                for (JsonNode recommendation : view.path("recommendations")) {
                    fixtures.recommended(assessment, recommendation.path("partner_id").asText());
                }
                List<String> recommended = fixtures.recommendedFor(assessment);
                if (!recommended.isEmpty()) {
                    String staff = TestTokens.libraryStaff(UUID.fromString(item.tenant().library()));
                    workload.send(staff, "POST", url + "/" + recommended.get(0) + "/feedback",
                            "{\"outcome\":\"CONTACTED\",\"note\":\"Called them\"}", null, 201);
                }
            }
        }
    }

    /** Sends the requests of one service one after the other and checks every response. */
    static final class Fuzzer {
        private final String service;
        private final String baseUrl;
        private final Conformance conformance;
        private final RequestGenerator generator;
        private final FuzzReport.ServiceResult result;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        Fuzzer(String service, String baseUrl, ApiDocument document, Fixtures fixtures, long seed, int examples) {
            this.service = service;
            this.baseUrl = baseUrl;
            this.conformance = new Conformance(document);
            this.generator = new RequestGenerator(service, document, fixtures, seed);
            this.result = new FuzzReport.ServiceResult(service, seed, document.version(), document.operations().size(), examples);
        }

        FuzzReport.ServiceResult run(int requests) throws InterruptedException {
            long started = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                RequestGenerator.FuzzRequest request = generator.next(i);
                send(request);
                if ((i + 1) % 2000 == 0) {
                    System.out.printf("fuzz: %s %d/%d (5xx %d, non-conformant %d)%n", service, i + 1, requests,
                            result.serverErrors, result.nonConformant);
                }
            }
            result.seconds = (System.nanoTime() - started) / 1e9;
            return result;
        }

        private void send(RequestGenerator.FuzzRequest request) throws InterruptedException {
            int status;
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            String body;
            try {
                HttpRequest built = build(request);
                if (built != null) {
                    HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
                    status = response.statusCode();
                    headers.putAll(response.headers().map());
                    body = response.body();
                } else {
                    // a target or header the JDK client will not send: over a socket of our own
                    RawHttp.Response response = RawHttp.send(baseUrl, request.operation().method(), request.target(),
                            request.headers(), request.body());
                    request.notes().add("sent over a raw socket");
                    status = response.status();
                    headers.putAll(response.headers());
                    body = response.body();
                }
            } catch (IOException e) {
                if (request.body() != null && request.body().length > 262_144) {
                    // refused with 413 before the body was read: the connection closes while we still write
                    result.closedWhileSendingOversizedBody(request);
                    return;
                }
                result.noResponse(request, e.toString());
                return;
            }
            List<String> problems = conformance.check(request, status, headers, body);
            generator.observe(request, status, headers, body);
            result.record(request, status, problems, abbreviate(body));
            ValidatingProxy.Violations proxied = ValidatingProxy.violations(headers);
            result.proxied(request, status, proxied, abbreviate(body));
            result.judge(request, status, conformance.requestProblems(request), proxied.request().isEmpty(),
                    abbreviate(body));
        }

        /** The request for the JDK client, or null when it would refuse the target or a header. */
        private HttpRequest build(RequestGenerator.FuzzRequest request) {
            HttpRequest.Builder builder;
            try {
                builder = HttpRequest.newBuilder(URI.create(baseUrl + request.target())).timeout(Duration.ofSeconds(30));
                HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body());
                builder.method(request.operation().method(), body);
                for (Map.Entry<String, String> header : request.headers().entrySet()) {
                    builder.header(header.getKey(), header.getValue());
                }
                return builder.build();
            } catch (IllegalArgumentException refused) {
                return null;
            }
        }

        private static String abbreviate(String body) {
            return body == null ? "" : body.length() > 400 ? body.substring(0, 400) + "..." : body;
        }
    }

    static Map<String, Object> ordered() {
        return new LinkedHashMap<>();
    }
}

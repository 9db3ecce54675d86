package org.smartlibrary.deploy.bench;

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
import org.smartlibrary.testkit.bench.MachineFacts;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * REST throughput and latency of the packaged services beside {@code pgbench -S} on the same PostgreSQL, at the same
 * moment ({@link Pgbench}). The services run as {@code deploy/local/start} runs them ({@link ServiceJvm}, heap
 * options {@link ServiceJvm#LOCAL_START_OPTIONS}, both JIT compilers), against PostgreSQL and Kafka processes.
 *
 * <p><b>Saturated (closed loop, {@link ClosedLoad})</b> for each read endpoint — GET an assessment by id (library
 * staff), GET a partner by id (public), GET an assessment's recommendations (a set of up to 50 partners, made through
 * the real flow: partners registered over REST reach matching over Kafka, an assessment is completed and matched),
 * partner full-text search over the seeded directory: a warm-up, then {@code runs} × (pgbench saturated, the
 * endpoint saturated), then pgbench once more. Each run's ratio divides its requests per second by the mean tps of
 * the pgbench runs right before and right after it; the reported figures are the medians over the runs.
 *
 * <p><b>Open model ({@link OpenLoad})</b> at fixed rates: GET an assessment, POST a draft, POST a completion
 * (transaction + outbox + event), the search; each rate right after a short warm-up, then {@code pgbench -S -R} at
 * the same rate for the same time.
 *
 * <p>The goals of the services are checked against the medians (report table "Goals"). CPU seconds of each service,
 * PostgreSQL, Kafka, this JVM (the load generator) and the machine are recorded for every run: all share the cores.
 *
 * <p>Not part of {@code ./mvnw verify} (tag {@code benchmark}); run it with {@code deploy/bench/rest}. System
 * properties: {@code bench.seconds} (each measured run, 20), {@code bench.warmup} (saturated warm-up per endpoint,
 * 60), {@code bench.runs} (3), {@code bench.connections} (16), {@code bench.threads} (2), {@code bench.partners}
 * (directory size, 100000), {@code bench.rates.get} ("2000"), {@code bench.rates.create} ("20,50"),
 * {@code bench.rates.complete} ("300"), {@code bench.rates.search} ("100"), {@code bench.pgbench} ("pgbench").
 * Report: {@code deploy/target/bench/rest.{md,json}}.
 */
@Tag("benchmark")
class RestBenchmarkIT {

    static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    static final int WARMUP = Integer.getInteger("bench.warmup", 60);
    static final int RUNS = Integer.getInteger("bench.runs", 3);
    static final int CONNECTIONS = Integer.getInteger("bench.connections", 16);
    static final int THREADS = Integer.getInteger("bench.threads", 2);
    static final int PARTNERS = Integer.getInteger("bench.partners", 100_000);
    static final String PGBENCH = System.getProperty("bench.pgbench", "pgbench");
    /** Unmeasured seconds at the first rate before an open-model scenario. */
    static final int OPEN_WARMUP = 5;
    /** pgbench: scale, and clients / threads of saturated and fixed-rate runs. */
    static final int PGBENCH_SCALE = 10;
    static final int PGBENCH_SATURATED_CLIENTS = 8;
    static final int PGBENCH_RATE_CLIENTS = 4;
    static final int PGBENCH_THREADS = 2;
    /** Partners registered over REST for the recommendations: more than the 50 a set keeps. */
    static final int RECOMMENDED_PARTNERS = 60;
    static final int RECOMMENDATION_SETS = 3;
    static final String[] SEARCH_WORDS = {"robotics", "makerspace", "mentoring", "evaluation", "laptops", "grants",
            "volunteers", "fabrication", "hotspots", "design"};

    static Path work;
    static PostgresProcess postgres;
    static KafkaProcess kafka;
    static ServiceJvm assessment;
    static ServiceJvm partner;
    static ServiceJvm matching;
    static Map<String, Long> processes;

    /** Sizes of the matched sets (filled by {@link #recommendationSets}). */
    private final List<Integer> recommendationsPerSet = new ArrayList<>();

    @BeforeAll
    static void startProcesses() throws Exception {
        Path repository = Suite.repositoryRoot();
        work = repository.resolve("deploy/target/bench/rest-work");
        for (String directory : List.of("postgres", "kafka", "apps", "pgbench", "logs")) {
            Workload.deleteRecursively(work.resolve(directory));
        }
        Files.createDirectories(work);
        Runtime.getRuntime().addShutdownHook(new Thread(RestBenchmarkIT::stopProcesses, "rest-bench-stop"));
        Path applications = Suite.snapshotApplications(work.resolve("apps"));
        postgres = PostgresProcess.start(PostgresProcess.defaultLibs(repository), work.resolve("postgres"));
        kafka = KafkaProcess.start(KafkaProcess.defaultLibs(repository), work.resolve("kafka"));
        assessment = start(applications, "assessment-service", "assessment", Map.of());
        partner = start(applications, "partner-service", "partner", Map.of());
        matching = start(applications, "matching-service", "matching",
                Map.of("SLP_MATCHING_CONSUMER_GROUP_ID", "matching-rest-bench"));
        for (ServiceJvm service : List.of(assessment, partner, matching)) {
            service.awaitReady(Duration.ofSeconds(180));
        }
        processes = new LinkedHashMap<>();
        processes.put("assessment_service", assessment.pid());
        processes.put("partner_service", partner.pid());
        processes.put("matching_service", matching.pid());
        processes.put("postgres", Long.parseLong(Files.readAllLines(work.resolve("postgres/data/postmaster.pid"))
                .get(0).trim()));
        ProcessHandle.current().children().filter(p -> p.info().commandLine().orElse("").contains("kafka.Kafka"))
                .findFirst().ifPresent(k -> processes.put("kafka", k.pid()));
    }

    private static ServiceJvm start(Path applications, String name, String database, Map<String, String> extra) {
        Map<String, String> environment = new LinkedHashMap<>(Suite.environment(postgres, postgres.jdbcUrl(database),
                kafka.bootstrapServers()));
        environment.putAll(extra);
        return ServiceJvm.start(applications, name, Suite.freePort(), ServiceJvm.LOCAL_START_OPTIONS, environment,
                work.resolve("logs").resolve(name + ".log"));
    }

    @AfterAll
    static synchronized void stopProcesses() {
        Infrastructure.stopAll(matching, partner, assessment, kafka, postgres);
        matching = null;
        partner = null;
        assessment = null;
        kafka = null;
        postgres = null;
    }

    @Test
    void restBesidePgbench() throws Exception {
        Map<String, Object> machineBefore = MachineFacts.machine();
        RestFixtures fixtures = new RestFixtures(assessment.baseUrl(), partner.baseUrl(), matching.baseUrl(),
                Long.toString(System.currentTimeMillis(), 36));
        long seedMillis = seedDirectory();
        List<String> libraries = fixtures.libraries(5);
        List<String> assessments = new ArrayList<>();
        Map<String, String> libraryOf = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            String library = libraries.get(i % libraries.size());
            String draft = fixtures.draft(library, "Benchmark read " + i,
                    List.of(Workload.NEED_TYPES[i % Workload.NEED_TYPES.length]));
            assessments.add(draft);
            libraryOf.put(draft, library);
        }
        List<String> matched = recommendationSets(fixtures, libraries, libraryOf);
        List<String> partnerIds = partnerIds(1000);

        List<Double> completeRates = rates("bench.rates.complete", "300");
        List<String> completable = drafts(fixtures, libraries,
                completeRates.stream().mapToInt(r -> (int) Math.round(r * (SECONDS + OPEN_WARMUP)) + 1).sum());
        Map<String, String> etags = new LinkedHashMap<>();
        for (int i = 0; i < completable.size(); i++) {
            etags.put(completable.get(i), fixtures.etag(libraries.get(i % libraries.size()), completable.get(i)));
        }

        Pgbench pgbench = pgbench();
        pgbench.initialize(PGBENCH_SCALE);
        pgbench.saturated(Math.max(1, Math.min(10, WARMUP)), PGBENCH_SATURATED_CLIENTS, PGBENCH_THREADS); // warm-up

        // saturated: one endpoint after the other, each beside pgbench runs right before and after its runs
        Map<String, Map<String, Object>> saturated = new LinkedHashMap<>();
        saturated.put("get_assessment_by_id", saturated(fixtures, pgbench, assessment, 200, i -> {
            String id = assessments.get(i);
            return ClosedLoad.get(hostAndPort(assessment), "/api/v1/assessments/" + id,
                    Map.of("Authorization", "Bearer " + fixtures.staff(libraryOf.get(id))));
        }, assessments.size()));
        saturated.put("get_partner_by_id", saturated(fixtures, pgbench, partner, 200, i ->
                ClosedLoad.get(hostAndPort(partner), "/api/v1/partners/" + partnerIds.get(i), Map.of()),
                partnerIds.size()));
        saturated.put("get_recommendations", saturated(fixtures, pgbench, matching, 200, i -> {
            String id = matched.get(i);
            return ClosedLoad.get(hostAndPort(matching), "/api/v1/assessments/" + id + "/recommendations",
                    Map.of("Authorization", "Bearer " + fixtures.staff(libraryOf.get(id))));
        }, matched.size()));
        saturated.put("partner_search", saturated(fixtures, pgbench, partner, 200, i ->
                ClosedLoad.get(hostAndPort(partner), "/api/v1/partners?q=" + SEARCH_WORDS[i] + "&limit=20", Map.of()),
                SEARCH_WORDS.length));

        // open model: fixed rates, each rate beside pgbench -R at that rate right after it
        OpenLoad load = new OpenLoad();
        Map<String, Map<String, Object>> open = new LinkedHashMap<>();
        String assessmentUrl = assessment.baseUrl();
        open.put("get_assessment_by_id", openRates(fixtures, pgbench, load, rates("bench.rates.get", "2000"), 200, i -> {
            String id = assessments.get(i % assessments.size());
            return get(assessmentUrl + "/api/v1/assessments/" + id, fixtures.staff(libraryOf.get(id)));
        }));
        open.put("create_draft_assessment", openRates(fixtures, pgbench, load, rates("bench.rates.create", "20,50"), 201,
                i -> {
                    String library = libraries.get(i % libraries.size());
                    return post(assessmentUrl + "/api/v1/assessments", fixtures.staff(library),
                            "{\"library_id\":\"" + library + "\",\"title\":\"Benchmark draft " + i + "\"}", null);
                }));
        String partnerUrl = partner.baseUrl();
        open.put("partner_search", openRates(fixtures, pgbench, load, rates("bench.rates.search", "100"), 200, i ->
                get(partnerUrl + "/api/v1/partners?q=" + SEARCH_WORDS[i % SEARCH_WORDS.length] + "&limit=20", null)));
        // last: completions leave matching work behind them
        int[] nextDraft = {0};
        open.put("complete_assessment", openRates(fixtures, pgbench, load, completeRates, 200, i -> {
            int n = nextDraft[0]++;
            String id = completable.get(n);
            return post(assessmentUrl + "/api/v1/assessments/" + id + "/completion",
                    fixtures.staff(libraries.get(n % libraries.size())), null, etags.get(id));
        }));

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "REST saturated (closed loop) and at fixed rates (open model) beside pgbench -S on "
                + "the same PostgreSQL");
        report.put("machine_before", machineBefore);
        report.put("machine_after", MachineFacts.machine());
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("seconds", SECONDS);
        options.put("warmup_seconds", WARMUP);
        options.put("runs", RUNS);
        options.put("connections", CONNECTIONS);
        options.put("threads", THREADS);
        options.put("directory_partners", PARTNERS);
        options.put("open_warmup_seconds", OPEN_WARMUP);
        options.put("pgbench", "-S, scale " + PGBENCH_SCALE + "; saturated -c" + PGBENCH_SATURATED_CLIENTS + " -j"
                + PGBENCH_THREADS + "; at a rate -R <rate> -c" + PGBENCH_RATE_CLIENTS + " -j" + PGBENCH_THREADS);
        report.put("options", options);
        report.put("service_jvm_options", ServiceJvm.LOCAL_START_OPTIONS);
        report.put("directory_seed_seconds", seedMillis / 1000.0);
        report.put("recommendations_per_set", recommendationsPerSet);
        report.put("saturated", saturated);
        report.put("open_model", open);
        report.put("goals", RestReport.goals(saturated, open));
        RestReport.write(work.getParent(), report);
    }

    /**
     * {@value #RECOMMENDED_PARTNERS} partners registered over REST reach matching (partner-service's outbox, Kafka),
     * then one assessment per library (of the first {@value #RECOMMENDATION_SETS}) with three needs is completed and
     * matched; returns those assessments once their recommendations are READY.
     */
    private List<String> recommendationSets(RestFixtures fixtures, List<String> libraries, Map<String, String> libraryOf)
            throws Exception {
        fixtures.partners(RECOMMENDED_PARTNERS);
        await("matching-service holds the " + RECOMMENDED_PARTNERS + " partners").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500)).until(() -> count("matching", "partner") >= RECOMMENDED_PARTNERS);
        List<String> matched = new ArrayList<>();
        for (int l = 0; l < RECOMMENDATION_SETS; l++) {
            String library = libraries.get(l);
            String id = fixtures.draft(library, "Benchmark matched " + l, List.of(Workload.NEED_TYPES));
            libraryOf.put(id, library);
            fixtures.complete(library, id);
            matched.add(id);
        }
        for (String id : matched) {
            JsonNode set = fixtures.awaitRecommendations(libraryOf.get(id), id, 40, Duration.ofMinutes(3));
            recommendationsPerSet.add(set.path("recommendations").size());
        }
        return matched;
    }

    /** {@code count} draft assessments (one need each) over the libraries, made by 4 clients; in library order. */
    private static List<String> drafts(RestFixtures fixtures, List<String> libraries, int count) throws Exception {
        String[] drafts = new String[count];
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    for (int i = client; i < count; i += 4) {
                        drafts[i] = fixtures.draft(libraries.get(i % libraries.size()), "Benchmark completion " + i,
                                List.of(Workload.NEED_TYPES[i % Workload.NEED_TYPES.length]));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return Arrays.asList(drafts);
    }

    /**
     * The endpoint saturated: a warm-up, then for each run pgbench saturated and the endpoint saturated, and pgbench
     * once more at the end; {@code request} builds the i-th of {@code distinct} requests sent in turn.
     */
    private Map<String, Object> saturated(RestFixtures fixtures, Pgbench pgbench, ServiceJvm service, int expected,
                                          IntFunction<byte[]> request, int distinct) throws Exception {
        List<byte[]> requests = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            requests.add(request.apply(i));
        }
        URI base = URI.create(service.baseUrl());
        ClosedLoad load = new ClosedLoad(base.getHost(), base.getPort(), CONNECTIONS, THREADS);
        awaitQuiet(fixtures);
        ClosedLoad.Result warmup = load.run(Duration.ofSeconds(WARMUP), expected, requests);
        assertTrue(warmup.ok() > 0, "no expected answer during the warm-up: " + warmup.otherStatuses() + ", "
                + warmup.failed() + " failed");
        List<Map<String, Object>> pgbenchRuns = new ArrayList<>();
        List<Map<String, Object>> httpRuns = new ArrayList<>();
        List<Double> tps = new ArrayList<>();
        List<ClosedLoad.Result> results = new ArrayList<>();
        tps.add(pgbenchSaturated(pgbench, pgbenchRuns));
        for (int r = 0; r < RUNS; r++) {
            CpuSample before = CpuSample.of(processes);
            ClosedLoad.Result result = load.run(Duration.ofSeconds(SECONDS), expected, requests);
            Map<String, Double> cpu = CpuSample.of(processes).since(before);
            results.add(result);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("requests_per_second", Stats.round(result.okPerSecond()));
            row.put("ok", result.ok());
            row.put("other_statuses", result.otherStatuses());
            row.put("failed", result.failed());
            row.put("first_failure", result.firstFailure());
            row.put("latency_ms", Stats.of(result.latenciesMs()));
            cpu.put("load_generator_threads", Stats.round(result.generatorCpuSeconds()));
            row.put("cpu_seconds", cpu);
            httpRuns.add(row);
            tps.add(pgbenchSaturated(pgbench, pgbenchRuns));
        }
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
            double baseline = (tps.get(r) + tps.get(r + 1)) / 2;
            ratios.add(results.get(r).okPerSecond() / baseline);
            httpRuns.get(r).put("pgbench_tps_before_and_after", List.of(Stats.round(tps.get(r)),
                    Stats.round(tps.get(r + 1))));
            httpRuns.get(r).put("ratio_to_pgbench_tps", ratio3(ratios.get(r)));
        }
        Map<String, Object> median = new LinkedHashMap<>();
        median.put("requests_per_second", Stats.round(median(results.stream().map(ClosedLoad.Result::okPerSecond)
                .toList())));
        median.put("latency_median_ms", Stats.round(median(httpRuns.stream().map(r -> latency(r, "median")).toList())));
        median.put("latency_p99_ms", Stats.round(median(httpRuns.stream().map(r -> latency(r, "p99")).toList())));
        median.put("pgbench_tps", Stats.round(median(tps)));
        median.put("ratio_to_pgbench_tps", ratio3(median(ratios)));
        median.put("errors", results.stream().mapToLong(r -> r.failed()
                + r.otherStatuses().values().stream().mapToLong(Long::longValue).sum()).sum());
        for (String process : List.of("service", "postgres", "harness_jvm", "load_generator_threads", "machine_busy")) {
            median.put("cpu_seconds_" + process,
                    Stats.round(median(httpRuns.stream().map(r -> cpu(r, process, service)).toList())));
        }
        median.put("pgbench_cpu_seconds_postgres", Stats.round(median(pgbenchRuns.stream()
                .map(r -> cpu(r, "postgres", service)).toList())));
        median.put("pgbench_cpu_seconds_client", Stats.round(median(pgbenchRuns.stream()
                .map(r -> ((Number) r.get("client_cpu_seconds")).doubleValue()).toList())));
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("request", new String(requests.get(0), StandardCharsets.US_ASCII)
                .lines().findFirst().orElse(""));
        endpoint.put("distinct_requests", distinct);
        endpoint.put("warmup", Map.of("seconds", WARMUP, "requests_per_second", Stats.round(warmup.okPerSecond())));
        endpoint.put("median", median);
        endpoint.put("runs", httpRuns);
        endpoint.put("pgbench_runs", pgbenchRuns);
        System.out.printf("rest bench: saturated %s: %s%n", endpoint.get("request"), median);
        return endpoint;
    }

    private static double pgbenchSaturated(Pgbench pgbench, List<Map<String, Object>> runs) throws Exception {
        CpuSample before = CpuSample.of(processes);
        Pgbench.Run run = pgbench.saturated(SECONDS, PGBENCH_SATURATED_CLIENTS, PGBENCH_THREADS);
        Map<String, Object> row = run.toMap();
        row.put("cpu_seconds", CpuSample.of(processes).since(before));
        runs.add(row);
        return run.tps();
    }

    @SuppressWarnings("unchecked")
    private static double latency(Map<String, Object> run, String statistic) {
        return ((Map<String, Double>) run.get("latency_ms")).getOrDefault(statistic, Double.NaN);
    }

    @SuppressWarnings("unchecked")
    private static double cpu(Map<String, Object> run, String process, ServiceJvm service) {
        Map<String, Double> cpu = (Map<String, Double>) run.get("cpu_seconds");
        String key = process.equals("service") ? serviceKey(service) : process;
        return cpu.getOrDefault(key, Double.NaN);
    }

    private static String serviceKey(ServiceJvm service) {
        return processes.entrySet().stream().filter(e -> e.getValue() == service.pid()).map(Map.Entry::getKey)
                .findFirst().orElse("?");
    }

    /** The median of the runs' figures (the mean of the middle two for an even count). */
    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** A ratio to three decimals. */
    private static double ratio3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** Each rate after {@value #OPEN_WARMUP} s at the first one, each beside pgbench -S -R at that rate. */
    private Map<String, Object> openRates(RestFixtures fixtures, Pgbench pgbench, OpenLoad load, List<Double> rates,
                                          int expectedStatus, IntFunction<HttpRequest> request) throws Exception {
        Map<String, Object> byRate = new LinkedHashMap<>();
        awaitQuiet(fixtures);
        int[] sent = {0};
        IntFunction<HttpRequest> counted = i -> request.apply(sent[0]++);
        load.run(rates.get(0), Duration.ofSeconds(OPEN_WARMUP), expectedStatus, counted);
        for (double rate : rates) {
            CpuSample before = CpuSample.of(processes);
            OpenLoad.Result result = load.run(rate, Duration.ofSeconds(SECONDS), expectedStatus, counted);
            Map<String, Double> cpu = CpuSample.of(processes).since(before);
            CpuSample pgBefore = CpuSample.of(processes);
            Pgbench.Run pg = pgbench.atRate(rate, SECONDS, PGBENCH_RATE_CLIENTS, PGBENCH_THREADS);
            Map<String, Object> pgRow = pg.toMap();
            pgRow.put("cpu_seconds", CpuSample.of(processes).since(pgBefore));
            Map<String, Double> latency = Stats.of(result.latenciesMs());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("offered_per_second", rate);
            row.put("achieved_per_second", Stats.round(result.achievedPerSecond()));
            row.put("sent", result.sent());
            row.put("ok", result.ok());
            row.put("other_statuses", result.otherStatuses());
            row.put("failed", result.failed());
            row.put("first_failure", result.firstFailure());
            row.put("latency_ms", latency);
            row.put("cpu_seconds", cpu);
            row.put("pgbench", pgRow);
            row.put("ratio_median_to_pgbench_median", Stats.ratio(latency.get("median"), pg.latencyMs().get("median")));
            row.put("ratio_p99_to_pgbench_p99", Stats.ratio(latency.get("p99"), pg.latencyMs().get("p99")));
            System.out.printf("rest bench: %s/s → ok %d/%d, median %.2f ms, p99 %.2f ms (pgbench -S -R median %.3f ms)%n",
                    key(rate), result.ok(), result.sent(), latency.get("median"), latency.get("p99"),
                    pg.latencyMs().get("median"));
            byRate.put(key(rate), row);
        }
        return byRate;
    }

    /** Until every service's outbox is empty, so that no relay or matching work of the step before overlaps. */
    private static void awaitQuiet(RestFixtures fixtures) {
        await("outboxes drained").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> Stream.of(assessment, partner, matching)
                        .allMatch(s -> fixtures.outboxBacklog(s.baseUrl()) == 0));
    }

    private static String hostAndPort(ServiceJvm service) {
        return URI.create(service.baseUrl()).getAuthority();
    }

    private static HttpRequest get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /** A POST with If-Match ({@code null}: none) and a JSON body ({@code null}: none). */
    private static HttpRequest post(String url, String token, String body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return request.build();
    }

    private static List<Double> rates(String property, String defaults) {
        return Arrays.stream(System.getProperty(property, defaults).split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(Double::parseDouble).toList();
    }

    static String key(double rate) {
        return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
    }

    /** partner-service's schema filled with the shared benchmark directory (partner-service/src/test/resources/bench). */
    private static long seedDirectory() throws Exception {
        long start = System.currentTimeMillis();
        String script = Files.readString(Suite.repositoryRoot().resolve("partner-service/src/test/resources/bench/seed-partners.sql"))
                .replace(":partners", Integer.toString(PARTNERS));
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("partner"), postgres.user(), postgres.password());
             Statement statement = c.createStatement()) {
            for (String sql : script.split("\n;\n")) {
                String withoutComments = Stream.of(sql.split("\n")).filter(l -> !l.startsWith("--"))
                        .reduce("", (a, b) -> a + b + "\n").trim();
                if (!withoutComments.isEmpty()) {
                    statement.execute(withoutComments);
                }
            }
        }
        assertTrue(count("partner", "partner") >= PARTNERS, "directory seeded");
        return System.currentTimeMillis() - start;
    }

    /** Ids of {@code limit} partners of the directory (UUID order: scattered over the table). */
    private static List<String> partnerIds(int limit) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("partner"), postgres.user(), postgres.password());
             ResultSet rows = c.createStatement().executeQuery("SELECT id FROM partner ORDER BY id LIMIT " + limit)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static long count(String database, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password());
             ResultSet rows = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A database {@code pgbench} owned by the services' role (created by the embedded server's superuser). */
    private static Pgbench pgbench() throws Exception {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "");
             Statement statement = c.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS pgbench");
            statement.execute("CREATE DATABASE pgbench OWNER " + postgres.user());
        }
        URI jdbc = URI.create(postgres.jdbcUrl("pgbench").substring("jdbc:".length()));
        return new Pgbench(PGBENCH, jdbc.getHost(), jdbc.getPort(), postgres.user(), postgres.password(),
                work.resolve("pgbench"));
    }
}

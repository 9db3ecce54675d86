package org.smartlibrary.deploy.bench;

import org.smartlibrary.testkit.bench.MachineFacts;
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
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * REST throughput and latency at fixed arrival rates (open model, {@link OpenLoad}) beside {@code pgbench -S} at the
 * same rates on the same PostgreSQL server — the ceiling a service built on that database could reach for a
 * single-row read. Scenarios: GET an assessment by id; POST a draft assessment (one transaction); POST a completion
 * (transaction + outbox row + event); partner full-text search over a directory of 10^5 partners (public).
 *
 * <p>Not part of {@code ./mvnw verify} (tag {@code benchmark}); run it with {@code deploy/bench/rest}. System
 * properties: {@code bench.seconds} (per rate, 20), {@code bench.partners} (directory size, 100000),
 * {@code bench.rates.get} ("50,100,200"), {@code bench.rates.create} ("20,50"), {@code bench.rates.complete}
 * ("10,25"), {@code bench.rates.search} ("10,25,50"), {@code bench.pgbench} (the pgbench binary, "pgbench").
 * Report: {@code deploy/target/bench/rest.{md,json}}.
 */
@Tag("benchmark")
class RestBenchmarkIT {

    static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    static final int PARTNERS = Integer.getInteger("bench.partners", 100_000);
    static final String PGBENCH = System.getProperty("bench.pgbench", "pgbench");
    static final String[] SEARCH_WORDS = {"robotics", "makerspace", "mentoring", "evaluation", "laptops", "grants",
            "volunteers", "fabrication", "hotspots", "design"};

    static Path workDirectory;
    static PostgresProcess postgres;
    static KafkaProcess kafka;
    static Suite suite;
    static Infrastructure infrastructure;

    @BeforeAll
    static void startInfrastructure() throws IOException {
        infrastructure = Infrastructure.start("bench", "matching-service");
        workDirectory = infrastructure.workDirectory();
        Workload.deleteRecursively(workDirectory.resolve("pgbench"));
        Files.createDirectories(workDirectory.resolve("pgbench"));
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
    void restBesidePgbenchAtFixedRates() throws Exception {
        Map<String, Object> machineBefore = MachineFacts.machine();
        Workload workload = new Workload(suite, Long.toString(System.currentTimeMillis(), 36), Duration.ofMinutes(2));
        long seedMillis = seedDirectory();
        List<String> libraries = workload.seedLibraries(5);
        List<String> assessments = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            assessments.add(workload.draft(i, libraries.get(i % libraries.size())));
        }
        Map<String, String> staff = new LinkedHashMap<>();
        libraries.forEach(l -> staff.put(l, TestTokens.libraryStaff(UUID.fromString(l))));
        Map<String, String> libraryOf = new LinkedHashMap<>();
        for (int i = 0; i < assessments.size(); i++) {
            libraryOf.put(assessments.get(i), libraries.get(i % libraries.size()));
        }
        initPgbench();

        OpenLoad load = new OpenLoad();
        Map<String, Object> scenarios = new LinkedHashMap<>();
        Map<Double, Map<String, Double>> pgbenchByRate = new LinkedHashMap<>();

        String assessmentUrl = suite.assessmentUrl();
        scenarios.put("get_assessment_by_id", runRates("bench.rates.get", "50,100,200", 200, load, pgbenchByRate, i -> {
            String assessment = assessments.get(i % assessments.size());
            return get(assessmentUrl + "/api/v1/assessments/" + assessment, staff.get(libraryOf.get(assessment)));
        }));
        scenarios.put("create_draft_assessment", runRates("bench.rates.create", "20,50", 201, load, pgbenchByRate, i -> {
            String library = libraries.get(i % libraries.size());
            return post(assessmentUrl + "/api/v1/assessments", staff.get(library),
                    "{\"library_id\":\"" + library + "\",\"title\":\"Benchmark draft " + i + "\"}");
        }));
        List<Double> completeRates = rates("bench.rates.complete", "10,25");
        int drafts = completeRates.stream().mapToInt(r -> (int) Math.round(r * SECONDS) + 1).sum();
        List<String> completable = new ArrayList<>();
        Map<String, String> etags = new LinkedHashMap<>(); // If-Match of each completion, read before measuring
        for (int i = 0; i < drafts; i++) {
            String draft = workload.draft(1000 + i, libraries.get(i % libraries.size()));
            completable.add(draft);
            etags.put(draft, workload.assessmentEtag(draft));
        }
        int[] nextDraft = {0};
        Map<String, Object> completions = new LinkedHashMap<>();
        for (double rate : completeRates) {
            int offset = nextDraft[0];
            nextDraft[0] += (int) Math.round(rate * SECONDS) + 1;
            completions.put(key(rate), measure(load, rate, 200, pgbenchByRate, i -> {
                String assessment = completable.get(offset + i);
                return post(assessmentUrl + "/api/v1/assessments/" + assessment + "/completion",
                        staff.get(libraries.get((offset + i) % libraries.size())), null, etags.get(assessment));
            }));
        }
        scenarios.put("complete_assessment_transaction_and_outbox", completions);
        String partnerUrl = suite.partnerUrl();
        scenarios.put("partner_search_" + PARTNERS + "_partners",
                runRates("bench.rates.search", "10,25,50", 200, load, pgbenchByRate, i ->
                        get(partnerUrl + "/api/v1/partners?q=" + SEARCH_WORDS[i % SEARCH_WORDS.length] + "&limit=20", null)));

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "REST at fixed arrival rates (open model) vs pgbench -S on the same PostgreSQL");
        report.put("machine_before", machineBefore);
        report.put("machine_after", MachineFacts.machine());
        report.put("seconds_per_rate", SECONDS);
        report.put("directory_partners", PARTNERS);
        report.put("directory_seed_seconds", seedMillis / 1000.0);
        report.put("scenarios", scenarios);
        report.put("pgbench_select_only", pgbenchByRate.entrySet().stream().collect(LinkedHashMap::new,
                (m, e) -> m.put(key(e.getKey()), e.getValue()), Map::putAll));
        report.put("server_errors", workload.serverErrors());
        write(report);
    }

    private Map<String, Object> runRates(String property, String defaults, int expectedStatus, OpenLoad load,
                                         Map<Double, Map<String, Double>> pgbenchByRate, IntFunction<HttpRequest> request)
            throws Exception {
        Map<String, Object> byRate = new LinkedHashMap<>();
        // warm-up (not reported): a few seconds at the lowest rate
        load.run(rates(property, defaults).get(0), Duration.ofSeconds(3), expectedStatus, request);
        for (double rate : rates(property, defaults)) {
            byRate.put(key(rate), measure(load, rate, expectedStatus, pgbenchByRate, request));
        }
        return byRate;
    }

    private Map<String, Object> measure(OpenLoad load, double rate, int expectedStatus,
                                        Map<Double, Map<String, Double>> pgbenchByRate, IntFunction<HttpRequest> request)
            throws Exception {
        OpenLoad.Result result = load.run(rate, Duration.ofSeconds(SECONDS), expectedStatus, request);
        Map<String, Double> pgbench = pgbenchByRate.get(rate);
        if (pgbench == null) {
            pgbench = pgbench(rate);
            pgbenchByRate.put(rate, pgbench);
        }
        Map<String, Double> latency = Stats.of(result.latenciesMs());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("offered_per_second", rate);
        row.put("achieved_per_second", Stats.round(result.achievedPerSecond()));
        row.put("sent", result.sent());
        row.put("ok", result.ok());
        row.put("other_statuses", result.otherStatuses());
        row.put("failed", result.failed());
        row.put("latency_ms", latency);
        row.put("pgbench_latency_ms", pgbench);
        row.put("ratio_median_to_pgbench_median", Stats.ratio(latency.get("median"), pgbench.get("median")));
        row.put("ratio_p99_to_pgbench_p99", Stats.ratio(latency.get("p99"), pgbench.get("p99")));
        System.out.printf("bench: %s/s → ok %d/%d, median %.2f ms, p99 %.2f ms (pgbench -S median %.3f ms)%n", key(rate),
                result.ok(), result.sent(), latency.get("median"), latency.get("p99"), pgbench.get("median"));
        return row;
    }

    private static HttpRequest get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private static HttpRequest post(String url, String token, String body) {
        return post(url, token, body, null);
    }

    /** A POST with If-Match ({@code null}: none), e.g. a completion with the draft's ETag. */
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

    private static String key(double rate) {
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
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM partner")) {
                rs.next();
                assertTrue(rs.getLong(1) >= PARTNERS, "directory seeded");
            }
        }
        return System.currentTimeMillis() - start;
    }

    private static void initPgbench() throws Exception {
        // the services' role may not create databases; the embedded server's superuser "postgres" (trust) may
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "");
             Statement statement = c.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS pgbench");
            statement.execute("CREATE DATABASE pgbench OWNER " + postgres.user());
        }
        assertEquals(0, pgbenchProcess("-i", "-q", "-s", "10").waitFor(), "pgbench -i");
    }

    /** pgbench -S (one primary-key SELECT per transaction) at {@code rate}; latency = schedule lag + run time. */
    private static Map<String, Double> pgbench(double rate) throws Exception {
        Path logs = workDirectory.resolve("pgbench");
        try (Stream<Path> old = Files.list(logs)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        Process run = pgbenchProcess("-S", "-n", "-R", key(rate), "-T", Integer.toString(SECONDS), "-c", "4", "-j", "2",
                "-l", "--log-prefix=" + logs.resolve("tx"));
        assertTrue(run.waitFor(SECONDS + 60L, TimeUnit.SECONDS) && run.exitValue() == 0, "pgbench -S at " + rate);
        List<Double> latencies = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.trim().split("\\s+");
                    // client_id transaction_no time script_no time_epoch time_us schedule_lag
                    if (f.length >= 7) {
                        latencies.add((Double.parseDouble(f[2]) + Double.parseDouble(f[6])) / 1000.0);
                    }
                }
            }
        }
        Map<String, Double> stats = Stats.of(latencies.stream().mapToDouble(Double::doubleValue).toArray());
        stats.put("achieved_per_second", Stats.round(latencies.size() / (double) SECONDS));
        return stats;
    }

    private static Process pgbenchProcess(String... arguments) throws IOException {
        URI jdbc = URI.create(postgres.jdbcUrl("pgbench").substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(PGBENCH, "-h", jdbc.getHost(), "-p", Integer.toString(jdbc.getPort()),
                "-U", postgres.user()));
        command.addAll(List.of(arguments));
        command.add("pgbench");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDirectory.resolve("pgbench.log").toFile()));
        builder.environment().put("PGPASSWORD", postgres.password() == null ? "" : postgres.password());
        return builder.start();
    }

    @SuppressWarnings("unchecked")
    private void write(Map<String, Object> report) throws IOException {
        StringBuilder md = new StringBuilder("# REST at fixed arrival rates beside pgbench -S\n\n");
        md.append("Machine before: ").append(report.get("machine_before")).append("  \n");
        md.append("Machine after: ").append(report.get("machine_after")).append("\n\n");
        md.append(String.format("Open model: request i due at start + i/rate, latency from the due time; %s s per rate; "
                + "directory of %s partners.%n%n", SECONDS, PARTNERS));
        md.append("| scenario | offered/s | achieved/s | ok/sent | median ms | p99 ms | pgbench -S median | pgbench p99 "
                + "| median ratio | p99 ratio |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Object> scenario : ((Map<String, Object>) report.get("scenarios")).entrySet()) {
            for (Object value : ((Map<String, Object>) scenario.getValue()).values()) {
                Map<String, Object> row = (Map<String, Object>) value;
                Map<String, Double> latency = (Map<String, Double>) row.get("latency_ms");
                Map<String, Double> pg = (Map<String, Double>) row.get("pgbench_latency_ms");
                md.append(String.format("| %s | %s | %s | %s/%s | %s | %s | %s | %s | %s | %s |%n", scenario.getKey(),
                        row.get("offered_per_second"), row.get("achieved_per_second"), row.get("ok"), row.get("sent"),
                        latency.get("median"), latency.get("p99"), pg.get("median"), pg.get("p99"),
                        row.get("ratio_median_to_pgbench_median"), row.get("ratio_p99_to_pgbench_p99")));
            }
        }
        md.append("\nServer errors seen while seeding: ").append(report.get("server_errors")).append("\n");
        Files.writeString(workDirectory.resolve("rest.md"), md);
        Files.writeString(workDirectory.resolve("rest.json"),
                Workload.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        System.out.println("\n" + md + "\n(also in " + workDirectory.resolve("rest.md") + " and rest.json)");
    }
}

package org.smartlibrary.deploy.bench;

import org.smartlibrary.testkit.bench.MachineFacts;
import org.smartlibrary.deploy.system.Infrastructure;
import org.smartlibrary.deploy.system.KafkaProcess;
import org.smartlibrary.deploy.system.PostgresProcess;
import org.smartlibrary.deploy.system.ServiceProcess;
import org.smartlibrary.deploy.system.Suite;
import org.smartlibrary.deploy.system.Workload;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Startup to ready and resident memory of each packaged service (run by {@code deploy/bench/startup}), beside a bare
 * JVM started with the same JVM options, those the services ship with ({@link ServiceProcess#SHIPPED_JVM_OPTIONS}).
 *
 * <p>PostgreSQL and Kafka are started once (the harness's {@link PostgresProcess} and {@link KafkaProcess}); the
 * services are copied once ({@link Suite#snapshotApplications}) and then launched <b>one at a time</b> with
 * {@link ServiceProcess#start} and {@link Suite#environment}, so each start has the machine to itself. Per launch:
 * <ul>
 *   <li><b>ready</b>: wall time from just before the process is spawned to the first {@code /q/health/ready} answering
 *   200 with {@code UP}, polled every {@code --poll-ms} (20) ms;</li>
 *   <li>Quarkus's own "started in X s" from the log (measured inside the JVM, after the JVM itself is up);</li>
 *   <li><b>RSS</b> ({@code VmRSS} of {@code /proc/<pid>/status}) at ready and after a light warm-up of
 *   {@code --requests} (200) × ({@code GET /q/health/ready} + {@code GET /q/openapi});</li>
 *   <li><b>stop</b>: SIGTERM to exit.</li>
 * </ul>
 * Baselines in the same run, launched in the same rounds: {@link BareJvm} {@code exit} (launch → exit) and
 * {@link BareJvm} {@code serve} (the JDK HTTP server; probed, warmed up and measured exactly like a service). Round 0
 * is a first launch of everything (the services run their Flyway migrations and create topics; page cache cold); it
 * is reported apart. Rounds 1..{@code --runs} (5) are the measured ones; each round launches bare-exit, bare-serve,
 * then each service, so slow drifts of the machine's load hit all subjects alike.
 *
 * <p>A {@code main}, not a JUnit class (nothing for {@code ./mvnw verify} to pick up); {@code deploy/bench/startup}
 * runs it with the deploy module's test class path. Report: {@code deploy/target/bench/startup.{md,json}}.
 */
public final class StartupBenchmark {

    static final List<String> SERVICES = List.of("assessment-service", "partner-service", "matching-service");
    static final String BARE_EXIT = "bare-jvm-exit";
    static final String BARE_SERVE = "bare-jvm-http";
    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One launch of one subject; NaN / -1 where it does not apply. */
    record Launch(String subject, int round, double readyMs, double rssReadyMiB, double rssAfterWarmupMiB,
                  double quarkusStartedSeconds, double warmupMs, int warmupErrors, double stopMs) {
    }

    private final int runs;
    private final int requests;
    private final long pollMillis;
    private final List<String> services;
    private final Path work;
    private PostgresProcess postgres;
    private KafkaProcess kafka;
    /** the JVM under measurement, stopped by the shutdown hook if the run is interrupted */
    private volatile AutoCloseable current;
    private Path applications;

    private StartupBenchmark(int runs, int requests, long pollMillis, List<String> services, Path work) {
        this.runs = runs;
        this.requests = requests;
        this.pollMillis = pollMillis;
        this.services = services;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of(
                "runs", "5", "requests", "200", "poll-ms", "20", "services", String.join(",", SERVICES),
                "out", Suite.repositoryRoot().resolve("deploy/target/bench").toString()));
        for (int i = 0; i < args.length; i++) {
            String key = args[i].replaceFirst("^--", "");
            if (!options.containsKey(key) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i] + " (known: "
                        + options.keySet() + ")");
            }
            options.put(key, args[++i]);
        }
        Path out = Path.of(options.get("out")).toAbsolutePath();
        StartupBenchmark benchmark = new StartupBenchmark(Integer.parseInt(options.get("runs")),
                Integer.parseInt(options.get("requests")), Long.parseLong(options.get("poll-ms")),
                List.of(options.get("services").split(",")), out.resolve("startup-work"));
        Thread stopper = new Thread(benchmark::stopInfrastructure, "startup-bench-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        int status = 0;
        try {
            benchmark.run(out);
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        } finally {
            benchmark.stopInfrastructure();
        }
        System.exit(status);
    }

    private void run(Path out) throws Exception {
        Map<String, Object> machineBefore = MachineFacts.machine();
        Instant started = Instant.now();
        Path repository = Suite.repositoryRoot();
        for (String d : List.of("postgres", "kafka", "apps")) {
            Workload.deleteRecursively(work.resolve(d));
        }
        Files.createDirectories(work);
        applications = Suite.snapshotApplications(work.resolve("apps"));
        postgres = PostgresProcess.start(PostgresProcess.defaultLibs(repository), work.resolve("postgres"));
        kafka = KafkaProcess.start(KafkaProcess.defaultLibs(repository), work.resolve("kafka"));
        System.out.printf("startup bench: PostgreSQL and Kafka up; %d measured rounds after a first launch%n", runs);

        List<Launch> launches = new ArrayList<>();
        for (int round = 0; round <= runs; round++) {
            launches.add(bareExit(round));
            launches.add(bareServe(round));
            for (String service : services) {
                launches.add(service(service, round));
            }
            System.out.printf("startup bench: round %d/%d done (load %s)%n", round, runs, MachineFacts.loadAverage());
        }
        Map<String, Object> machineAfter = MachineFacts.machine();
        write(out, report(launches, machineBefore, machineAfter, Duration.between(started, Instant.now())));
    }

    private Launch bareExit(int round) throws Exception {
        List<String> command = javaCommand("exit");
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("bare JVM did not exit cleanly: " + command);
        }
        double exitMs = (System.nanoTime() - t0) / 1e6;
        return new Launch(BARE_EXIT, round, exitMs, -1, -1, Double.NaN, Double.NaN, 0, Double.NaN);
    }

    private Launch bareServe(int round) throws Exception {
        int port = Suite.freePort();
        List<String> command = javaCommand("serve", Integer.toString(port));
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("bare-jvm.log").toFile())).start();
        current = process::destroyForcibly;
        try {
            double readyMs = awaitReady("http://127.0.0.1:" + port, process::isAlive, t0, BARE_SERVE);
            double rssReady = rssMiB(process.pid());
            double[] warmup = warmUp("http://127.0.0.1:" + port);
            double rssAfter = rssMiB(process.pid());
            long s0 = System.nanoTime();
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            double stopMs = (System.nanoTime() - s0) / 1e6;
            return new Launch(BARE_SERVE, round, readyMs, rssReady, rssAfter, Double.NaN, warmup[0], (int) warmup[1],
                    stopMs);
        } finally {
            process.destroyForcibly();
        }
    }

    private Launch service(String name, int round) throws Exception {
        Map<String, String> environment = new LinkedHashMap<>(Suite.environment(postgres,
                postgres.jdbcUrl(name.substring(0, name.indexOf('-'))), kafka.bootstrapServers()));
        if (name.equals("matching-service")) {
            environment.put("SLP_MATCHING_CONSUMER_GROUP_ID", "matching-startup-bench");
        }
        Path log = applications.resolve("deploy/target/system-test-logs").resolve(name + ".log");
        long logOffset = Files.exists(log) ? Files.size(log) : 0;
        long t0 = System.nanoTime();
        ServiceProcess service = ServiceProcess.start(applications, name, Suite.freePort(), environment,
                ServiceProcess.SHIPPED_JVM_OPTIONS);
        current = service::kill;
        try {
            double readyMs = awaitReady(service.baseUrl(), service::isAlive, t0, name + ":\n" + service.logTail());
            double rssReady = rssMiB(service.pid());
            double[] warmup = warmUp(service.baseUrl());
            double rssAfter = rssMiB(service.pid());
            double quarkusStarted = quarkusStartedSeconds(log, logOffset);
            long s0 = System.nanoTime();
            service.close();
            double stopMs = (System.nanoTime() - s0) / 1e6;
            if (service.isAlive()) {
                throw new IllegalStateException(name + " did not stop");
            }
            return new Launch(name, round, readyMs, rssReady, rssAfter, quarkusStarted, warmup[0], (int) warmup[1],
                    stopMs);
        } catch (Exception e) {
            service.kill();
            throw e;
        }
    }

    private List<String> javaCommand(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ServiceProcess.SHIPPED_JVM_OPTIONS);
        command.add("-cp");
        command.add(classPathOf(BareJvm.class));
        command.add(BareJvm.class.getName());
        command.addAll(List.of(arguments));
        return command;
    }

    /** The directory (or jar) BareJvm was loaded from, so the baseline JVM loads nothing else. */
    private static String classPathOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code /q/health/ready} every {@code pollMillis}; the ms from {@code t0} to the first 200 with UP. */
    private double awaitReady(String baseUrl, java.util.function.BooleanSupplier alive, long t0, String what)
            throws InterruptedException {
        long deadline = t0 + TimeUnit.SECONDS.toNanos(180);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException("exited before ready: " + what);
            }
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return (System.nanoTime() - t0) / 1e6;
                }
            } catch (IOException e) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(pollMillis);
        }
        throw new IllegalStateException("not ready within 180 s: " + what);
    }

    /** {@code requests} × (GET ready, GET openapi); returns {ms taken, answers other than 200}. */
    private double[] warmUp(String baseUrl) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        HttpRequest openapi = HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi"))
                .timeout(Duration.ofSeconds(10)).build();
        int errors = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            for (HttpRequest request : List.of(ready, openapi)) {
                try {
                    if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                        errors++;
                    }
                } catch (IOException e) {
                    errors++;
                }
            }
        }
        return new double[] {(System.nanoTime() - t0) / 1e6, errors};
    }

    /** Quarkus's "started in X.XXXs" among the lines appended to the log since {@code offset}. */
    private static double quarkusStartedSeconds(Path log, long offset) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(offset);
            byte[] bytes = new byte[(int) Math.max(0, file.length() - offset)];
            file.readFully(bytes);
            Matcher matcher = STARTED_IN.matcher(new String(bytes, StandardCharsets.UTF_8));
            return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /** {@code VmRSS} of the process in MiB (one decimal). */
    static double rssMiB(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .mapToDouble(l -> Math.round(Long.parseLong(l.replaceAll("[^0-9]", "")) / 102.4) / 10.0)
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private Map<String, Object> report(List<Launch> launches, Map<String, Object> machineBefore,
                                       Map<String, Object> machineAfter, Duration elapsed) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "service startup to ready and RSS vs a bare JVM with the same options");
        report.put("machine_before", machineBefore);
        report.put("machine_after", machineAfter);
        report.put("jvm_options", ServiceProcess.SHIPPED_JVM_OPTIONS);
        report.put("runs", runs);
        report.put("warmup_requests", requests + " x (GET /q/health/ready + GET /q/openapi)");
        report.put("poll_ms", pollMillis);
        report.put("elapsed_seconds", elapsed.toSeconds());

        Map<String, Object> subjects = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(List.of(BARE_EXIT, BARE_SERVE));
        names.addAll(services);
        for (String name : names) {
            List<Launch> measured = launches.stream().filter(l -> l.subject().equals(name) && l.round() > 0).toList();
            Launch first = launches.stream().filter(l -> l.subject().equals(name) && l.round() == 0).findFirst()
                    .orElseThrow();
            Map<String, Object> subject = new LinkedHashMap<>();
            if (name.equals(BARE_EXIT)) {
                subject.put("launch_to_exit_ms", stats(measured, Launch::readyMs));
            } else {
                subject.put("ready_ms", stats(measured, Launch::readyMs));
                if (!name.equals(BARE_SERVE)) {
                    subject.put("quarkus_started_in_ms", stats(measured, l -> l.quarkusStartedSeconds() * 1000));
                }
                subject.put("rss_at_ready_mib", stats(measured, Launch::rssReadyMiB));
                subject.put("rss_after_warmup_mib", stats(measured, Launch::rssAfterWarmupMiB));
                subject.put("warmup_ms", stats(measured, Launch::warmupMs));
                subject.put("warmup_errors", measured.stream().mapToInt(Launch::warmupErrors).sum());
                subject.put("stop_ms", stats(measured, Launch::stopMs));
            }
            subject.put("first_launch", first);
            subject.put("launches", measured);
            subjects.put(name, subject);
        }
        report.put("subjects", subjects);

        Map<String, Object> ratios = new LinkedHashMap<>();
        double bareExit = median(launches, BARE_EXIT, Launch::readyMs);
        double bareReady = median(launches, BARE_SERVE, Launch::readyMs);
        double bareRss = median(launches, BARE_SERVE, Launch::rssReadyMiB);
        double bareRssWarm = median(launches, BARE_SERVE, Launch::rssAfterWarmupMiB);
        for (String service : services) {
            Map<String, Object> r = new LinkedHashMap<>();
            double ready = median(launches, service, Launch::readyMs);
            r.put("ready_median_to_bare_jvm_exit_median", round(ready / bareExit, 1));
            r.put("ready_median_to_bare_jvm_http_ready_median", round(ready / bareReady, 1));
            r.put("rss_at_ready_median_to_bare_jvm_http", round(median(launches, service, Launch::rssReadyMiB) / bareRss, 1));
            r.put("rss_after_warmup_median_to_bare_jvm_http",
                    round(median(launches, service, Launch::rssAfterWarmupMiB) / bareRssWarm, 1));
            ratios.put(service, r);
        }
        report.put("ratios", ratios);
        return report;
    }

    private double median(List<Launch> launches, String subject, ToDoubleFunction<Launch> value) {
        double[] values = launches.stream().filter(l -> l.subject().equals(subject) && l.round() > 0)
                .mapToDouble(value).sorted().toArray();
        return percentile(values, 50);
    }

    /** min, median, max, mean (and p90 / p99 from 20 launches on); nearest-rank percentiles. */
    static Map<String, Object> stats(List<Launch> launches, ToDoubleFunction<Launch> value) {
        double[] sorted = launches.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).sorted().toArray();
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("n", sorted.length);
        if (sorted.length == 0) {
            return stats;
        }
        stats.put("min", round(sorted[0], 1));
        stats.put("median", round(percentile(sorted, 50), 1));
        if (sorted.length >= 20) {
            stats.put("p90", round(percentile(sorted, 90), 1));
            stats.put("p99", round(percentile(sorted, 99), 1));
        }
        stats.put("max", round(sorted[sorted.length - 1], 1));
        stats.put("mean", round(Arrays.stream(sorted).average().orElse(0), 1));
        return stats;
    }

    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    @SuppressWarnings("unchecked")
    private void write(Path out, Map<String, Object> report) throws IOException {
        Map<String, Object> subjects = (Map<String, Object>) report.get("subjects");
        StringBuilder md = new StringBuilder("# Service startup to ready and RSS vs a bare JVM\n\n");
        md.append("Machine before: ").append(report.get("machine_before")).append("  \n");
        md.append("Machine after: ").append(report.get("machine_after")).append("\n\n");
        md.append(String.format(Locale.ROOT, "JVM options (services and baseline): %s. %d measured launches each "
                        + "(after one first launch, reported apart), one at a time, readiness polled every %d ms; "
                        + "warm-up %s. %s s in all.%n%n", report.get("jvm_options"), runs, pollMillis,
                report.get("warmup_requests"), report.get("elapsed_seconds")));
        md.append("| subject | ready ms median | ready ms max | Quarkus \"started in\" ms median | RSS at ready MiB "
                + "median | RSS after warm-up MiB median (max) | stop ms median | first launch: ready ms, RSS MiB |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Object> entry : subjects.entrySet()) {
            Map<String, Object> s = (Map<String, Object>) entry.getValue();
            Launch first = (Launch) s.get("first_launch");
            if (entry.getKey().equals(BARE_EXIT)) {
                Map<String, Object> exit = (Map<String, Object>) s.get("launch_to_exit_ms");
                md.append(String.format(Locale.ROOT, "| %s (launch → exit) | %s | %s | | | | | %.1f |%n",
                        entry.getKey(), exit.get("median"), exit.get("max"), first.readyMs()));
                continue;
            }
            Map<String, Object> ready = (Map<String, Object>) s.get("ready_ms");
            Map<String, Object> quarkus = (Map<String, Object>) s.getOrDefault("quarkus_started_in_ms", Map.of());
            Map<String, Object> rssReady = (Map<String, Object>) s.get("rss_at_ready_mib");
            Map<String, Object> rssWarm = (Map<String, Object>) s.get("rss_after_warmup_mib");
            Map<String, Object> stop = (Map<String, Object>) s.get("stop_ms");
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s (%s) | %s | %.1f, %.1f |%n",
                    entry.getKey(), ready.get("median"), ready.get("max"), quarkus.getOrDefault("median", ""),
                    rssReady.get("median"), rssWarm.get("median"), rssWarm.get("max"), stop.get("median"),
                    first.readyMs(), first.rssReadyMiB()));
        }
        md.append("\nRatios (medians): ");
        ((Map<String, Object>) report.get("ratios")).forEach((service, r) -> md.append("\n- ").append(service)
                .append(": ").append(r));
        md.append("\n\nready: process spawned → first /q/health/ready 200 UP (wall clock, includes JVM start); "
                + "Quarkus \"started in\": Quarkus's own figure from its log (from its main, so without the JVM's "
                + "own start); RSS: VmRSS of /proc/<pid>/status; bare-jvm-http: the JDK's HttpServer answering the "
                + "same paths, probed and warmed up the same way; bare-jvm-exit: a main that prints and exits. "
                + "First launch: Flyway migrations, topic creation, cold page cache.\n");
        Files.createDirectories(out);
        Files.writeString(out.resolve("startup.md"), md);
        Files.writeString(out.resolve("startup.json"),
                Workload.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        System.out.println("\n" + md + "\n(also in " + out.resolve("startup.md") + " and startup.json)");
    }

    private synchronized void stopInfrastructure() {
        Infrastructure.stopAll(current, kafka, postgres);
        current = null;
        kafka = null;
        postgres = null;
    }
}

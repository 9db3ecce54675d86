package org.smartlibrary.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.smartlibrary.deploy.system.Infrastructure;
import org.smartlibrary.deploy.system.KafkaProcess;
import org.smartlibrary.deploy.system.PostgresProcess;
import org.smartlibrary.deploy.system.Suite;
import org.smartlibrary.deploy.system.Workload;
import org.smartlibrary.testkit.TestTokens;
import org.smartlibrary.testkit.bench.MachineFacts;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Directory import of partner-service against registering the same kind of partners one by one over REST (run by
 * {@code deploy/bench/import}; a {@code main}, not a JUnit class).
 *
 * <p>PostgreSQL and Kafka run as processes of their own ({@link PostgresProcess}, {@link KafkaProcess}); the packaged
 * partner-service (copied first, {@link Suite#snapshotApplications}) runs with {@link Suite#environment} and the heap
 * options of {@code deploy/local/start} ({@link ServiceJvm#LOCAL_START_OPTIONS}, no TieredStopAtLevel). Files of
 * {@link SyntheticDirectory} partners (3 offerings each) are generated into a temporary directory; a file larger than
 * the service's 50 MiB upload limit makes the harness start the service with a larger one (reported).
 *
 * <p>Steps, each after the outbox of the step before has drained: a warm-up (an import of {@code --warmup} partners
 * and {@code --warmup}/5 REST registrations, not measured); the REST baseline ({@code --rest-partners} partners by
 * {@code --rest-threads} clients: POST the partner, then POST each offering); an import of each {@code --sizes} file
 * (upload, then GET the job until it has SUCCEEDED: wall time from the upload's start, partners/s, created = N and
 * refused = 0 checked); the same largest file again (unchanged = N checked). Per step: the service's heap sampled by
 * {@link HeapSampler} every {@code --sample-ms} and after a full GC at the end, the CPU seconds of the service,
 * PostgreSQL, Kafka and the machine ({@link ProcessCpu}), the outbox backlog when the step ended and how long it
 * took to drain, and PostgreSQL's row and scan counters ({@link PostgresActivity}). {@code --batch-size N} starts
 * the service with that many rows per import transaction instead of its default. {@code --jfr true} records the
 * service with Java Flight Recorder and summarizes the execution samples of the largest import, its re-import and
 * the REST baseline ({@link JfrProfile}).
 *
 * <p>Report: {@code <out>/import.{md,json}}; the exit status is 1 when a check failed. One run at a time: a second
 * one refuses to start while the first holds {@code <out>/import-work/run.lock}.
 */
public final class ImportBenchmark {

    private static final String SERVICE = "partner-service";
    /** partner-service's slp.http.max-upload-bytes. */
    private static final long DEFAULT_UPLOAD_LIMIT = 50L * 1024 * 1024;
    private static final long MIB = 1024 * 1024;
    private static final Duration OUTBOX_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration JOB_TIMEOUT = Duration.ofHours(3);

    /** CPU seconds of the processes a step's time can go to, read at one instant. */
    private record Cpu(double service, double postgres, double kafka, double harness, double machine) {

        Map<String, Object> since(Cpu before) {
            Map<String, Object> spent = new LinkedHashMap<>();
            spent.put("service", round(service - before.service));
            spent.put("postgres", round(postgres - before.postgres));
            spent.put("kafka", round(kafka - before.kafka));
            spent.put("harness", round(harness - before.harness));
            spent.put("machine_busy", round(machine - before.machine));
            return spent;
        }
    }

    /** A generated NDJSON file of partners {@code first} .. {@code first + partners - 1}. */
    private record DataFile(Path path, int first, int partners, long bytes) {
    }

    private final Map<String, String> options;
    private final Path work;
    private final List<String> failedChecks = new ArrayList<>();
    private final Map<String, Instant[]> windows = new LinkedHashMap<>();
    private PostgresProcess postgres;
    private KafkaProcess kafka;
    private volatile ServiceJvm service;
    private HeapSampler heap;
    private DirectoryClient client;
    private SyntheticDirectory directory;
    private Path files;
    /** Held while this run uses the work directory: a second run would delete its database under it. */
    private FileLock workLock;

    private ImportBenchmark(Map<String, String> options, Path work) {
        this.options = options;
        this.work = work;
    }

    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>(Map.of("sizes", "10000,100000", "warmup", "1000",
                "rest-partners", "2000", "rest-threads", "4", "seed", "42", "sample-ms", "200", "jfr", "false",
                "keep-files", "false", "batch-size", "",
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
        ImportBenchmark benchmark = new ImportBenchmark(options, out.resolve("import-work"));
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stop, "import-bench-stop"));
        int status = 0;
        try {
            benchmark.run(out);
            status = benchmark.failedChecks.isEmpty() ? 0 : 1;
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        } finally {
            benchmark.stop();
        }
        System.exit(status);
    }

    private int option(String name) {
        return Integer.parseInt(options.get(name));
    }

    private List<Integer> sizes() {
        return Arrays.stream(options.get("sizes").split(",")).map(String::trim).map(Integer::parseInt).sorted()
                .toList();
    }

    private void run(Path out) throws Exception {
        Files.createDirectories(work);
        workLock = FileChannel.open(work.resolve("run.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)
                .tryLock();
        if (workLock == null) {
            throw new IllegalStateException("another deploy/bench/import is running in " + work + ": wait for it");
        }
        Map<String, Object> machineBefore = MachineFacts.machine();
        Instant started = Instant.now();
        String commit = gitCommit();
        directory = new SyntheticDirectory(Long.parseLong(options.get("seed")), LocalDate.now(ZoneOffset.UTC));
        files = Files.createTempDirectory("slp-import-bench-");
        measure(out, machineBefore, started, commit);
    }

    private void measure(Path out, Map<String, Object> machineBefore, Instant started, String commit)
            throws Exception {
        int warmup = option("warmup");
        int restPartners = option("rest-partners");
        int next = 0;
        DataFile warmupFile = generate("warmup", next, warmup);
        next += warmup;
        int restWarmupFirst = next;
        next += warmup / 5;
        int restFirst = next;
        next += restPartners;
        Map<Integer, DataFile> sized = new LinkedHashMap<>();
        for (int size : sizes()) {
            sized.put(size, generate("n" + size, next, size));
            next += size;
        }
        long largest = sized.values().stream().mapToLong(DataFile::bytes).max().orElse(0);
        Map<String, String> environment = startInfrastructure(largest);

        heap = HeapSampler.start(service.pid(), option("sample-ms"));
        List<Map<String, Object>> steps = new ArrayList<>();
        if (warmup > 0) {
            System.out.printf("import bench: warm-up (%d imported, %d over REST; not measured)%n", warmup, warmup / 5);
            importStep("warm-up import", warmupFile, "created");
            restStep("warm-up REST", restWarmupFirst, warmup / 5);
        }
        if (restPartners > 0) {
            steps.add(restStep("REST one by one", restFirst, restPartners));
        }
        for (Map.Entry<Integer, DataFile> file : sized.entrySet()) {
            steps.add(importStep("import " + label(file.getKey()), file.getValue(), "created"));
        }
        if (!sized.isEmpty()) {
            int size = Collections.max(sized.keySet());
            steps.add(importStep("re-import " + label(size), sized.get(size), "unchanged"));
        }
        Map<String, Object> profiles = profiles();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "partner-service directory import (NDJSON) vs one-by-one REST registration");
        report.put("commit", commit);
        report.put("machine_before", machineBefore);
        report.put("machine_after", MachineFacts.machine());
        report.put("elapsed_seconds", Duration.between(started, Instant.now()).toSeconds());
        report.put("options", options);
        report.put("service_jvm_options", jvmOptions());
        report.put("service_environment_overrides", environment);
        report.put("service_peak_rss_mib", peakRssMiB(service.pid()));
        report.put("steps", steps);
        report.put("failed_checks", failedChecks);
        report.put("jfr", profiles);
        ImportReport.write(out, report);
    }

    private DataFile generate(String name, int first, int partners) {
        long t0 = System.nanoTime();
        Path path = files.resolve("partners-" + name + ".ndjson");
        long bytes = directory.writeNdjson(path, first, partners);
        System.out.printf("import bench: %s: %d partners, %.1f MiB, generated in %.1f s%n", path.getFileName(),
                partners, bytes / (double) MIB, (System.nanoTime() - t0) / 1e9);
        return new DataFile(path, first, partners, bytes);
    }

    /** Starts PostgreSQL, Kafka and partner-service; returns the environment set beyond Suite's. */
    private Map<String, String> startInfrastructure(long largestFile) throws Exception {
        Path repository = Suite.repositoryRoot();
        for (String d : List.of("postgres", "kafka", "apps")) {
            Workload.deleteRecursively(work.resolve(d));
        }
        Files.createDirectories(work);
        Path applications = Suite.snapshotApplications(work.resolve("apps"));
        postgres = PostgresProcess.start(PostgresProcess.defaultLibs(repository), work.resolve("postgres"));
        kafka = KafkaProcess.start(KafkaProcess.defaultLibs(repository), work.resolve("kafka"));
        Map<String, String> overrides = new LinkedHashMap<>();
        if (!options.get("batch-size").isBlank()) {
            overrides.put("SLP_PARTNER_DIRECTORY_IMPORTS_BATCH_SIZE", options.get("batch-size"));
        }
        if (largestFile > DEFAULT_UPLOAD_LIMIT) {
            long limit = (largestFile + MIB + 16 * MIB - 1) / (16 * MIB) * (16 * MIB);
            overrides.put("SLP_HTTP_MAX_UPLOAD_BYTES", Long.toString(limit));
            overrides.put("QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE", Long.toString(limit + MIB));
            System.out.printf("import bench: the largest file (%.1f MiB) is above the 50 MiB upload limit: the "
                    + "service runs with %s%n", largestFile / (double) MIB, overrides);
        }
        Map<String, String> environment = new LinkedHashMap<>(Suite.environment(postgres, postgres.jdbcUrl("partner"),
                kafka.bootstrapServers()));
        environment.putAll(overrides);
        service = ServiceJvm.start(applications, SERVICE, Suite.freePort(), jvmOptions(), environment,
                work.resolve(SERVICE + ".log"));
        service.awaitReady(Duration.ofSeconds(180));
        System.out.printf("import bench: PostgreSQL, Kafka and %s (%s) up%n", SERVICE, String.join(" ", jvmOptions()));
        return overrides;
    }

    private List<String> jvmOptions() {
        List<String> jvm = new ArrayList<>(ServiceJvm.LOCAL_START_OPTIONS);
        if (Boolean.parseBoolean(options.get("jfr"))) {
            jvm.add("-XX:StartFlightRecording=name=import-bench,settings=default,maxsize=1g");
            jvm.add("-XX:FlightRecorderOptions=stackdepth=256");
        }
        return jvm;
    }

    /** Imports a file and checks that every row had {@code outcome} (created or unchanged). */
    private Map<String, Object> importStep(String label, DataFile file, String outcome) throws InterruptedException {
        client = new DirectoryClient(service.baseUrl(), TestTokens.platformAdmin()); // tokens are valid for 4 h
        awaitOutboxDrained();
        Map<String, Map<String, Long>> databaseBefore = databaseActivity();
        Cpu cpuBefore = cpu();
        Instant from = Instant.now();
        long t0 = System.nanoTime();
        JsonNode job = client.upload(file.path());
        double uploadSeconds = (System.nanoTime() - t0) / 1e9;
        String id = job.path("id").asText();
        long lastProgress = System.nanoTime();
        while (!job.path("status").asText().equals("SUCCEEDED") && !job.path("status").asText().equals("FAILED")) {
            if (System.nanoTime() - t0 > JOB_TIMEOUT.toNanos()) {
                throw new IllegalStateException(label + ": job " + id + " not done within " + JOB_TIMEOUT + ": " + job);
            }
            TimeUnit.MILLISECONDS.sleep(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(30) ? 200 : 1000);
            job = client.job(id);
            if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(30)) {
                lastProgress = System.nanoTime();
                System.out.printf("import bench: %s: %s, %d of %d rows after %.0f s%n", label,
                        job.path("status").asText(), job.path("rows_read").asLong(), file.partners(),
                        (lastProgress - t0) / 1e9);
            }
        }
        long t1 = System.nanoTime();
        Instant to = Instant.now();
        windows.put(label, new Instant[] {from, to});
        Map<String, Object> cpu = cpu().since(cpuBefore);
        double wall = (t1 - t0) / 1e9;
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("step", label);
        step.put("from", from.toString());
        step.put("to", to.toString());
        step.put("partners", file.partners());
        step.put("offerings", file.partners() * SyntheticDirectory.OFFERINGS_PER_PARTNER);
        step.put("file_mib", round(file.bytes() / (double) MIB));
        step.put("status", job.path("status").asText());
        step.put("wall_seconds", round(wall));
        step.put("partners_per_second", round(file.partners() / wall));
        step.put("upload_seconds", round(uploadSeconds));
        step.put("queued_seconds", between(job, "submitted_at", "started_at"));
        step.put("job_run_seconds", between(job, "started_at", "finished_at"));
        for (String count : List.of("rows_read", "created", "updated", "unchanged", "refused", "error_count")) {
            step.put(count, job.path(count).asLong());
        }
        check(label, job, outcome, file.partners(), step);
        step.put("heap", heap.window(t0, t1));
        step.put("cpu_seconds", cpu);
        step.putAll(outboxAfter(t1));
        step.put("heap_after_full_gc_mib", heap.usedAfterFullGc());
        step.put("postgres_activity", databaseActivitySince(databaseBefore));
        System.out.printf("import bench: %s: %s%n", label, step);
        return step;
    }

    private void check(String label, JsonNode job, String outcome, int partners, Map<String, Object> step) {
        List<String> wrong = new ArrayList<>();
        if (!job.path("status").asText().equals("SUCCEEDED")) {
            wrong.add("status " + job.path("status").asText() + " (" + job.path("failure").asText() + ")");
        }
        if (job.path(outcome).asLong() != partners) {
            wrong.add(outcome + " " + job.path(outcome).asLong() + " instead of " + partners);
        }
        if (job.path("refused").asLong() != 0) {
            wrong.add("refused " + job.path("refused").asLong() + ", first errors: "
                    + client.errors(job.path("id").asText(), 5).path("items"));
        }
        step.put("check", wrong.isEmpty() ? "ok" : "FAILED: " + String.join("; ", wrong));
        if (!wrong.isEmpty()) {
            failedChecks.add(label + ": " + String.join("; ", wrong));
        }
    }

    /** Registers partners {@code first} .. over REST with {@code --rest-threads} clients. */
    private Map<String, Object> restStep(String label, int first, int partners) throws Exception {
        client = new DirectoryClient(service.baseUrl(), TestTokens.platformAdmin());
        awaitOutboxDrained();
        int threads = option("rest-threads");
        List<Double> partnerMillis = Collections.synchronizedList(new ArrayList<>());
        List<Double> offeringMillis = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        Map<String, Map<String, Long>> databaseBefore = databaseActivity();
        Cpu cpuBefore = cpu();
        Instant from = Instant.now();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            clients.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < partners; i = next.getAndIncrement()) {
                    try {
                        DirectoryClient.Registration done = client.register(directory.registration(first + i),
                                directory.offeringRequests(first + i));
                        partnerMillis.add(done.partnerMillis());
                        Arrays.stream(done.offeringMillis()).forEach(offeringMillis::add);
                    } catch (RuntimeException e) {
                        errors.add(e.getMessage());
                    }
                }
            }));
        }
        for (Future<?> c : clients) {
            c.get();
        }
        pool.shutdown();
        long t1 = System.nanoTime();
        Instant to = Instant.now();
        windows.put(label, new Instant[] {from, to});
        Map<String, Object> cpu = cpu().since(cpuBefore);
        double wall = (t1 - t0) / 1e9;
        int registered = partnerMillis.size();
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("step", label);
        step.put("from", from.toString());
        step.put("to", to.toString());
        step.put("partners", partners);
        step.put("offerings", registered * SyntheticDirectory.OFFERINGS_PER_PARTNER);
        step.put("clients", threads);
        step.put("wall_seconds", round(wall));
        step.put("partners_per_second", round(registered / wall));
        step.put("requests_per_second", round((registered + offeringMillis.size()) / wall));
        step.put("created", registered);
        step.put("errors", errors.size());
        step.put("first_errors", errors.stream().limit(3).toList());
        step.put("partner_post_ms", Stats.of(partnerMillis.stream().mapToDouble(Double::doubleValue).toArray()));
        step.put("offering_post_ms", Stats.of(offeringMillis.stream().mapToDouble(Double::doubleValue).toArray()));
        String wrong = registered == partners ? "ok" : "FAILED: " + errors.size() + " errors, first: "
                + errors.stream().limit(3).toList();
        step.put("check", wrong);
        if (registered != partners) {
            failedChecks.add(label + ": " + wrong);
        }
        step.put("heap", heap.window(t0, t1));
        step.put("cpu_seconds", cpu);
        step.putAll(outboxAfter(t1));
        step.put("heap_after_full_gc_mib", heap.usedAfterFullGc());
        step.put("postgres_activity", databaseActivitySince(databaseBefore));
        System.out.printf("import bench: %s: %s%n", label, step);
        return step;
    }

    private Map<String, Map<String, Long>> databaseActivity() {
        return PostgresActivity.snapshot(postgres.jdbcUrl("partner"), postgres.user(), postgres.password());
    }

    /** The database's activity since {@code before}, read once every backend has published its counters. */
    private Map<String, Map<String, Long>> databaseActivitySince(Map<String, Map<String, Long>> before)
            throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(PostgresActivity.FLUSH_MILLIS);
        return PostgresActivity.since(before, databaseActivity());
    }

    /** The outbox backlog right after a step ended at {@code endNanos}, and how long after it the backlog was 0. */
    private Map<String, Object> outboxAfter(long endNanos) throws InterruptedException {
        JsonNode state = client.outbox();
        long backlogAtEnd = state.path("backlog").asLong();
        while (state.path("backlog").asLong() > 0) {
            if (System.nanoTime() - endNanos > OUTBOX_TIMEOUT.toNanos()) {
                throw new IllegalStateException("outbox not drained within " + OUTBOX_TIMEOUT + ": " + state);
            }
            TimeUnit.MILLISECONDS.sleep(250);
            state = client.outbox();
        }
        Map<String, Object> outbox = new LinkedHashMap<>();
        outbox.put("outbox_backlog_at_end", backlogAtEnd);
        outbox.put("outbox_drained_after_seconds", round((System.nanoTime() - endNanos) / 1e9));
        outbox.put("outbox_parked", state.path("parked").asLong());
        return outbox;
    }

    private void awaitOutboxDrained() throws InterruptedException {
        outboxAfter(System.nanoTime());
    }

    private Cpu cpu() {
        return new Cpu(ProcessCpu.treeSeconds(service.pid()), postmaster().map(ProcessCpu::treeSeconds).orElse(0.0),
                childWith("kafka.Kafka").map(ProcessCpu::treeSeconds).orElse(0.0),
                ProcessCpu.seconds(ProcessHandle.current().pid()), ProcessCpu.machineBusySeconds());
    }

    private java.util.Optional<Long> postmaster() {
        try {
            return Files.readAllLines(work.resolve("postgres/data/postmaster.pid")).stream().findFirst()
                    .map(String::trim).map(Long::parseLong);
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** A child process of this JVM whose command line holds {@code marker}. */
    private static java.util.Optional<Long> childWith(String marker) {
        return ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains(marker)
                        || Arrays.asList(p.info().arguments().orElse(new String[0])).contains(marker))
                .map(ProcessHandle::pid).findFirst();
    }

    /** The execution samples of the largest import, its re-import and the REST baseline (with --jfr true). */
    private Map<String, Object> profiles() throws IOException {
        Map<String, Object> profiles = new LinkedHashMap<>();
        if (!Boolean.parseBoolean(options.get("jfr"))) {
            return profiles;
        }
        Path recording = work.resolve(SERVICE + ".jfr");
        Files.deleteIfExists(recording);
        Process dump = new ProcessBuilder(HeapSampler.tool("jcmd"), Long.toString(service.pid()), "JFR.dump",
                "name=import-bench", "filename=" + recording).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            dump.waitFor(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        profiles.put("recording", recording.toString());
        int largest = sizes().isEmpty() ? 0 : Collections.max(sizes());
        for (String step : List.of("import " + label(largest), "re-import " + label(largest), "REST one by one")) {
            Instant[] window = windows.get(step);
            if (window != null) {
                profiles.put(step, JfrProfile.summarize(recording, window[0], window[1], 25));
            }
        }
        return profiles;
    }

    private static Object between(JsonNode job, String from, String to) {
        if (!job.hasNonNull(from) || !job.hasNonNull(to)) {
            return null;
        }
        return round(Duration.between(Instant.parse(job.get(from).asText()), Instant.parse(job.get(to).asText()))
                .toMillis() / 1000.0);
    }

    /** 10^4 for powers of ten, else the number. */
    static String label(int n) {
        int exponent = (int) Math.round(Math.log10(n));
        return n > 1 && Math.pow(10, exponent) == n ? "10^" + exponent : Integer.toString(n);
    }

    /** VmHWM (peak resident set) of a process in MiB. */
    private static double peakRssMiB(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmHWM:"))
                    .mapToDouble(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0).map(ImportBenchmark::round)
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
                    .directory(Suite.repositoryRoot().toFile()).redirectErrorStream(true).start();
            String commit = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? commit : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private synchronized void stop() {
        Infrastructure.stopAll(heap, service, kafka, postgres);
        heap = null;
        service = null;
        kafka = null;
        postgres = null;
        if (files != null && Boolean.parseBoolean(options.get("keep-files"))) {
            System.out.println("import bench: the files stay in " + files);
        } else if (files != null) {
            try {
                Workload.deleteRecursively(files);
            } catch (IOException e) {
                System.err.println("could not delete " + files + ": " + e);
            }
        }
        files = null;
    }
}

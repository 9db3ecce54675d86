package org.smartlibrary.deploy.bench;

import org.smartlibrary.testkit.bench.MachineFacts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smartlibrary.deploy.system.DirectorySeeder;
import org.smartlibrary.deploy.system.Infrastructure;
import org.smartlibrary.deploy.system.ServiceProcess;
import org.smartlibrary.deploy.system.KafkaProcess;
import org.smartlibrary.deploy.system.PostgresProcess;
import org.smartlibrary.deploy.system.Suite;
import org.smartlibrary.deploy.system.Workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Event to stored recommendations: completions at a steady rate against the packaged services, one
 * real broker and PostgreSQL (each a process of its own), measured two ways per completion:
 * <ul>
 *   <li><b>stored</b>: the completion's {@code completed_at} (assessment-service, carried by the event) to the
 *   {@code generated_at} of the recommendation set matching stored for it (SQL, same machine clock);</li>
 *   <li><b>client</b>: the harness sends {@code POST .../completion} to the harness seeing the
 *   {@code recommendations-ready} record of that assessment (both outbox relays included).</li>
 * </ul>
 * Beside it, on the same broker and at the same time (started with the measured completions), Kafka's own
 * {@code org.apache.kafka.tools.EndToEndLatency} (produce, consume, one message at a time, acks=all); the report
 * says how much of the flow it overlapped, and whether stored p99 ≤ 3 × its p99 + 10 ms. Report:
 * {@code deploy/target/bench/latency.{md,json}}.
 *
 * <p>Not part of {@code ./mvnw verify} (tag {@code benchmark}); run it with {@code deploy/bench/latency}. System
 * properties: {@code bench.completions} (600), {@code bench.rate} (completions per second, 20), {@code bench.warmup}
 * (20), {@code bench.partners} (20), {@code bench.kafka-messages} (3000), {@code bench.kafka-message-bytes} (1024),
 * {@code slp.kafka.tools.libs} (the jars of {@code deploy/bench/pom.xml}).
 */
@Tag("benchmark")
class LatencyBenchmarkIT {

    static final int COMPLETIONS = Integer.getInteger("bench.completions", 600);
    static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "20"));
    static final int WARMUP = Integer.getInteger("bench.warmup", 20);
    static final int PARTNERS = Integer.getInteger("bench.partners", 20);
    /** Extra offerings in matching's directory (synthetic partner snapshots, five offerings each); 0 = none. */
    static final int DIRECTORY_OFFERINGS = Integer.getInteger("bench.directory-offerings", 0);
    static final int KAFKA_MESSAGES = Integer.getInteger("bench.kafka-messages", 3000);
    static final int KAFKA_MESSAGE_BYTES = Integer.getInteger("bench.kafka-message-bytes", 1024);

    static Path workDirectory;
    static PostgresProcess postgres;
    static KafkaProcess kafka;
    static Suite suite;
    static Infrastructure infrastructure;

    @BeforeAll
    static void startInfrastructure() throws IOException {
        infrastructure = Infrastructure.start("bench", "matching-service", ServiceProcess.SHIPPED_JVM_OPTIONS);
        workDirectory = infrastructure.workDirectory();
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
    void eventToStoredRecommendationsBesideKafkaEndToEndLatency() throws Exception {
        Map<String, Object> machineBefore = MachineFacts.machine();
        Workload workload = new Workload(suite, Long.toString(System.currentTimeMillis(), 36), Duration.ofMinutes(5));
        Duration directorySeeding = Duration.ZERO;
        if (DIRECTORY_OFFERINGS > 0) {
            directorySeeding = DirectorySeeder.seed(kafka.bootstrapServers(), postgres, DIRECTORY_OFFERINGS / 5, 5, 42);
            System.out.printf("bench: directory seeded with %d offerings in %.1f s%n", DIRECTORY_OFFERINGS,
                    directorySeeding.toMillis() / 1000.0);
        }
        workload.seedPartners(PARTNERS);
        List<String> libraries = workload.seedLibraries(5);

        Map<String, Long> seenNanos = new ConcurrentHashMap<>();
        AtomicBoolean listening = new AtomicBoolean(true);
        CountDownLatch assigned = new CountDownLatch(1);
        Thread listener = new Thread(() -> listen(seenNanos, listening, assigned), "recommendations-ready-listener");
        listener.start();
        assertEquals(true, assigned.await(60, TimeUnit.SECONDS), "listener assigned");

        // warm-up (not measured): the same path, one at a time
        for (int i = 0; i < WARMUP; i++) {
            String assessment = workload.draft(-1 - i, libraries.get(i % libraries.size()));
            workload.complete(assessment, workload.run() + "-w" + i);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                    .until(() -> seenNanos.containsKey(assessment));
        }

        // drafts first, so that the measured phase sends only completions, at a fixed rate
        List<String> drafts = new ArrayList<>();
        Map<String, String> etags = new HashMap<>(); // If-Match of each completion, read before the measured phase
        for (int i = 0; i < COMPLETIONS; i++) {
            String draft = workload.draft(i, libraries.get(i % libraries.size()));
            drafts.add(draft);
            etags.put(draft, workload.assessmentEtag(draft));
        }
        Map<String, Long> sentNanos = new ConcurrentHashMap<>();
        Map<String, Long> responseNanos = new ConcurrentHashMap<>();
        ScheduledExecutorService clients = Executors.newScheduledThreadPool(4);
        AtomicInteger next = new AtomicInteger();
        // Kafka's own latency on the same broker while the flow runs, so both see the same load
        long kafkaStart = System.nanoTime();
        CompletableFuture<Map<String, Object>> kafkaRun = CompletableFuture.supplyAsync(this::endToEndLatency);
        CountDownLatch allSent = new CountDownLatch(COMPLETIONS);
        Instant measuredStart = Instant.now();
        ScheduledFuture<?> ticker = clients.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= COMPLETIONS) {
                return;
            }
            clients.execute(() -> {
                String assessment = drafts.get(i);
                long t0 = System.nanoTime();
                sentNanos.put(assessment, t0);
                workload.complete(assessment, workload.run() + "-c" + i, etags.get(assessment));
                responseNanos.put(assessment, System.nanoTime() - t0);
                allSent.countDown();
            });
        }, 0, Math.round(1_000_000.0 / RATE), TimeUnit.MICROSECONDS);
        assertEquals(true, allSent.await((long) (COMPLETIONS / RATE * 4 + 120), TimeUnit.SECONDS), "all completions sent");
        ticker.cancel(false);
        await("every completion reaches recommendations-ready").atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(200)).until(() -> drafts.stream().allMatch(seenNanos::containsKey));
        Duration measured = Duration.between(measuredStart, Instant.now());
        Map<String, Object> kafkaBaseline = kafkaRun.get(10, TimeUnit.MINUTES);
        double kafkaSeconds = (((Number) kafkaBaseline.get("finished_nanos")).longValue() - kafkaStart) / 1e9;
        kafkaBaseline.remove("finished_nanos");
        kafkaBaseline.put("seconds", Math.round(kafkaSeconds * 10) / 10.0);
        kafkaBaseline.put("share_of_the_flow_overlapped", Math.round(Math.min(1, kafkaSeconds
                / (measured.toMillis() / 1000.0)) * 100) / 100.0);
        listening.set(false);
        listener.join(10_000);
        clients.shutdown();

        double[] client = drafts.stream().mapToDouble(a -> (seenNanos.get(a) - sentNanos.get(a)) / 1e6).toArray();
        double[] response = drafts.stream().mapToDouble(a -> responseNanos.get(a) / 1e6).toArray();
        double[] stored = storedLatencies(drafts);
        Map<String, Object> machineAfterFlow = MachineFacts.machine();
        Map<String, Object> services = new LinkedHashMap<>();
        for (var service : List.of(suite.assessment(), suite.partner(), suite.matching())) {
            services.put(service.name(), Map.of(
                    "startup_seconds_three_launched_together", service.startup().toMillis() / 1000.0,
                    "rss_mib_after_flow", service.rssMiB()));
        }

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "event to stored recommendations vs kafka EndToEndLatency");
        report.put("machine_before", machineBefore);
        report.put("machine_after", machineAfterFlow);
        report.put("completions", COMPLETIONS);
        report.put("rate_per_second", RATE);
        report.put("warmup", WARMUP);
        report.put("partners", PARTNERS);
        report.put("offerings", PARTNERS * 2 + DIRECTORY_OFFERINGS);
        report.put("synthetic_directory_offerings", DIRECTORY_OFFERINGS);
        report.put("directory_seeding_seconds", directorySeeding.toMillis() / 1000.0);
        report.put("measured_seconds", measured.toMillis() / 1000.0);
        report.put("stored_ms", stats(stored));
        report.put("client_ms", stats(client));
        report.put("completion_request_ms", stats(response));
        report.put("kafka_end_to_end_latency_ms", kafkaBaseline);
        double kafkaP50 = ((Number) kafkaBaseline.get("p50")).doubleValue();
        double kafkaP99 = ((Number) kafkaBaseline.get("p99")).doubleValue();
        report.put("ratio_stored_median_to_kafka_median", ratio(stats(stored).get("median"), kafkaP50));
        report.put("ratio_stored_p99_to_kafka_p99", ratio(stats(stored).get("p99"), kafkaP99));
        report.put("ratio_client_median_to_kafka_median", ratio(stats(client).get("median"), kafkaP50));
        double bound = 3 * kafkaP99 + 10;
        report.put("goal", Map.of("stored_p99_at_most_ms", bound, "rule", "3 x kafka p99 + 10 ms",
                "met", stats(stored).get("p99") <= bound));
        report.put("services", services);
        report.put("server_errors", workload.serverErrors());
        write(report);
    }

    private void listen(Map<String, Long> seenNanos, AtomicBoolean listening, CountDownLatch assigned) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = await().atMost(Duration.ofSeconds(60)).until(
                    () -> consumer.partitionsFor("recommendations-ready", Duration.ofSeconds(5)).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition())).toList(), l -> !l.isEmpty());
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            assigned.countDown();
            while (listening.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    seenNanos.putIfAbsent(record.key(), System.nanoTime());
                }
            }
        }
    }

    /** completed_at (from the event) → generated_at of the set stored for revision 1, per assessment, in ms. */
    private double[] storedLatencies(List<String> assessments) throws Exception {
        List<Double> latencies = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("matching"), postgres.user(), postgres.password());
             PreparedStatement statement = c.prepareStatement("""
                     select extract(epoch from (min(r.generated_at) - a.completed_at)) * 1000
                     from recommendation_set r join assessment a on a.assessment_id = r.assessment_id
                     where r.assessment_id = ?::uuid and r.revision = 1 group by a.completed_at""")) {
            for (String assessment : assessments) {
                statement.setString(1, assessment);
                try (ResultSet rs = statement.executeQuery()) {
                    if (rs.next()) {
                        latencies.add(rs.getDouble(1));
                    }
                }
            }
        }
        assertEquals(assessments.size(), latencies.size(), "a stored set for every completion");
        return latencies.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Kafka's own EndToEndLatency against the same broker, as a separate JVM; its average and percentiles, and when it
     * finished ({@code finished_nanos}).
     */
    private Map<String, Object> endToEndLatency() {
        try {
            return runEndToEndLatency();
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    private Map<String, Object> runEndToEndLatency() throws Exception {
        String topic = "bench-end-to-end-latency";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
        String libs = System.getProperty("slp.kafka.tools.libs",
                Suite.repositoryRoot().resolve(".work/bench/lib/kafka-tools").toString());
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", libs + "/*", "org.apache.kafka.tools.EndToEndLatency",
                kafka.bootstrapServers(), topic, Integer.toString(KAFKA_MESSAGES), "all",
                Integer.toString(KAFKA_MESSAGE_BYTES));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(10, TimeUnit.MINUTES);
        Files.writeString(workDirectory.resolve("end-to-end-latency.out"), output);
        Matcher average = Pattern.compile("Avg latency: ([0-9.]+) ms").matcher(output);
        Matcher percentiles = Pattern.compile("Percentiles: 50th = ([0-9.]+), 99th = ([0-9.]+), 99.9th = ([0-9.]+)")
                .matcher(output);
        if (process.exitValue() != 0 || !average.find() || !percentiles.find()) {
            throw new IllegalStateException("EndToEndLatency failed (" + command + "):\n" + output);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("messages", KAFKA_MESSAGES);
        result.put("message_bytes", KAFKA_MESSAGE_BYTES);
        result.put("acks", "all");
        result.put("avg", Double.parseDouble(average.group(1)));
        result.put("p50", Double.parseDouble(percentiles.group(1)));
        result.put("p99", Double.parseDouble(percentiles.group(2)));
        result.put("p99_9", Double.parseDouble(percentiles.group(3)));
        result.put("finished_nanos", System.nanoTime());
        return result;
    }

    static Map<String, Double> stats(double[] values) {
        return Stats.of(values);
    }

    static Object ratio(double value, double baseline) {
        return Stats.ratio(value, baseline);
    }

    @SuppressWarnings("unchecked")
    private void write(Map<String, Object> report) throws IOException {
        StringBuilder md = new StringBuilder("# Event to stored recommendations vs Kafka end-to-end latency\n\n");
        md.append("Machine before: ").append(report.get("machine_before")).append("  \n");
        md.append("Machine after the flow: ").append(report.get("machine_after")).append("\n\n");
        md.append(String.format("%s completions at %s/s (after %s warm-up), %s partners / %s offerings, %s s measured.%n%n",
                report.get("completions"), report.get("rate_per_second"), report.get("warmup"), report.get("partners"),
                report.get("offerings"), report.get("measured_seconds")));
        md.append("| ms | median | p90 | p99 | max | mean |\n|---|---|---|---|---|---|\n");
        for (String key : List.of("stored_ms", "client_ms", "completion_request_ms")) {
            Map<String, Double> s = (Map<String, Double>) report.get(key);
            md.append(String.format("| %s | %s | %s | %s | %s | %s |%n", key, s.get("median"), s.get("p90"), s.get("p99"),
                    s.get("max"), s.get("mean")));
        }
        Map<String, Object> k = (Map<String, Object>) report.get("kafka_end_to_end_latency_ms");
        md.append(String.format("| kafka EndToEndLatency (%s msgs, %s B, acks=all; during the flow: %s s, %s of it) | %s "
                        + "| | %s | p99.9 %s | %s |%n%n", k.get("messages"), k.get("message_bytes"), k.get("seconds"),
                k.get("share_of_the_flow_overlapped"), k.get("p50"), k.get("p99"), k.get("p99_9"), k.get("avg")));
        md.append("Ratios: stored median / kafka median = ").append(report.get("ratio_stored_median_to_kafka_median"))
                .append(", stored p99 / kafka p99 = ").append(report.get("ratio_stored_p99_to_kafka_p99"))
                .append(", client median / kafka median = ").append(report.get("ratio_client_median_to_kafka_median"))
                .append("\n\nGoal (stored p99 at most 3 × kafka p99 + 10 ms, same run): ").append(report.get("goal"))
                .append("\n\n");
        md.append("Services (launched together, to first ready; RSS after the flow): ").append(report.get("services"))
                .append("\n\n");
        md.append("stored: completed_at (assessment-service) → generated_at of the stored set (matching-service); "
                + "client: POST completion sent → recommendations-ready record received by the harness; "
                + "completion_request: the POST's response time. Server errors: ").append(report.get("server_errors"))
                .append("\n");
        Files.writeString(workDirectory.resolve("latency.md"), md);
        Files.writeString(workDirectory.resolve("latency.json"),
                Workload.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        System.out.println("\n" + md + "\n(also in " + workDirectory.resolve("latency.md") + " and latency.json)");
    }
}

package org.smartlibrary.deploy.faults;

import org.smartlibrary.testkit.bench.MachineFacts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smartlibrary.deploy.system.Infrastructure;
import org.smartlibrary.deploy.system.KafkaProcess;
import org.smartlibrary.deploy.system.PostgresProcess;
import org.smartlibrary.deploy.system.ServiceProcess;
import org.smartlibrary.deploy.system.Suite;
import org.smartlibrary.deploy.system.Workload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault injection across the packaged services: a steady flow of assessment completions with partners
 * changing, while each service is killed (SIGKILL) and restarted, the broker is killed and restarted, PostgreSQL is
 * stopped immediately and restarted, and matching is paused (SIGSTOP) for a while; poison records are sent to
 * {@code assessment-completed}. Then the invariants are checked over the APIs, in SQL and on Kafka, and a summary
 * table is printed and written to {@code deploy/target/faults/summary.{md,json}}.
 *
 * <p>Not part of {@code ./mvnw verify} (tag {@code faults}); run it with {@code deploy/faults/run}. System
 * properties: {@code faults.completions} (1000), {@code faults.workers} (3), {@code faults.downtime-seconds} (3),
 * {@code faults.pause-seconds} (60), {@code faults.partners} (12), {@code faults.partner-change-every} (10:
 * one offering update per that many completions), {@code faults.recovery-seconds} (600), {@code faults.lag-seconds}
 * (60).
 */
@Tag("faults")
class FaultInjectionIT {

    static final String GROUP = "matching-service";
    static final String COMPLETED_TOPIC = "assessment-completed";
    static final String DIRECTORY_TOPIC = "partner-directory";
    static final String DEAD_LETTER_TOPIC = "matching-dead-letter";

    static final ObjectMapper JSON = Workload.JSON;

    static final int COMPLETIONS = Integer.getInteger("faults.completions", 1000);
    static final int WORKERS = Integer.getInteger("faults.workers", 3);
    static final int DOWNTIME_SECONDS = Integer.getInteger("faults.downtime-seconds", 3);
    static final int PAUSE_SECONDS = Integer.getInteger("faults.pause-seconds", 60);
    static final int PARTNERS = Integer.getInteger("faults.partners", 12);
    static final int PARTNER_CHANGE_EVERY = Integer.getInteger("faults.partner-change-every", 10);
    static final int RECOVERY_SECONDS = Integer.getInteger("faults.recovery-seconds", 600);
    static final int LAG_SECONDS = Integer.getInteger("faults.lag-seconds", 60);

    /** Where in the flow (fraction of the completions) each fault of {@link #injectFaults} is injected. */
    static final double[] FAULT_POINTS = {0.10, 0.22, 0.34, 0.46, 0.55, 0.60, 0.75};

    static Path workDirectory;
    static PostgresProcess postgres;
    static KafkaProcess kafka;
    static Suite suite;
    static Infrastructure infrastructure;

    final String run = Long.toString(System.currentTimeMillis(), 36);
    Workload workload;
    List<String> libraries;
    final AtomicInteger completionsDone = new AtomicInteger();
    /** Faults injected so far: the flow does not run more than a few completions past a fault point before it. */
    final AtomicInteger injected = new AtomicInteger();
    final AtomicInteger completionEvents = new AtomicInteger();
    final AtomicInteger partnerChanges = new AtomicInteger();
    /** assessment id → the newest completed revision (as the assessment API answered). */
    final Map<String, Integer> expectedRevision = new ConcurrentHashMap<>();
    final List<Map<String, Object>> faults = new CopyOnWriteArrayList<>();
    final Set<String> poisonEventIds = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void startInfrastructure() throws IOException {
        infrastructure = Infrastructure.start("faults", GROUP);
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
    void nothingIsLostOrDuplicatedWhenProcessesDieAndComeBack() throws Exception {
        workload = new Workload(suite, run, Duration.ofSeconds(RECOVERY_SECONDS));
        workload.seedPartners(PARTNERS);
        libraries = workload.seedLibraries(5);
        Instant flowStart = Instant.now();

        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
        ExecutorService faultThread = Executors.newSingleThreadExecutor();
        Future<?> faultSchedule = faultThread.submit(() -> injectFaults(scheduler));

        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            running.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < COMPLETIONS; i = next.getAndIncrement()) {
                    awaitFaultsDueBefore(i);
                    completeOne(i, libraries.get(i % libraries.size()));
                    if (i % PARTNER_CHANGE_EVERY == PARTNER_CHANGE_EVERY - 1) {
                        changePartner(i);
                    }
                    completionsDone.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : running) {
            worker.get();
        }
        faultSchedule.get();
        workers.shutdown();
        faultThread.shutdown();
        scheduler.shutdown();
        Instant flowEnd = Instant.now();
        log("flow done: %d completions (%d completion events), %d partner changes in %s", completionsDone.get(),
                completionEvents.get(), partnerChanges.get(), Duration.between(flowStart, flowEnd));

        // --- consumer lag back to 0 within a minute of the end of the flow (every fault has recovered by then) ----
        Map<TopicPartition, Long> lag = new HashMap<>();
        boolean lagZero = awaitQuietly(Duration.ofSeconds(LAG_SECONDS), () -> {
            lag.clear();
            lag.putAll(consumerLag());
            return lag.values().stream().allMatch(l -> l == 0);
        });
        Duration lagDuration = Duration.between(flowEnd, Instant.now());

        // --- recovery: every completed revision gets its recommendations -------------------------------------
        Map<String, Integer> notReady = new HashMap<>();
        try {
            await("recommendations READY for every completed revision").atMost(Duration.ofSeconds(RECOVERY_SECONDS))
                    .pollInterval(Duration.ofSeconds(2)).until(() -> {
                        notReady.clear();
                        notReady.putAll(revisionsWithoutRecommendations());
                        return notReady.isEmpty();
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            log("not READY after %d s: %d assessments, e.g. %s", RECOVERY_SECONDS, notReady.size(),
                    notReady.entrySet().stream().limit(5).toList());
        }
        Duration convergence = Duration.between(flowEnd, Instant.now());

        Map<String, Long> outbox = new TreeMap<>();
        boolean outboxEmpty = awaitQuietly(Duration.ofSeconds(60), () -> {
            outbox.clear();
            for (String db : List.of("assessment", "partner", "matching")) {
                outbox.put(db, count(db, "select count(*) from outbox_message"));
            }
            return outbox.values().stream().allMatch(c -> c == 0);
        });

        // --- invariants in SQL and on the topics ----------------------------------------------------------------
        Map<String, Integer> readModelRevision = new HashMap<>();
        Map<String, List<Integer>> currentSets = new HashMap<>();
        try (Connection c = connect("matching"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select assessment_id, revision from assessment")) {
                while (rs.next()) {
                    readModelRevision.put(rs.getString(1), rs.getInt(2));
                }
            }
            try (ResultSet rs = s.executeQuery("select assessment_id, revision from recommendation_set where current")) {
                while (rs.next()) {
                    currentSets.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
                }
            }
        }
        int withoutExactlyOneCurrentSet = 0;
        int lost = 0;
        for (Map.Entry<String, Integer> e : expectedRevision.entrySet()) {
            List<Integer> sets = currentSets.getOrDefault(e.getKey(), List.of());
            if (sets.size() != 1 || !sets.get(0).equals(e.getValue())) {
                withoutExactlyOneCurrentSet++;
            }
            Integer stored = readModelRevision.get(e.getKey());
            if (stored == null || stored < e.getValue() || sets.isEmpty() || sets.get(0) < e.getValue()) {
                lost++;
            }
        }
        long duplicateCompletionSets = count("matching", "select count(*) from (select assessment_id, revision"
                + " from recommendation_set where trigger = 'ASSESSMENT_COMPLETED' group by assessment_id, revision"
                + " having count(*) > 1) d");
        long duplicateVersions = count("matching", "select count(*) from (select assessment_id, revision, set_version"
                + " from recommendation_set group by 1, 2, 3 having count(*) > 1) d");
        long processedCompletions = count("matching",
                "select count(*) from processed_event where topic = '" + COMPLETED_TOPIC + "'");
        long processedDirectory = count("matching",
                "select count(*) from processed_event where topic = '" + DIRECTORY_TOPIC + "'");
        long recommendationSets = count("matching", "select count(*) from recommendation_set");
        TopicCount published = countTopic(COMPLETED_TOPIC, poisonEventIds);
        TopicCount deadLetters = countTopic(DEAD_LETTER_TOPIC, Set.of());
        int poisonOnDeadLetter = (int) deadLetters.eventIds.stream().filter(poisonEventIds::contains).count();
        long poisonProcessed = countPoisonProcessed();
        List<String> readModelMismatches = partnerReadModelMismatches();

        // --- replay: matching's consumer group reset to the beginning leaves the recommendation tables identical
        // (once the re-matches of the last partner changes, which wait for changes to settle, have run)
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> count("matching", "select count(*) from match_request") == 0);
        String tablesBefore = recommendationTables();
        Instant replayStart = Instant.now();
        suite.matching().close();
        resetGroupToEarliest();
        suite.matching().restart();
        suite.matching().awaitReady(Duration.ofSeconds(180));
        Map<TopicPartition, Long> replayLag = new HashMap<>();
        boolean replayed = awaitQuietly(Duration.ofSeconds(RECOVERY_SECONDS), () -> {
            replayLag.clear();
            replayLag.putAll(consumerLag());
            return replayLag.values().stream().allMatch(l -> l == 0);
        });
        Duration replayDuration = Duration.between(replayStart, Instant.now());
        String tablesAfter = recommendationTables();
        boolean replayIdentical = tablesBefore.equals(tablesAfter);
        if (!replayIdentical) {
            Files.writeString(workDirectory.resolve("replay-before.txt"), tablesBefore);
            Files.writeString(workDirectory.resolve("replay-after.txt"), tablesAfter);
        }

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("run", run);
        summary.put("machine", MachineFacts.machine());
        summary.put("completions_requested", COMPLETIONS);
        summary.put("workers", WORKERS);
        summary.put("faults_injected", faults.size());
        summary.put("faults", faults);
        summary.put("completion_events_sent", completionEvents.get());
        summary.put("partner_changes", partnerChanges.get());
        summary.put("assessments", expectedRevision.size());
        summary.put("events_on_topic_distinct", published.eventIds.size());
        summary.put("records_on_topic", published.records);
        summary.put("events_processed", processedCompletions);
        summary.put("directory_events_processed", processedDirectory);
        summary.put("lost", lost);
        summary.put("revisions_without_exactly_one_current_set", withoutExactlyOneCurrentSet);
        summary.put("duplicate_completion_sets", duplicateCompletionSets);
        summary.put("duplicate_set_versions", duplicateVersions);
        summary.put("recommendation_sets", recommendationSets);
        summary.put("poison_sent", poisonEventIds.size());
        summary.put("poison_on_dead_letter", poisonOnDeadLetter);
        summary.put("poison_processed", poisonProcessed);
        summary.put("partner_read_model_mismatches", readModelMismatches.size());
        summary.put("outbox_rows", outbox);
        summary.put("replay_from_beginning_identical", replayIdentical);
        summary.put("replay_caught_up", replayed);
        summary.put("replay_seconds", replayDuration.toMillis() / 1000.0);
        summary.put("consumer_lag", lag.values().stream().mapToLong(Long::longValue).sum());
        summary.put("lag_zero_after_flow_seconds", lagZero ? lagDuration.toMillis() / 1000.0 : null);
        summary.put("flow_seconds", Duration.between(flowStart, flowEnd).toMillis() / 1000.0);
        summary.put("convergence_after_flow_seconds", convergence.toMillis() / 1000.0);
        summary.put("client_retries", workload.retries());
        summary.put("server_errors_by_status", workload.serverErrors());
        summary.put("server_error_samples", workload.serverErrorSamples().stream().limit(10).toList());
        report(summary);

        int lostEvents = lost;
        int wrongCurrentSets = withoutExactlyOneCurrentSet;
        assertAll(
                () -> assertEquals(0, lostEvents, "lost completion events"),
                () -> assertEquals(0, wrongCurrentSets, "completed revisions without exactly one current set"),
                () -> assertEquals(0, duplicateCompletionSets, "completion events that produced more than one set"),
                () -> assertEquals(0, duplicateVersions, "set versions stored twice"),
                () -> assertEquals(completionEvents.get(), published.eventIds.size(),
                        "distinct completion events on " + COMPLETED_TOPIC),
                () -> assertEquals(published.eventIds.size(), processedCompletions, "completion events processed once each"),
                () -> assertTrue(outboxEmpty, "outbox empty in all three databases: " + outbox),
                () -> assertTrue(lagZero, "consumer lag back to 0 within " + LAG_SECONDS + " s: " + lag),
                () -> assertEquals(poisonEventIds.size(), poisonOnDeadLetter, "poison records on " + DEAD_LETTER_TOPIC),
                () -> assertEquals(0, poisonProcessed, "poison records recorded as processed"),
                () -> assertEquals(List.of(), readModelMismatches, "partner read model follows the directory"),
                () -> assertTrue(replayed, "replay from the beginning caught up: " + replayLag),
                () -> assertTrue(replayIdentical, "recommendation tables identical after a replay from the beginning"
                        + " (see replay-before.txt / replay-after.txt)"));
    }

    // --- the flow ------------------------------------------------------------------------------------------------

    private void completeOne(int i, String library) {
        String key = run + "-" + i;
        String assessment = workload.draft(i, library);
        int revision = workload.complete(assessment, key + "-c");
        completionEvents.incrementAndGet();
        if (i % 10 == 0) {
            workload.revise(assessment, key + "-r");
            revision = workload.complete(assessment, key + "-c2");
            completionEvents.incrementAndGet();
        }
        expectedRevision.put(assessment, revision);
    }

    /**
     * Keeps every fault inside the flow: completion {@code i} waits until each fault whose point lies more than
     * {@code 2 * workers} completions before {@code i} has been injected (the flow then goes on during the outage).
     */
    private void awaitFaultsDueBefore(int i) {
        int due = 0;
        for (double point : FAULT_POINTS) {
            if ((int) Math.ceil(point * COMPLETIONS) + 2 * WORKERS <= i) {
                due++;
            }
        }
        int required = due;
        if (injected.get() < required) {
            await("fault " + required + " injected").atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(50))
                    .until(() -> injected.get() >= required);
        }
    }

    /** Changes one offering (new quantity / amount): a partner-directory event that re-matches open assessments. */
    private void changePartner(int i) {
        workload.changeOffering(i / PARTNER_CHANGE_EVERY, 50 + (i * 7) % 500);
        partnerChanges.incrementAndGet();
    }


    // --- faults --------------------------------------------------------------------------------------------------

    private void injectFaults(ScheduledExecutorService scheduler) {
        try {
            injectFaultSchedule(scheduler);
        } catch (RuntimeException | Error e) {
            injected.set(Integer.MAX_VALUE / 2); // release the flow; the failure surfaces through the fault future
            throw e;
        }
    }

    private void injectFaultSchedule(ScheduledExecutorService scheduler) {
        record Fault(double at, String name, Runnable inject, Runnable recover, Duration downtime) {
        }
        Duration downtime = Duration.ofSeconds(DOWNTIME_SECONDS);
        List<Fault> schedule = List.of(
                new Fault(FAULT_POINTS[0], "kill -9 assessment-service", suite.assessment()::kill,
                        suite.assessment()::restart, downtime),
                new Fault(FAULT_POINTS[1], "kill -9 partner-service", suite.partner()::kill, suite.partner()::restart,
                        downtime),
                new Fault(FAULT_POINTS[2], "kill -9 matching-service", suite.matching()::kill, suite.matching()::restart,
                        downtime),
                new Fault(FAULT_POINTS[3], "kill -9 kafka broker", kafka::kill, kafka::restart, downtime),
                new Fault(FAULT_POINTS[4], "poison records x3 on " + COMPLETED_TOPIC, this::sendPoison, () -> { },
                        Duration.ZERO),
                new Fault(FAULT_POINTS[5], "PostgreSQL immediate stop", postgres::stopImmediately, postgres::restart,
                        downtime),
                new Fault(FAULT_POINTS[6], "pause matching-service (SIGSTOP)",
                        () -> PostgresProcess.pause(suite.matching().pid()),
                        () -> PostgresProcess.resume(suite.matching().pid()), Duration.ofSeconds(PAUSE_SECONDS)));
        for (Fault fault : schedule) {
            int threshold = (int) Math.ceil(fault.at() * COMPLETIONS);
            await("flow reaches " + threshold).atMost(Duration.ofHours(6)).pollInterval(Duration.ofMillis(100))
                    .until(() -> completionsDone.get() >= threshold);
            Instant injectedAt = Instant.now();
            int at = completionsDone.get();
            log("FAULT %s at %d completions", fault.name(), completionsDone.get());
            fault.inject().run();
            injected.incrementAndGet();
            try {
                scheduler.schedule(fault.recover(), fault.downtime().toMillis(), TimeUnit.MILLISECONDS).get();
            } catch (Exception e) {
                throw new IllegalStateException("could not recover from " + fault.name(), e);
            }
            Instant recovered = Instant.now();
            for (ServiceProcess service : List.of(suite.assessment(), suite.partner(), suite.matching())) {
                service.awaitReady(Duration.ofSeconds(180));
            }
            Instant ready = Instant.now();
            double flowBack = probe(faults.size());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("fault", fault.name());
            entry.put("at_completion", at);
            entry.put("down_seconds", Duration.between(injectedAt, recovered).toMillis() / 1000.0);
            entry.put("all_ready_after_restart_seconds", Duration.between(recovered, ready).toMillis() / 1000.0);
            entry.put("probe_completion_to_ready_seconds", flowBack);
            faults.add(entry);
            log("RECOVERED from %s: restarted after %s, all services ready %s later", fault.name(),
                    Duration.between(injectedAt, recovered), Duration.between(recovered, ready));
        }
    }

    /**
     * Right after a recovery: one more completion, and the seconds until its recommendations are READY (how long
     * the end-to-end flow takes to come back, e.g. while the consumer group rebalances after a broker restart).
     */
    private double probe(int n) {
        String assessment = workload.draft(1_000_000 + n, libraries.get(n % libraries.size()));
        Instant sent = Instant.now();
        int revision = workload.complete(assessment, run + "-probe-" + n);
        completionEvents.incrementAndGet();
        expectedRevision.put(assessment, revision);
        await("probe " + n + " READY").atMost(Duration.ofSeconds(RECOVERY_SECONDS)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    JsonNode json = workload.getOrNull(suite.matchingUrl() + "/api/v1/assessments/" + assessment
                            + "/recommendations");
                    return json != null && "READY".equals(json.path("status").asText());
                });
        return Duration.between(sent, Instant.now()).toMillis() / 1000.0;
    }

    /** Undecodable JSON, an unknown major schema version, a schema-invalid payload. */
    private void sendPoison() {
        String now = Instant.now().toString();
        List<String> values = List.of(
                "{ this is not json",
                """
                {"event_id":"%s","event_type":"assessment-completed","schema_version":"99.0","occurred_at":"%s",
                 "producer":"fault-injection","aggregate_id":"%s"}""",
                """
                {"event_id":"%s","event_type":"assessment-completed","schema_version":"1.0","occurred_at":"%s",
                 "producer":"fault-injection","aggregate_id":"%s","revision":"not a number"}""");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            for (String template : values) {
                String eventId = UUID.randomUUID().toString();
                String key = UUID.randomUUID().toString();
                ProducerRecord<String, String> record = new ProducerRecord<>(COMPLETED_TOPIC, key,
                        template.contains("%s") ? template.formatted(eventId, now, key) : template);
                record.headers().add("event_id", eventId.getBytes(StandardCharsets.UTF_8));
                record.headers().add("event_type", "assessment-completed".getBytes(StandardCharsets.UTF_8));
                producer.send(record).get(60, TimeUnit.SECONDS);
                poisonEventIds.add(eventId);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not send poison records", e);
        }
    }

    // --- checks --------------------------------------------------------------------------------------------------

    /** Assessments whose newest completed revision has no READY recommendations over the API yet. */
    private Map<String, Integer> revisionsWithoutRecommendations() {
        Map<String, Integer> missing = new HashMap<>();
        for (Map.Entry<String, Integer> e : expectedRevision.entrySet()) {
            JsonNode json = workload.getOrNull(suite.matchingUrl() + "/api/v1/assessments/" + e.getKey() + "/recommendations");
            if (json == null || !"READY".equals(json.path("status").asText())
                    || json.path("revision").asInt() != e.getValue()) {
                missing.put(e.getKey(), e.getValue());
            }
        }
        return missing;
    }

    private Map<TopicPartition, Long> consumerLag() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (String topic : List.of(COMPLETED_TOPIC, DIRECTORY_TOPIC)) {
                admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, Long> lag = new HashMap<>();
            admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).forEach((tp, info) -> {
                OffsetAndMetadata offset = committed.get(tp);
                lag.put(tp, info.offset() - (offset == null ? 0 : offset.offset()));
            });
            return lag;
        }
    }

    record TopicCount(long records, Set<String> eventIds) {
    }

    /** All records of a topic from the beginning: how many, and the distinct event_id headers (minus excluded). */
    private TopicCount countTopic(String topic, Collection<String> excluded) throws Exception {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long records = 0;
            Set<String> ids = new HashSet<>();
            Instant deadline = Instant.now().plusSeconds(120);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    var header = record.headers().lastHeader("event_id");
                    String id = header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
                    if (id != null && excluded.contains(id)) {
                        continue;
                    }
                    records++;
                    if (id != null) {
                        ids.add(id);
                    }
                }
            }
            return new TopicCount(records, ids);
        }
    }

    /** Every recommendation set and recommended partner (content as digests), sorted: equal means identical. */
    private static String recommendationTables() throws SQLException {
        StringBuilder tables = new StringBuilder();
        try (Connection c = connect("matching"); Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "select concat_ws(' ', id, assessment_id, revision, set_version, current, trigger, trigger_partner_id,"
                            + " generated_at, md5(content), md5(excluded), md5(changes)) from recommendation_set order by 1",
                    "select concat_ws(' ', set_id, partner_id, assessment_id, rank, score, current)"
                            + " from recommended_partner order by 1",
                    "select concat_ws(' ', assessment_id, revision, md5(payload)) from assessment order by 1",
                    "select 'processed_event ' || count(*) from processed_event",
                    "select 'match_request ' || count(*) from match_request")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        tables.append(rs.getString(1)).append('\n');
                    }
                }
            }
        }
        return tables.toString();
    }

    /** With matching stopped (the group empty), moves its committed offsets to the beginning of both topics. */
    private void resetGroupToEarliest() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            for (String topic : List.of(COMPLETED_TOPIC, DIRECTORY_TOPIC)) {
                admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                        .forEach(p -> earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest()));
            }
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS)
                    .forEach((tp, info) -> offsets.put(tp, new OffsetAndMetadata(info.offset())));
            // the group is empty once the stopped member has left (or its session expired)
            await("reset " + GROUP + " to the beginning").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions().until(() -> {
                        admin.alterConsumerGroupOffsets(GROUP, offsets).all().get(30, TimeUnit.SECONDS);
                        return true;
                    });
        }
        log("reset consumer group %s to the beginning of %s and %s", GROUP, COMPLETED_TOPIC, DIRECTORY_TOPIC);
    }

    private long countPoisonProcessed() throws SQLException {
        long processed = 0;
        try (Connection c = connect("matching");
             var statement = c.prepareStatement("select count(*) from processed_event where event_id = ?::uuid")) {
            for (String id : poisonEventIds) {
                statement.setString(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    processed += rs.getLong(1);
                }
            }
        }
        return processed;
    }

    /** Partners whose version in matching's read model differs from the directory. */
    private List<String> partnerReadModelMismatches() throws SQLException {
        // the partner row's version counts from 0 (JPA); the snapshot event version (the ETag) is that + 1
        Map<String, Long> directory = versions("partner", "select id::text, version + 1 from partner");
        Map<String, Long> readModel = versions("matching", "select partner_id::text, version from partner where not removed");
        List<String> mismatches = new ArrayList<>();
        directory.forEach((id, version) -> {
            if (!version.equals(readModel.get(id))) {
                mismatches.add(id + " directory v" + version + " read model v" + readModel.get(id));
            }
        });
        return mismatches;
    }

    private Map<String, Long> versions(String db, String sql) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getLong(2));
            }
        }
        return versions;
    }

    private static Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(db), postgres.user(), postgres.password());
    }

    private static long count(String db, String sql) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean awaitQuietly(Duration timeout, java.util.concurrent.Callable<Boolean> condition) {
        try {
            await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions().until(condition);
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return false;
        }
    }

    // --- report --------------------------------------------------------------------------------------------------

    private void report(Map<String, Object> summary) throws IOException {
        StringBuilder md = new StringBuilder("# Fault injection " + run + "\n\n");
        md.append("Machine: ").append(summary.get("machine")).append("\n\n");
        md.append("| fault | at completion | down (s) | all ready after restart (s) | probe completion → READY (s) |\n"
                + "|---|---|---|---|---|\n");
        for (Map<String, Object> f : faults) {
            md.append("| ").append(f.get("fault")).append(" | ").append(f.get("at_completion")).append(" | ")
                    .append(f.get("down_seconds")).append(" | ").append(f.get("all_ready_after_restart_seconds"))
                    .append(" | ").append(f.get("probe_completion_to_ready_seconds")).append(" |\n");
        }
        md.append("\n| measure | value |\n|---|---|\n");
        for (String key : List.of("faults_injected", "completion_events_sent", "events_on_topic_distinct",
                "records_on_topic", "events_processed", "lost", "revisions_without_exactly_one_current_set",
                "duplicate_completion_sets", "duplicate_set_versions", "partner_changes", "directory_events_processed",
                "recommendation_sets", "poison_sent", "poison_on_dead_letter", "poison_processed",
                "partner_read_model_mismatches", "outbox_rows", "replay_from_beginning_identical", "replay_seconds",
                "consumer_lag", "lag_zero_after_flow_seconds",
                "flow_seconds", "convergence_after_flow_seconds", "client_retries", "server_errors_by_status")) {
            md.append("| ").append(key).append(" | ").append(summary.get(key)).append(" |\n");
        }
        Files.writeString(workDirectory.resolve("summary.md"), md);
        Files.writeString(workDirectory.resolve("summary.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
        System.out.println("\n" + md);
        System.out.println("(also in " + workDirectory.resolve("summary.md") + " and summary.json)");
    }

    static void log(String format, Object... arguments) {
        System.out.println(Instant.now() + " [faults] " + String.format(format, arguments));
    }
}

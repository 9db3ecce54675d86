package org.smartlibrary.deploy.bench;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.bench.MachineFacts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How many partner changes per second matching's re-match worker sustains with {@code bench.assessments} stored
 * assessments, on the packaged services as {@code deploy/local/start} runs them ({@link BenchStack}: matching's
 * defaults, 2 worker threads, partner changes settling 2 s, at most 60 s), against PostgreSQL and Kafka processes.
 *
 * <p><b>Seed</b> ({@link RematchDirectory}) over REST by {@code bench.workers} clients: libraries in 25 regions,
 * regional and national partners, the completed assessments; then until each has its current set.
 *
 * <p><b>One change at a time</b> ({@code bench.single-changes}): each applied, then awaited until drained (the partner
 * event consumed, no match queued). Re-queued per change = matches with trigger PARTNER_CHANGED it caused
 * ({@code slp_matching_match_duration_seconds_count}); beside it the <i>relevance bound</i> read in matching's
 * tables before the change: assessments in the partner's region with a need of its offering types (before or after),
 * or with the partner in their current set — what the change may re-queue — and all stored assessments.
 *
 * <p><b>Fixed rates</b> ({@code bench.rates}, changes per second, each {@code bench.changes} changes from one client
 * on an open schedule) and a <b>burst</b> ({@code bench.changes} changes by the clients as fast as they go): time
 * to apply them, time for the re-match queue to drain after the last one, <i>sustained changes/s</i> = changes ÷
 * (first sent → everything drained), matches per trigger, and the <i>stored-set lag</i>: for every set a re-match
 * stored with trigger PARTNER_CHANGED, its {@code generated_at} minus the answer time of the newest change of its
 * triggering partner before it (re-matches that change nothing of substance store no set and have no lag to read).
 * CPU seconds of each process ({@link CpuSample}) per phase.
 *
 * <p>Not part of {@code ./mvnw verify} (tag {@code benchmark}); run it with {@code deploy/bench/rematch}. System
 * properties: {@code bench.assessments} (10000), {@code bench.changes} (30), {@code bench.rates} ("0.5,2"),
 * {@code bench.single-changes} (10), {@code bench.workers} (4). Report: {@code deploy/target/bench/rematch.{md,json}}.
 */
@Tag("benchmark")
class RematchThroughputIT {

    static final int ASSESSMENTS = Integer.getInteger("bench.assessments", 10_000);
    static final int CHANGES = Integer.getInteger("bench.changes", 30);
    static final int SINGLE_CHANGES = Integer.getInteger("bench.single-changes", 10);
    static final int WORKERS = Integer.getInteger("bench.workers", 4);
    static final List<Double> RATES = Arrays.stream(System.getProperty("bench.rates", "0.5,2").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).map(Double::parseDouble).toList();
    static final List<String> TRIGGERS = List.of("ASSESSMENT_COMPLETED", "PARTNER_CHANGED", "CAPACITY_CONTENTION",
            "CONSORTIUM_CHANGED");
    static final Duration DRAIN_WITHIN = Duration.ofMinutes(30);

    static BenchStack stack;

    private FlowClient client;
    private RematchDirectory directory;
    private int nextChange;

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void partnerChangesPerSecondWithStoredAssessments() throws Exception {
        Map<String, Object> machineBefore = MachineFacts.machine();
        stack = BenchStack.start("rematch", Map.of());
        client = new FlowClient(stack, Long.toString(System.currentTimeMillis(), 36));
        directory = new RematchDirectory(client, WORKERS);

        long seedStart = System.nanoTime();
        directory.seedDirectory();
        directory.seedAssessments(ASSESSMENTS);
        await("every assessment matched").atMost(DRAIN_WITHIN).pollInterval(Duration.ofSeconds(1))
                .until(() -> stack.number("matching", "SELECT count(*) FROM recommendation_set WHERE current")
                        >= ASSESSMENTS);
        awaitDrained(0);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("assessments", stack.number("matching", "SELECT count(*) FROM assessment"));
        stored.put("current_sets", stack.number("matching", "SELECT count(*) FROM recommendation_set WHERE current"));
        stored.put("recommended_partners_per_current_set", stack.number("matching",
                "SELECT count(*) FROM recommended_partner WHERE current") / (double) ASSESSMENTS);
        stored.put("partners", directory.partners());
        stored.put("libraries", directory.libraries());
        stored.put("regions", RematchDirectory.REGIONS);
        stored.put("seed_seconds", Stats.round(seedSeconds));

        Map<String, Object> single = oneAtATime();
        Map<String, Object> phases = new LinkedHashMap<>();
        for (double rate : RATES) {
            phases.put(RestBenchmarkIT.key(rate) + "/s", phase(rate));
        }
        phases.put("burst", phase(0));

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "partner changes per second the re-match worker sustains with stored assessments");
        report.put("machine_before", machineBefore);
        report.put("machine_after", MachineFacts.machine());
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("assessments", ASSESSMENTS);
        options.put("changes_per_phase", CHANGES);
        options.put("rates", RATES);
        options.put("single_changes", SINGLE_CHANGES);
        options.put("workers", WORKERS);
        report.put("options", options);
        report.put("service_jvm_options", ServiceJvm.LOCAL_START_OPTIONS);
        report.put("stored", stored);
        report.put("one_at_a_time", single);
        report.put("phases", phases);
        report.put("offerings_added", directory.offeringsAdded());
        report.put("client_retries", client.retries());
        RematchReport.write(stack.work().getParent(), report);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> changes = (List<Map<String, Object>>) single.get("changes");
        assertAll(
                () -> assertTrue(changes.stream().allMatch(c -> (long) c.get("requeued") <= (long) c.get("bound")),
                        "a change re-queued more assessments than it can affect: " + changes),
                () -> assertTrue(changes.stream().allMatch(c -> (long) c.get("requeued") > 0),
                        "a change re-queued nothing: " + changes),
                () -> assertTrue(changes.stream().allMatch(c -> (long) c.get("requeued") < ASSESSMENTS),
                        "a regional change re-queued every stored assessment: " + changes));
    }

    /** Changes applied one at a time, each drained before the next. */
    private Map<String, Object> oneAtATime() throws Exception {
        List<Map<String, Object>> changes = new ArrayList<>();
        List<Double> requeued = new ArrayList<>();
        List<Double> drainSeconds = new ArrayList<>();
        List<Double> boundShare = new ArrayList<>();
        CpuSample cpuBefore = CpuSample.of(stack.processes());
        for (int n = 0; n < SINGLE_CHANGES; n++) {
            int c = nextChange++;
            String partner = directory.partnerOf(c);
            long bound = relevanceBound(partner, directory.regionOf(partner));
            long typed = typedBound(partner, directory.regionOf(partner), directory.typesAfter(c));
            Map<String, Long> matchesBefore = matches();
            long events = partnerEvents();
            long start = System.nanoTime();
            directory.change(c);
            awaitDrained(events + 1);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Long> caused = since(matches(), matchesBefore);
            long partnerChanged = caused.get("PARTNER_CHANGED");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("change", c);
            row.put("partner", partner);
            row.put("region", directory.regionOf(partner));
            row.put("requeued", partnerChanged);
            row.put("bound", bound);
            row.put("typed_bound", typed);
            row.put("other_matches", caused);
            row.put("drain_seconds", Stats.round(seconds));
            changes.add(row);
            requeued.add((double) partnerChanged);
            drainSeconds.add(seconds);
            boundShare.add(bound == 0 ? 0 : partnerChanged / (double) bound);
        }
        Map<String, Object> single = new LinkedHashMap<>();
        single.put("requeued_per_change", Stats.of(requeued.stream().mapToDouble(Double::doubleValue).toArray()));
        single.put("requeued_share_of_bound", Stats.of(boundShare.stream().mapToDouble(Double::doubleValue)
                .toArray()));
        single.put("requeued_share_of_stored_median", Stats.round(100.0 * median(requeued) / ASSESSMENTS) + " %");
        single.put("drain_seconds", Stats.of(drainSeconds.stream().mapToDouble(Double::doubleValue).toArray()));
        single.put("cpu_seconds", CpuSample.of(stack.processes()).since(cpuBefore));
        single.put("changes", changes);
        return single;
    }

    /** The changes of a phase at {@code rate} per second from one client, or ({@code rate} 0) as a burst by the clients. */
    private Map<String, Object> phase(double rate) throws Exception {
        int first = nextChange;
        nextChange += CHANGES;
        Map<String, Long> matchesBefore = matches();
        double[] timesBefore = matchSeconds();
        long events = partnerEvents();
        CpuSample cpuBefore = CpuSample.of(stack.processes());
        Instant phaseStart = Instant.now();
        long start = System.nanoTime();
        AtomicInteger behind = new AtomicInteger();
        if (rate > 0) {
            for (int n = 0; n < CHANGES; n++) {
                long due = start + (long) (n * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    waitNanos(wait);
                } else if (wait < -100_000_000L) {
                    behind.incrementAndGet();
                }
                directory.change(first + n);
            }
        } else {
            directory.parallel(CHANGES, n -> directory.change(first + n));
        }
        double applySeconds = (System.nanoTime() - start) / 1e9;
        long lastApplied = System.nanoTime();
        Map<String, Object> queue = awaitDrained(events + CHANGES);
        long drained = System.nanoTime();
        Map<String, Long> caused = since(matches(), matchesBefore);
        List<Double> lags = storedSetLags(phaseStart);
        Map<String, Object> phase = new LinkedHashMap<>();
        phase.put("offered_per_second", rate > 0 ? rate : "burst (" + WORKERS + " clients)");
        phase.put("changes", CHANGES);
        phase.put("apply_seconds", Stats.round(applySeconds));
        phase.put("applied_per_second", Stats.round(CHANGES / applySeconds));
        phase.put("sends_late_by_over_100ms", behind.get());
        phase.put("drain_seconds_after_last_change", Stats.round((drained - lastApplied) / 1e9));
        double total = (drained - start) / 1e9;
        phase.put("seconds_until_drained", Stats.round(total));
        phase.put("sustained_changes_per_second", Stats.round(CHANGES / total));
        phase.put("matches", caused);
        long partnerChanged = caused.get("PARTNER_CHANGED");
        phase.put("partner_changed_matches_per_change", Stats.round(partnerChanged / (double) CHANGES));
        phase.put("matches_per_second_until_drained", Stats.round(caused.values().stream().mapToLong(Long::longValue)
                .sum() / total));
        double[] times = matchSeconds();
        phase.put("mean_match_transaction_ms", Stats.round(1000 * (times[0] - timesBefore[0])
                / Math.max(1, times[1] - timesBefore[1])));
        phase.put("mean_engine_ms", Stats.round(1000 * (times[2] - timesBefore[2])
                / Math.max(1, times[3] - timesBefore[3])));
        phase.put("max_queued", queue.get("max_queued"));
        phase.put("stored_sets", lags.size());
        phase.put("stored_set_lag_seconds", Stats.of(lags.stream().mapToDouble(Double::doubleValue).toArray()));
        phase.put("cpu_seconds", CpuSample.of(stack.processes()).since(cpuBefore));
        System.out.printf("rematch bench: %s → %s%n", phase.get("offered_per_second"), phase);
        return phase;
    }

    /**
     * Until matching has consumed at least {@code partnerEvents} partner-directory events, partner-service's outbox is
     * empty and no match or consortium match is queued (twice in a row); returns the most queued seen.
     */
    private Map<String, Object> awaitDrained(long partnerEvents) {
        AtomicInteger quietPolls = new AtomicInteger();
        long[] maxQueued = {0};
        await("partner changes consumed and re-matched").atMost(DRAIN_WITHIN).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    long queued = stack.number("matching", "SELECT count(*) FROM match_request")
                            + stack.number("matching", "SELECT count(*) FROM consortium_match_request");
                    maxQueued[0] = Math.max(maxQueued[0], queued);
                    boolean quiet = queued == 0 && partnerEvents() >= partnerEvents
                            && client.outboxBacklog("partner-service") == 0;
                    if (!quiet) {
                        quietPolls.set(0);
                        return false;
                    }
                    return quietPolls.incrementAndGet() >= 2;
                });
        return Map.of("max_queued", maxQueued[0]);
    }

    private long partnerEvents() throws SQLException {
        return stack.number("matching", "SELECT count(*) FROM processed_event WHERE topic = 'partner-directory'");
    }

    /** Matches so far per trigger. */
    private Map<String, Long> matches() {
        String metrics = client.metrics("matching-service");
        Map<String, Long> matches = new LinkedHashMap<>();
        for (String trigger : TRIGGERS) {
            matches.put(trigger, (long) PrometheusText.sum(metrics, "slp_matching_match_duration_seconds_count",
                    "trigger=\"" + trigger + "\""));
        }
        return matches;
    }

    /**
     * The worker's match transactions of assessments (seconds summed, count) and the engine's part of every match
     * (seconds summed, count), so far.
     */
    private double[] matchSeconds() {
        String metrics = client.metrics("matching-service");
        String transaction = "slp_matching_worker_transaction_duration_seconds";
        String engine = "slp_matching_match_duration_seconds";
        return new double[] {PrometheusText.sum(metrics, transaction + "_sum", "kind=\"assessment\""),
                PrometheusText.sum(metrics, transaction + "_count", "kind=\"assessment\""),
                PrometheusText.sum(metrics, engine + "_sum", ""), PrometheusText.sum(metrics, engine + "_count", "")};
    }

    private static Map<String, Long> since(Map<String, Long> now, Map<String, Long> before) {
        Map<String, Long> delta = new LinkedHashMap<>();
        now.forEach((k, v) -> delta.put(k, v - before.getOrDefault(k, 0L)));
        return delta;
    }

    /**
     * Assessments the partner's change may re-queue: in its region (case-insensitive) with a need of one of the
     * types it offers or one it may add (all three here), or with the partner in their current set.
     */
    private static long relevanceBound(String partner, String region) throws SQLException {
        try (Connection c = stack.connect("matching"); PreparedStatement statement = c.prepareStatement("""
                SELECT count(*) FROM assessment a
                WHERE lower(a.region) = lower(?)
                   OR a.assessment_id IN (SELECT rp.assessment_id FROM recommended_partner rp
                                          WHERE rp.partner_id = ?::uuid AND rp.current)""")) {
            statement.setString(1, region);
            statement.setString(2, partner);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * The tighter count: in the partner's region with a need of one of the types it offers after the change, or with
     * the partner in their current set (related types, which matching also follows, are not counted).
     */
    private static long typedBound(String partner, String region, List<String> types) throws SQLException {
        try (Connection c = stack.connect("matching"); PreparedStatement statement = c.prepareStatement("""
                SELECT count(*) FROM assessment a
                WHERE (lower(a.region) = lower(?) AND EXISTS (SELECT 1 FROM assessment_need_type t
                       WHERE t.assessment_id = a.assessment_id AND t.need_type = ANY (?)))
                   OR a.assessment_id IN (SELECT rp.assessment_id FROM recommended_partner rp
                                          WHERE rp.partner_id = ?::uuid AND rp.current)""")) {
            statement.setString(1, region);
            statement.setArray(2, c.createArrayOf("varchar", types.toArray()));
            statement.setString(3, partner);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** generated_at − the triggering partner's newest change before it, for each PARTNER_CHANGED set since then. */
    private List<Double> storedSetLags(Instant from) throws SQLException {
        List<Double> lags = new ArrayList<>();
        try (Connection c = stack.connect("matching"); PreparedStatement statement = c.prepareStatement("""
                SELECT trigger_partner_id, generated_at FROM recommendation_set
                WHERE trigger = 'PARTNER_CHANGED' AND generated_at >= ? AND trigger_partner_id IS NOT NULL""")) {
            statement.setTimestamp(1, Timestamp.from(from));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Instant generated = rows.getTimestamp(2).toInstant();
                    Instant change = directory.latestChange(rows.getString(1), generated);
                    if (change != null) {
                        lags.add(Duration.between(change, generated).toNanos() / 1e9);
                    }
                }
            }
        }
        return lags;
    }

    private static double median(List<Double> values) {
        return values.isEmpty() ? 0 : Stats.percentile(values.stream().mapToDouble(Double::doubleValue).sorted()
                .toArray(), 50);
    }

    /** Waits for the next scheduled send of an open-model phase (the schedule itself is the measurement). */
    private static void waitNanos(long nanos) throws InterruptedException {
        java.util.concurrent.locks.LockSupport.parkNanos(nanos);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }
}

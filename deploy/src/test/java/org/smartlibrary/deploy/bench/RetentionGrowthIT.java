package org.smartlibrary.deploy.bench;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.bench.MachineFacts;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Storage growth per 10^4 assessment completions, without and with retention, on the packaged services as
 * {@code deploy/local/start} runs them ({@link BenchStack}), against PostgreSQL and Kafka processes.
 *
 * <p><b>Flow</b> ({@link RetentionFlow}): libraries in {@value RetentionFlow#REGIONS} regions (two of them consortia)
 * and regional and national partners are registered over REST; then {@code bench.completions} completions by
 * {@code bench.workers} clients: half complete new two-need assessments, half are revisions of a twentieth as many
 * "busy" assessments (each completed 20 times, so that their sets exceed the kept {@value #KEEP_SETS}); before each
 * revision the library reads its recommendations (the READY document is rendered and kept), and records feedback on
 * two of the busy assessments' sets and on one new assessment in ten; every creating POST sends an Idempotency-Key;
 * every {@code bench.partner-change-every} completions a partner's offering changes or a partner adds one
 * (re-matches of the assessments it can serve).
 *
 * <p><b>Storage</b> ({@link StorageSnapshot}, per database and table: rows, {@code pg_total_relation_size}) after
 * the directory is seeded and its own idempotency records and processed event ids deleted ("before", as if purged
 * long ago, so that all the purges delete later is the flow's), after the flow with the purges effectively off (every 1000 h: "after flow"),
 * both as grown and compacted ({@code VACUUM FULL}, the live rows' footprint), then after the services were restarted
 * with short retention — idempotency records 1 min, processed event ids 1 d (the shortest matching accepts; the
 * harness moves the flow's {@code processed_at} two days back, as if the flow had ended then), {@value #KEEP_SETS}
 * sets per assessment, every purge every 5 s — and the purges have drained (every row past retention gone, polled
 * in SQL): as left on disk, and compacted. Growth per completion = (snapshot − before) ÷ completions.
 *
 * <p><b>Invariants</b> (the run fails if one breaks; the report is written first): the purge removed no current set
 * (of an assessment or a consortium), no set that feedback names, none of the {@value #KEEP_SETS} newest of an
 * assessment and no feedback; every stored assessment still has exactly one current set, of its newest revision;
 * the sets left are exactly those before minus the superseded ones beyond the kept; nothing past retention is left.
 *
 * <p>Not part of {@code ./mvnw verify} (tag {@code benchmark}); run it with {@code deploy/bench/retention}. System
 * properties: {@code bench.completions} (10000), {@code bench.workers} (4), {@code bench.partner-change-every} (250).
 * Report: {@code deploy/target/bench/retention.{md,json}}; logs in {@code retention-work/logs/}.
 */
@Tag("benchmark")
class RetentionGrowthIT {

    static final int COMPLETIONS = Integer.getInteger("bench.completions", 10_000);
    static final int WORKERS = Integer.getInteger("bench.workers", 4);
    static final int PARTNER_CHANGE_EVERY = Integer.getInteger("bench.partner-change-every", 250);
    /** matching's {@code slp.matching.retention.set-versions} in the retention phase (its default). */
    static final int KEEP_SETS = 10;
    /** Purges effectively off: their first run would be this long after start-up. */
    static final String NEVER = "1000h";
    static final String SHORT_PURGE_EVERY = "5s";

    static BenchStack stack;

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void storageGrowthWithoutAndWithRetention() throws Exception {
        Map<String, Object> machineBefore = MachineFacts.machine();
        stack = BenchStack.start("retention", settings(false));
        FlowClient client = new FlowClient(stack, Long.toString(System.currentTimeMillis(), 36));
        RetentionFlow flow = new RetentionFlow(client, COMPLETIONS, WORKERS, PARTNER_CHANGE_EVERY);
        flow.seed();
        awaitQuiet(client);
        forgetSeedRetainedRows();
        compact();
        StorageSnapshot before = StorageSnapshot.take("before", stack);

        CpuSample cpuBefore = CpuSample.of(stack.processes());
        long flowStart = System.nanoTime();
        flow.run();
        double flowSeconds = (System.nanoTime() - flowStart) / 1e9;
        awaitQuiet(client);
        awaitEveryRevisionMatched(flow);
        double settledSeconds = (System.nanoTime() - flowStart) / 1e9;
        Map<String, Double> flowCpu = CpuSample.of(stack.processes()).since(cpuBefore);
        Map<String, Object> matches = matchCounts(client);
        StorageSnapshot afterFlow = StorageSnapshot.take("after flow, retention off", stack);
        compact();
        StorageSnapshot afterFlowCompacted = StorageSnapshot.take("after flow, retention off, compacted", stack);

        SetsBeforePurge sets = SetsBeforePurge.read(stack, KEEP_SETS);
        stack.execute("matching", "UPDATE processed_event SET processed_at = processed_at - INTERVAL '2 days'");
        long purgeStart = System.nanoTime();
        stack.restartServices(settings(true));
        CpuSample purgeCpuBefore = CpuSample.of(stack.processes());
        Map<String, Long> leftPastRetention = new LinkedHashMap<>();
        await("every row past retention purged").atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    leftPastRetention.clear();
                    leftPastRetention.putAll(pastRetention());
                    return leftPastRetention.values().stream().allMatch(n -> n == 0);
                });
        double purgeSeconds = (System.nanoTime() - purgeStart) / 1e9;
        Map<String, Double> purgeCpu = CpuSample.of(stack.processes()).since(purgeCpuBefore);
        Map<String, Object> purged = purgeCounters(client);
        StorageSnapshot afterPurge = StorageSnapshot.take("after purge", stack);
        compact();
        StorageSnapshot afterPurgeCompacted = StorageSnapshot.take("after purge, compacted", stack);
        List<String> broken = sets.brokenAfterPurge(stack);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "storage growth per 10^4 completions, without and with retention");
        report.put("machine_before", machineBefore);
        report.put("machine_after", MachineFacts.machine());
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("completions", COMPLETIONS);
        options.put("workers", WORKERS);
        options.put("partner_change_every", PARTNER_CHANGE_EVERY);
        options.put("retention_off", settings(false));
        options.put("retention_on", settings(true));
        options.put("processed_at_moved_back", "2 days (matching accepts no processed-events retention below 1d)");
        report.put("options", options);
        report.put("service_jvm_options", ServiceJvm.LOCAL_START_OPTIONS);
        report.put("flow", flow.summary());
        report.put("flow_seconds", Stats.round(flowSeconds));
        report.put("flow_settled_seconds", Stats.round(settledSeconds));
        report.put("completions_per_second", Stats.round(COMPLETIONS / flowSeconds));
        report.put("flow_cpu_seconds", flowCpu);
        report.put("matches", matches);
        report.put("client_retries", client.retries());
        report.put("sets_before_purge", sets.summary());
        report.put("purge_seconds_from_restart", Stats.round(purgeSeconds));
        report.put("purge_cpu_seconds", purgeCpu);
        report.put("purged", purged);
        report.put("invariants_broken", broken);
        RetentionReport.write(stack.work().getParent(), report, COMPLETIONS,
                List.of(before, afterFlow, afterFlowCompacted, afterPurge, afterPurgeCompacted));

        assertAll(
                () -> assertTrue(broken.isEmpty(), "retention invariants broken: " + broken),
                () -> assertTrue(sets.purgeable() > 0, "the flow left no superseded set beyond the kept "
                        + KEEP_SETS + ": the benchmark did not exercise the set purge"),
                () -> assertTrue(sets.feedbackNamed() > 0, "no feedback names a superseded set"),
                () -> assertEquals(0L, afterPurge.table("matching", "processed_event").rows()),
                () -> assertEquals(0L, afterPurge.table("assessment", "idempotency_record").rows()));
    }

    /** Environment per service: the purges off (never due), or on with short retention. */
    static Map<String, Map<String, String>> settings(boolean retention) {
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        for (String service : BenchStack.SERVICES) {
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("SLP_IDEMPOTENCY_PURGE_EVERY", retention ? SHORT_PURGE_EVERY : NEVER);
            if (retention) {
                environment.put("SLP_IDEMPOTENCY_RETENTION", "1m");
            }
            settings.put(service, environment);
        }
        Map<String, String> matching = settings.get("matching-service");
        matching.put("SLP_MATCHING_RETENTION_PURGE_EVERY", retention ? SHORT_PURGE_EVERY : NEVER);
        if (retention) {
            matching.put("SLP_MATCHING_RETENTION_PROCESSED_EVENTS", "1d");
            matching.put("SLP_MATCHING_RETENTION_SET_VERSIONS", Integer.toString(KEEP_SETS));
        }
        return settings;
    }

    /**
     * Outboxes empty, every partner known to matching, no match or consortium match queued, twice in a row a second
     * apart.
     */
    private static void awaitQuiet(FlowClient client) {
        AtomicInteger quietPolls = new AtomicInteger();
        await("outboxes and match queues empty").atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    boolean quiet = BenchStack.SERVICES.stream().allMatch(s -> client.outboxBacklog(s) == 0)
                            && stack.number("matching", "SELECT count(*) FROM partner")
                            == stack.number("partner", "SELECT count(*) FROM partner")
                            && stack.number("matching", "SELECT count(*) FROM match_request") == 0
                            && stack.number("matching", "SELECT count(*) FROM consortium_match_request") == 0;
                    if (!quiet) {
                        quietPolls.set(0);
                        return false;
                    }
                    return quietPolls.incrementAndGet() >= 2;
                });
    }

    /**
     * The seed's idempotency records and processed event ids deleted, as if it had happened long ago and been purged:
     * "before" holds the directory itself, so that what the purges delete afterwards is all the flow's.
     */
    private static void forgetSeedRetainedRows() throws SQLException {
        for (String service : BenchStack.SERVICES) {
            stack.execute(BenchStack.database(service), "DELETE FROM idempotency_record");
        }
        stack.execute("matching", "DELETE FROM processed_event");
    }

    /** Every assessment of the flow stored by matching at its newest revision, with a current set of that revision. */
    private static void awaitEveryRevisionMatched(RetentionFlow flow) {
        await("every newest revision matched").atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> stack.number("matching", """
                        SELECT count(*) FROM assessment a JOIN recommendation_set s
                            ON s.assessment_id = a.assessment_id AND s.current AND s.revision = a.revision""")
                        == flow.assessments() && stack.number("matching", "SELECT coalesce(sum(revision), 0) "
                        + "FROM assessment") == flow.revisions());
    }

    /** VACUUM FULL of every table of the three databases: what the live rows take. */
    private static void compact() throws SQLException {
        for (String service : BenchStack.SERVICES) {
            String database = BenchStack.database(service);
            List<String> tables = new ArrayList<>();
            try (Connection c = stack.connect(database); Statement statement = c.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                stack.execute(database, "VACUUM (FULL, ANALYZE) public.\"" + table + "\"");
            }
        }
    }

    /** Rows the purges with the retention settings have still to delete, per table. */
    private static Map<String, Long> pastRetention() throws SQLException {
        Map<String, Long> left = new LinkedHashMap<>();
        left.put("matching.processed_event", stack.number("matching",
                "SELECT count(*) FROM processed_event WHERE processed_at < now() - INTERVAL '1 day'"));
        left.put("matching.recommendation_set", stack.number("matching", SetsBeforePurge.PURGEABLE_COUNT
                .formatted(KEEP_SETS)));
        left.put("matching.consortium_recommendation_set", stack.number("matching", """
                SELECT count(*) FROM (SELECT current, row_number() OVER (PARTITION BY consortium_key
                    ORDER BY set_version DESC) AS newness FROM consortium_recommendation_set) ranked
                WHERE NOT current AND newness > %d""".formatted(KEEP_SETS)));
        for (String service : BenchStack.SERVICES) {
            String database = BenchStack.database(service);
            // every record of the flow: the newest is a minute old soon after the restart
            left.put(database + ".idempotency_record", stack.number(database,
                    "SELECT count(*) FROM idempotency_record"));
        }
        return left;
    }

    /** Matches by trigger so far ({@code slp_matching_match_duration_seconds_count}). */
    private static Map<String, Object> matchCounts(FlowClient client) {
        String metrics = client.metrics("matching-service");
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String trigger : List.of("ASSESSMENT_COMPLETED", "PARTNER_CHANGED", "CAPACITY_CONTENTION",
                "CONSORTIUM_CHANGED")) {
            counts.put(trigger, (long) PrometheusText.sum(metrics, "slp_matching_match_duration_seconds_count",
                    "trigger=\"" + trigger + "\""));
        }
        counts.put("consortium_matches", (long) PrometheusText.sum(metrics,
                "slp_matching_consortium_match_duration_seconds_count", ""));
        return counts;
    }

    /** The purge counters of the restarted services: what the purges deleted. */
    private static Map<String, Object> purgeCounters(FlowClient client) {
        Map<String, Object> purged = new LinkedHashMap<>();
        String matching = client.metrics("matching-service");
        for (String table : List.of("processed_event", "recommendation_set", "consortium_recommendation_set")) {
            purged.put("matching." + table, (long) PrometheusText.sum(matching, "slp_matching_purged_total",
                    "table=\"" + table + "\""));
        }
        for (String service : BenchStack.SERVICES) {
            purged.put(BenchStack.database(service) + ".idempotency_record",
                    (long) PrometheusText.sum(client.metrics(service), "slp_idempotency_purged_total", ""));
        }
        return purged;
    }

    /**
     * What the set purge must keep, read before it runs: current sets (assessments' and consortia's), sets that
     * feedback names, the {@code keep} newest of each assessment; and how many it may delete.
     */
    record SetsBeforePurge(Set<String> current, Set<String> consortiumCurrent, Set<String> named, Set<String> newest,
                           long sets, long purgeable, long feedback, Map<String, Object> summary) {

        /** Superseded sets beyond the {@code %d} newest of their assessment that no feedback names (the purge's rule). */
        static final String PURGEABLE = """
                FROM (SELECT s.id, s.current, s.assessment_id, s.revision, s.set_version,
                             row_number() OVER (PARTITION BY s.assessment_id
                                 ORDER BY s.generated_at DESC, s.revision DESC, s.set_version DESC) AS newness
                      FROM recommendation_set s) r
                WHERE NOT r.current AND r.newness > %d
                  AND NOT EXISTS (SELECT 1 FROM match_feedback f WHERE f.assessment_id = r.assessment_id
                                  AND f.revision = r.revision AND f.set_version = r.set_version)""";
        static final String PURGEABLE_COUNT = "SELECT count(*) " + PURGEABLE;

        static SetsBeforePurge read(BenchStack stack, int keep) throws SQLException {
            try (Connection c = stack.connect("matching"); Statement statement = c.createStatement()) {
                Set<String> current = ids(statement, "SELECT id FROM recommendation_set WHERE current");
                Set<String> consortiumCurrent = ids(statement,
                        "SELECT id FROM consortium_recommendation_set WHERE current");
                Set<String> named = ids(statement, """
                        SELECT DISTINCT s.id FROM recommendation_set s JOIN match_feedback f
                            ON f.assessment_id = s.assessment_id AND f.revision = s.revision
                           AND f.set_version = s.set_version""");
                Set<String> newest = ids(statement, """
                        SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY assessment_id
                            ORDER BY generated_at DESC, revision DESC, set_version DESC) AS newness
                            FROM recommendation_set) r WHERE newness <= %d""".formatted(keep));
                long sets = number(statement, "SELECT count(*) FROM recommendation_set");
                long purgeable = number(statement, PURGEABLE_COUNT.formatted(keep));
                long feedback = number(statement, "SELECT count(*) FROM match_feedback");
                long namedSuperseded = number(statement, """
                        SELECT count(DISTINCT s.id) FROM recommendation_set s JOIN match_feedback f
                            ON f.assessment_id = s.assessment_id AND f.revision = s.revision
                           AND f.set_version = s.set_version WHERE NOT s.current""");
                long namedBeyondKept = number(statement, """
                        SELECT count(*) FROM (SELECT s.id, s.current, s.assessment_id, s.revision, s.set_version,
                             row_number() OVER (PARTITION BY s.assessment_id
                                 ORDER BY s.generated_at DESC, s.revision DESC, s.set_version DESC) AS newness
                             FROM recommendation_set s) r
                        WHERE NOT r.current AND r.newness > %d
                          AND EXISTS (SELECT 1 FROM match_feedback f WHERE f.assessment_id = r.assessment_id
                                      AND f.revision = r.revision AND f.set_version = r.set_version)"""
                        .formatted(keep));
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("assessments", number(statement, "SELECT count(*) FROM assessment"));
                summary.put("sets", sets);
                summary.put("current_sets", current.size());
                summary.put("max_sets_per_assessment", number(statement,
                        "SELECT coalesce(max(n), 0) FROM (SELECT count(*) n FROM recommendation_set "
                                + "GROUP BY assessment_id) c"));
                summary.put("assessments_with_more_than_kept", number(statement,
                        "SELECT count(*) FROM (SELECT count(*) n FROM recommendation_set GROUP BY assessment_id) c "
                                + "WHERE n > " + keep));
                summary.put("purgeable_sets", purgeable);
                summary.put("feedback", feedback);
                summary.put("sets_named_by_feedback", named.size());
                summary.put("superseded_sets_named_by_feedback", namedSuperseded);
                summary.put("feedback_sets_beyond_kept", namedBeyondKept);
                summary.put("recommended_partners", number(statement, "SELECT count(*) FROM recommended_partner"));
                summary.put("consortium_sets", number(statement,
                        "SELECT count(*) FROM consortium_recommendation_set"));
                summary.put("consortium_current_sets", consortiumCurrent.size());
                return new SetsBeforePurge(current, consortiumCurrent, named, newest, sets, purgeable, feedback,
                        summary);
            }
        }

        long feedbackNamed() {
            return named.size() - named.stream().filter(current::contains).count();
        }

        /** What the purge broke (empty: nothing). */
        List<String> brokenAfterPurge(BenchStack stack) throws SQLException {
            List<String> broken = new ArrayList<>();
            try (Connection c = stack.connect("matching"); Statement statement = c.createStatement()) {
                Set<String> currentNow = ids(statement, "SELECT id FROM recommendation_set WHERE current");
                Set<String> all = ids(statement, "SELECT id FROM recommendation_set");
                Set<String> consortiumNow = ids(statement,
                        "SELECT id FROM consortium_recommendation_set WHERE current");
                missing(broken, "current set", current, currentNow);
                missing(broken, "set named by feedback", named, all);
                missing(broken, "set among the " + KEEP_SETS + " newest of its assessment", newest, all);
                missing(broken, "current consortium set", consortiumCurrent, consortiumNow);
                long withoutCurrent = number(statement, """
                        SELECT count(*) FROM assessment a WHERE (SELECT count(*) FROM recommendation_set s
                            WHERE s.assessment_id = a.assessment_id AND s.current AND s.revision = a.revision) <> 1""");
                if (withoutCurrent > 0) {
                    broken.add(withoutCurrent + " assessments without exactly one current set of their newest revision");
                }
                long feedbackNow = number(statement, "SELECT count(*) FROM match_feedback");
                if (feedbackNow != feedback) {
                    broken.add("feedback rows " + feedback + " → " + feedbackNow);
                }
                long orphanPartners = number(statement, "SELECT count(*) FROM recommended_partner rp "
                        + "WHERE NOT EXISTS (SELECT 1 FROM recommendation_set s WHERE s.id = rp.set_id)");
                if (orphanPartners > 0) {
                    broken.add(orphanPartners + " recommended partners of deleted sets left");
                }
                if (all.size() != sets - purgeable) {
                    broken.add("sets left " + all.size() + ", expected " + sets + " − " + purgeable + " purgeable");
                }
            }
            return broken;
        }

        private static void missing(List<String> broken, String what, Set<String> expected, Set<String> now) {
            Set<String> gone = new HashSet<>(expected);
            gone.removeAll(now);
            if (!gone.isEmpty()) {
                broken.add(gone.size() + " " + what + "(s) deleted, e.g. " + gone.iterator().next());
            }
        }

        private static Set<String> ids(Statement statement, String sql) throws SQLException {
            Set<String> ids = new HashSet<>();
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }

        private static long number(Statement statement, String sql) throws SQLException {
            try (ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}

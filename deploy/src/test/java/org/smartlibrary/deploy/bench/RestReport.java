package org.smartlibrary.deploy.bench;

import org.smartlibrary.deploy.system.Workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report of {@link RestBenchmarkIT}: {@code rest.json} (everything, every run) and {@code rest.md} (the medians
 * and the goals), and the goals themselves with whether the run met them.
 */
final class RestReport {

    /** A throughput goal: the endpoint saturated reaches at least {@code ratio} × pgbench -S tps. */
    private record ThroughputGoal(String label, String endpoint, double ratio) {
    }

    /** A latency goal: p99 at most {@code p99Ms} at {@code rate} requests per second (open model). */
    private record LatencyGoal(String label, String scenario, double rate, double p99Ms, boolean atFullDirectory) {
    }

    private static final List<ThroughputGoal> THROUGHPUT_GOALS = List.of(
            new ThroughputGoal("GET assessment by id, saturated", "get_assessment_by_id", 0.35),
            new ThroughputGoal("GET partner by id, saturated", "get_partner_by_id", 0.40),
            new ThroughputGoal("GET recommendations, saturated", "get_recommendations", 0.20));
    private static final List<LatencyGoal> LATENCY_GOALS = List.of(
            new LatencyGoal("GET assessment by id at 2,000/s", "get_assessment_by_id", 2000, 10, false),
            new LatencyGoal("completion at 300/s", "complete_assessment", 300, 25, false),
            new LatencyGoal("search at 10^5 partners at 100/s", "partner_search", 100, 50, true));
    /** The conditions the goals are stated for. */
    private static final int GOAL_SECONDS = 20;
    private static final int GOAL_WARMUP = 60;
    private static final int GOAL_RUNS = 3;
    private static final int GOAL_CONNECTIONS = 16;
    private static final int GOAL_THREADS = 2;
    private static final int GOAL_PARTNERS = 100_000;

    private RestReport() {
    }

    /** Each goal: what it asks, the measured figure, met / not met / not measured, and where the run differed. */
    static List<Map<String, Object>> goals(Map<String, Map<String, Object>> saturated,
                                           Map<String, Map<String, Object>> open) {
        List<Map<String, Object>> goals = new ArrayList<>();
        List<String> saturatedConditions = new ArrayList<>();
        if (RestBenchmarkIT.SECONDS != GOAL_SECONDS) {
            saturatedConditions.add(RestBenchmarkIT.SECONDS + " s runs (goal: " + GOAL_SECONDS + ")");
        }
        if (RestBenchmarkIT.WARMUP != GOAL_WARMUP) {
            saturatedConditions.add(RestBenchmarkIT.WARMUP + " s warm-up (" + GOAL_WARMUP + ")");
        }
        if (RestBenchmarkIT.RUNS != GOAL_RUNS) {
            saturatedConditions.add(RestBenchmarkIT.RUNS + " run(s) (" + GOAL_RUNS + ")");
        }
        if (RestBenchmarkIT.CONNECTIONS != GOAL_CONNECTIONS || RestBenchmarkIT.THREADS != GOAL_THREADS) {
            saturatedConditions.add(RestBenchmarkIT.CONNECTIONS + " connections over " + RestBenchmarkIT.THREADS
                    + " threads (" + GOAL_CONNECTIONS + " over " + GOAL_THREADS + ")");
        }
        for (ThroughputGoal goal : THROUGHPUT_GOALS) {
            Map<String, Object> row = row(goal.label(), "≥ " + goal.ratio() + " × pgbench -S tps");
            Map<String, Object> endpoint = saturated.get(goal.endpoint());
            if (endpoint == null) {
                notMeasured(row, "not run");
            } else {
                Map<?, ?> median = (Map<?, ?>) endpoint.get("median");
                double ratio = ((Number) median.get("ratio_to_pgbench_tps")).doubleValue();
                long errors = ((Number) median.get("errors")).longValue();
                row.put("measured", String.format("%.3f × (%,.0f rps ÷ %,.0f tps)%s", ratio,
                        ((Number) median.get("requests_per_second")).doubleValue(),
                        ((Number) median.get("pgbench_tps")).doubleValue(), errors == 0 ? "" : ", " + errors + " errors"));
                row.put("verdict", ratio >= goal.ratio() && errors == 0 ? "met" : "not met");
                row.put("conditions", conditions(saturatedConditions));
            }
            goals.add(row);
        }
        for (LatencyGoal goal : LATENCY_GOALS) {
            Map<String, Object> row = row(goal.label(), "p99 ≤ " + RestBenchmarkIT.key(goal.p99Ms()) + " ms");
            Map<String, Object> scenario = open.get(goal.scenario());
            Object atRate = scenario == null ? null : scenario.get(RestBenchmarkIT.key(goal.rate()));
            if (!(atRate instanceof Map<?, ?> rate)) {
                notMeasured(row, "rate " + RestBenchmarkIT.key(goal.rate()) + "/s not run");
            } else {
                double p99 = ((Number) ((Map<?, ?>) rate.get("latency_ms")).get("p99")).doubleValue();
                long sent = ((Number) rate.get("sent")).longValue();
                long ok = ((Number) rate.get("ok")).longValue();
                row.put("measured", String.format("p99 %.2f ms%s", p99, ok == sent ? "" : ", " + (sent - ok)
                        + " of " + sent + " not answered as expected"));
                row.put("verdict", p99 <= goal.p99Ms() && ok == sent ? "met" : "not met");
                List<String> conditions = new ArrayList<>();
                if (RestBenchmarkIT.SECONDS != GOAL_SECONDS) {
                    conditions.add(RestBenchmarkIT.SECONDS + " s (goal: " + GOAL_SECONDS + ")");
                }
                if (goal.atFullDirectory() && RestBenchmarkIT.PARTNERS != GOAL_PARTNERS) {
                    conditions.add(String.format("%,d partners (%,d)", RestBenchmarkIT.PARTNERS, GOAL_PARTNERS));
                }
                row.put("conditions", conditions(conditions));
            }
            goals.add(row);
        }
        return goals;
    }

    private static Map<String, Object> row(String label, String target) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("goal", label);
        row.put("target", target);
        return row;
    }

    private static void notMeasured(Map<String, Object> row, String why) {
        row.put("measured", "—");
        row.put("verdict", "not measured");
        row.put("conditions", why);
    }

    private static String conditions(List<String> deviations) {
        return deviations.isEmpty() ? "as the goal states" : "differ: " + String.join(", ", deviations);
    }

    /** "label: N failed, first: why", or "" for a run where every request got a response. */
    private static String failure(String label, Map<String, Object> run) {
        long failed = ((Number) run.get("failed")).longValue();
        return failed == 0 ? "" : label + ": " + failed + " failed, first: " + run.get("first_failure");
    }

    /** Writes {@code rest.md} and {@code rest.json} into {@code directory} and prints the markdown. */
    @SuppressWarnings("unchecked")
    static void write(Path directory, Map<String, Object> report) throws IOException {
        Map<String, Object> options = (Map<String, Object>) report.get("options");
        StringBuilder md = new StringBuilder("# REST beside pgbench -S on the same PostgreSQL\n\n");
        md.append("Machine before: ").append(report.get("machine_before")).append("  \n");
        md.append("Machine after: ").append(report.get("machine_after")).append("  \n");
        md.append("Services: JVM options ").append(report.get("service_jvm_options"))
                .append(" (as deploy/local/start); options ").append(options).append("; recommendations per set: ")
                .append(report.get("recommendations_per_set")).append("\n\n");

        List<String> failures = new ArrayList<>();
        md.append(String.format("## Saturated (closed loop: %s connections over %s threads, %s s warm-up, %s × %s s, "
                        + "medians over the runs)%n%n", options.get("connections"), options.get("threads"),
                options.get("warmup_seconds"), options.get("runs"), options.get("seconds")));
        md.append("Each run beside pgbench -S saturated right before and after it; ratio = rps ÷ mean of those two tps. "
                + "CPU seconds per run: the service, PostgreSQL, the load generator (this JVM), the machine; beside "
                + "pgbench: PostgreSQL and the pgbench client.\n\n");
        md.append("| endpoint | rps | median ms | p99 ms | pgbench -S tps | rps ÷ tps | errors "
                + "| CPU s service / postgres / generator / machine | pgbench CPU s postgres / client |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Map<String, Object>> e : ((Map<String, Map<String, Object>>) report.get("saturated"))
                .entrySet()) {
            Map<String, Object> m = (Map<String, Object>) e.getValue().get("median");
            md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s / %s / %s / %s | %s / %s |%n", e.getKey(),
                    m.get("requests_per_second"), m.get("latency_median_ms"), m.get("latency_p99_ms"),
                    m.get("pgbench_tps"), m.get("ratio_to_pgbench_tps"), m.get("errors"), m.get("cpu_seconds_service"),
                    m.get("cpu_seconds_postgres"), m.get("cpu_seconds_harness_jvm"), m.get("cpu_seconds_machine_busy"),
                    m.get("pgbench_cpu_seconds_postgres"), m.get("pgbench_cpu_seconds_client")));
            for (Map<String, Object> run : (List<Map<String, Object>>) e.getValue().get("runs")) {
                failures.add(failure(e.getKey() + " (saturated)", run));
            }
        }

        md.append(String.format("%n## Open model (request i due at start + i/rate, latency from its due time; %s s per "
                + "rate after %s s at the first rate)%n%n", options.get("seconds"), options.get("open_warmup_seconds")));
        md.append("pgbench -S -R at the same rate right after each; its latency is pgbench's own from the scheduled start "
                + "(schedule lag included, not added).\n\n");
        md.append("| scenario | offered/s | achieved/s | ok/sent | median ms | p99 ms | pgbench median | pgbench p99 "
                + "| pgbench lag p99 | p99 ÷ pgbench p99 | CPU s service / postgres / generator / machine |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        Map<String, String> serviceOf = Map.of("get_assessment_by_id", "assessment_service",
                "create_draft_assessment", "assessment_service", "complete_assessment", "assessment_service",
                "partner_search", "partner_service");
        for (Map.Entry<String, Map<String, Object>> scenario : ((Map<String, Map<String, Object>>) report
                .get("open_model")).entrySet()) {
            for (Object value : scenario.getValue().values()) {
                Map<String, Object> row = (Map<String, Object>) value;
                Map<String, Double> latency = (Map<String, Double>) row.get("latency_ms");
                Map<String, Object> pg = (Map<String, Object>) row.get("pgbench");
                Map<String, Double> pgLatency = (Map<String, Double>) pg.get("latency_ms");
                Map<String, Double> lag = (Map<String, Double>) pg.get("schedule_lag_ms");
                Map<String, Double> cpu = (Map<String, Double>) row.get("cpu_seconds");
                String rate = RestBenchmarkIT.key(((Number) row.get("offered_per_second")).doubleValue());
                md.append(String.format("| %s | %s | %s | %s/%s | %s | %s | %s | %s | %s | %s | %s / %s / %s / %s |%n",
                        scenario.getKey(), rate, row.get("achieved_per_second"), row.get("ok"),
                        row.get("sent"), latency.get("median"), latency.get("p99"), pgLatency.get("median"),
                        pgLatency.get("p99"), lag == null ? "—" : lag.get("p99"), row.get("ratio_p99_to_pgbench_p99"),
                        cpu.get(serviceOf.get(scenario.getKey())), cpu.get("postgres"), cpu.get("harness_jvm"),
                        cpu.get("machine_busy")));
                failures.add(failure(scenario.getKey() + " at " + rate + "/s", row));
            }
        }
        failures.removeIf(String::isEmpty);
        if (!failures.isEmpty()) {
            md.append("\nRequests without a response: ").append(String.join("; ", failures)).append("\n");
        }

        md.append("\n## Goals\n\n| goal | target | measured | verdict | conditions |\n|---|---|---|---|---|\n");
        for (Map<String, Object> goal : (List<Map<String, Object>>) report.get("goals")) {
            md.append(String.format("| %s | %s | %s | **%s** | %s |%n", goal.get("goal"), goal.get("target"),
                    goal.get("measured"), goal.get("verdict"), goal.get("conditions")));
        }
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("rest.md"), md);
        Files.writeString(directory.resolve("rest.json"),
                Workload.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        System.out.println("\n" + md + "\n(also in " + directory.resolve("rest.md") + " and rest.json)");
    }
}

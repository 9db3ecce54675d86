package org.smartlibrary.matching.engine;

import org.smartlibrary.testkit.bench.MachineFacts;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

import java.io.IOException;
import java.io.StringReader;
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
import java.util.Properties;

/**
 * Runs {@link EngineJmhBenchmark} (engine, pooled and scan at each size) with JMH and writes {@code engine.md} and
 * {@code engine.json}: per size the engine's median and p99 per match, the scan's median, engine / scan, the pooled
 * re-match of a consortium beside them (median, p99, pooled / individual, pooled / scan, bytes allocated per
 * operation), and how all three grow with the size (ratio between consecutive sizes and the exponent
 * {@code log(t2/t1) / log(n2/n1)}).
 *
 * <p>Started by {@code deploy/bench/engine} (a {@code main}, not a JUnit class). Options:
 * {@code --sizes 10000,100000,1000000 --pool-members 50 --forks 1 --iterations 8 --time 5 --warmup-iterations 3
 * --warmup-time 3 --heap auto --gc-profiler true --out deploy/target/bench}. Times are seconds per iteration.
 */
public final class EngineBenchmarkRunner {

    private EngineBenchmarkRunner() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of(
                "sizes", "10000,100000,1000000",
                "pool-members", String.valueOf(BenchmarkConsortium.MEMBERS),
                "forks", "1",
                "iterations", "8",
                "time", "5",
                "warmup-iterations", "3",
                "warmup-time", "3",
                "heap", "auto",
                "gc-profiler", "true",
                "out", "deploy/target/bench"));
        for (int i = 0; i < args.length; i++) {
            String key = args[i].replaceFirst("^--", "");
            if (!options.containsKey(key) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i] + " (known: "
                        + options.keySet() + ")");
            }
            options.put(key, args[++i]);
        }
        Path out = Path.of(options.get("out")).toAbsolutePath();
        Path setupDir = out.resolve("engine-setup");
        Files.createDirectories(setupDir);
        String[] sizes = options.get("sizes").split(",");
        int poolMembers = Integer.parseInt(options.get("pool-members"));
        if (poolMembers < 1) {
            throw new IllegalArgumentException("--pool-members must be at least 1, not " + poolMembers);
        }
        String heap = options.get("heap");
        if (heap.equals("auto")) {
            // 10^6 offerings: ~1 GB live (directory + index) and ~1.5 GB allocated per match
            heap = Arrays.stream(sizes).mapToLong(size -> Long.parseLong(size.trim())).max().orElse(0) > 100_000
                    ? "4g" : "1g";
        }

        Map<String, Object> machineBefore = MachineFacts.machine();
        Instant started = Instant.now();
        // one JMH run per size, engine, pooled, then scan, so the three are measured minutes apart at most, under the same load
        List<RunResult> results = new ArrayList<>();
        Map<String, Object> loadPerSize = new LinkedHashMap<>();
        for (String size : sizes) {
            String start = MachineFacts.loadAverage();
            ChainedOptionsBuilder jmh = new OptionsBuilder()
                    .include("\\." + EngineJmhBenchmark.class.getSimpleName() + "\\.")
                    .param("offerings", size.trim())
                    .param("poolMembers", String.valueOf(poolMembers))
                    .forks(Integer.parseInt(options.get("forks")))
                    .warmupIterations(Integer.parseInt(options.get("warmup-iterations")))
                    .warmupTime(TimeValue.seconds(Long.parseLong(options.get("warmup-time"))))
                    .measurementIterations(Integer.parseInt(options.get("iterations")))
                    .measurementTime(TimeValue.seconds(Long.parseLong(options.get("time"))))
                    .jvmArgs("-Xms" + heap, "-Xmx" + heap, "-Dbench.engine.setup-dir=" + setupDir)
                    .resultFormat(ResultFormatType.JSON)
                    .result(out.resolve("engine-jmh-" + size.trim() + ".json").toString());
            if (Boolean.parseBoolean(options.get("gc-profiler"))) {
                jmh.addProfiler(GCProfiler.class);
            }
            results.addAll(new Runner(jmh.build()).run());
            loadPerSize.put(size.trim(), "start " + start + ", end " + MachineFacts.loadAverage());
        }
        Duration elapsed = Duration.between(started, Instant.now());
        Map<String, Object> machineAfter = MachineFacts.machine();

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "matching engine (one library, and a consortium's pooled re-match) vs plain scan of "
                + "the same feature data (JMH SampleTime)");
        report.put("pool_members", poolMembers);
        report.put("machine_before", machineBefore);
        report.put("machine_after", machineAfter);
        report.put("jmh", Map.of("version", "1.37", "mode", "SampleTime", "forks", Integer.parseInt(options.get("forks")),
                "warmup", options.get("warmup-iterations") + " x " + options.get("warmup-time") + " s",
                "measurement", options.get("iterations") + " x " + options.get("time") + " s",
                "jvm_args", "-Xms" + heap + " -Xmx" + heap + " (default GC)"));
        report.put("elapsed_seconds", elapsed.toSeconds());
        report.put("load_average_per_size", loadPerSize);

        List<Map<String, Object>> rows = new ArrayList<>();
        for (String size : sizes) {
            Map<String, Object> row = new LinkedHashMap<>();
            int n = Integer.parseInt(size.trim());
            row.put("offerings", n);
            RunResult engine = find(results, "engine", size.trim());
            RunResult scan = find(results, "scan", size.trim());
            RunResult pooled = find(results, "pooled", size.trim());
            row.put("engine_ms", timings(engine));
            row.put("scan_ms", timings(scan));
            row.put("pooled_ms", timings(pooled));
            double engineMedian = median(engine);
            double scanMedian = median(scan);
            double pooledMedian = median(pooled);
            row.put("ratio_engine_to_scan_median", round(engineMedian / scanMedian, 1));
            row.put("engine_ns_per_offering", round(engineMedian * 1e6 / n, 2));
            row.put("scan_ns_per_offering", round(scanMedian * 1e6 / n, 3));
            row.put("engine_allocated_mib_per_match", allocatedMiB(engine));
            row.put("ratio_pooled_to_engine_median", round(pooledMedian / engineMedian, 2));
            row.put("ratio_pooled_to_engine_p99", round(p99(pooled) / p99(engine), 2));
            row.put("ratio_pooled_to_scan_median", round(pooledMedian / scanMedian, 1));
            row.put("ratio_pooled_to_scan_p99", round(p99(pooled) / p99(scan), 1));
            row.put("pooled_allocated_mib_per_match", allocatedMiB(pooled));
            Map<String, Object> allocated = new LinkedHashMap<>();
            allocated.put("engine", allocatedBytes(engine));
            allocated.put("pooled", allocatedBytes(pooled));
            allocated.put("scan", allocatedBytes(scan));
            row.put("allocated_bytes_per_op", allocated);
            row.put("setup", setupFacts(setupDir, n));
            rows.add(row);
        }
        report.put("sizes", rows);
        report.put("growth", growth(rows));
        report.put("raw_jmh_results", out.resolve("engine-jmh-<size>.json").toString());

        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(out.resolve("engine.json"), json.writeValueAsString(report));
        String md = markdown(report, rows);
        Files.writeString(out.resolve("engine.md"), md);
        System.out.println("\n" + md + "\n(also in " + out.resolve("engine.md") + " and engine.json; raw JMH: "
                + out.resolve("engine-jmh-<size>.json") + ")");
    }

    private static RunResult find(List<RunResult> results, String method, String size) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .filter(r -> size.equals(r.getParams().getParam("offerings")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no JMH result for " + method + " at " + size));
    }

    /** JMH reports µs per invocation (the benchmark's output unit); the report uses ms. */
    private static Map<String, Object> timings(RunResult result) {
        Statistics s = result.getPrimaryResult().getStatistics();
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("samples", s.getN());
        t.put("min", ms(s.getMin()));
        t.put("median", ms(s.getPercentile(50)));
        t.put("p90", ms(s.getPercentile(90)));
        t.put("p99", ms(s.getPercentile(99)));
        t.put("max", ms(s.getMax()));
        t.put("mean", ms(s.getMean()));
        return t;
    }

    private static double median(RunResult result) {
        return result.getPrimaryResult().getStatistics().getPercentile(50) / 1000.0;
    }

    private static double p99(RunResult result) {
        return result.getPrimaryResult().getStatistics().getPercentile(99) / 1000.0;
    }

    private static Double allocatedMiB(RunResult result) {
        Long bytes = allocatedBytes(result);
        return bytes == null ? null : round(bytes / (1024.0 * 1024), 2);
    }

    /** Bytes allocated per operation ({@code gc.alloc.rate.norm} of JMH's GC profiler); null without the profiler. */
    private static Long allocatedBytes(RunResult result) {
        for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
            if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
                return Math.round(secondary.getValue().getScore());
            }
        }
        return null;
    }

    private static Map<String, Object> setupFacts(Path setupDir, int size) {
        Map<String, Object> facts = new LinkedHashMap<>();
        Path file = setupDir.resolve("setup-" + size + ".properties");
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(file)));
            properties.stringPropertyNames().stream().sorted()
                    .forEach(k -> facts.put(k, Long.parseLong(properties.getProperty(k))));
        } catch (IOException | RuntimeException e) {
            facts.put("unavailable", file + ": " + e.getMessage());
        }
        return facts;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> growth(List<Map<String, Object>> rows) {
        List<Map<String, Object>> growth = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            Map<String, Object> small = rows.get(i - 1);
            Map<String, Object> large = rows.get(i);
            double sizeRatio = ((Integer) large.get("offerings")).doubleValue() / (Integer) small.get("offerings");
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("from", small.get("offerings"));
            g.put("to", large.get("offerings"));
            for (String what : List.of("engine", "pooled", "scan")) {
                for (String statistic : List.of("median", "min")) {
                    double a = (Double) ((Map<String, Object>) small.get(what + "_ms")).get(statistic);
                    double b = (Double) ((Map<String, Object>) large.get(what + "_ms")).get(statistic);
                    g.put(what + "_" + statistic + "_ratio", round(b / a, 2));
                    g.put(what + "_" + statistic + "_exponent", round(Math.log(b / a) / Math.log(sizeRatio), 2));
                }
            }
            growth.add(g);
        }
        return growth;
    }

    @SuppressWarnings("unchecked")
    private static String markdown(Map<String, Object> report, List<Map<String, Object>> rows) {
        StringBuilder md = new StringBuilder("# Matching engine vs plain scan (JMH)\n\n");
        md.append("Machine before: ").append(report.get("machine_before")).append("  \n");
        md.append("Machine after: ").append(report.get("machine_after")).append("\n\n");
        md.append("JMH: ").append(report.get("jmh")).append("; ").append(report.get("elapsed_seconds"))
                .append(" s in all.\n\n");
        md.append("| offerings | engine median ms | engine p99 ms | engine min ms | engine max ms | samples | scan median ms "
                + "| scan p99 ms "
                + "| engine / scan | engine ns per offering | scan ns per offering | engine MiB allocated per match "
                + "| candidates examined |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> row : rows) {
            Map<String, Object> e = (Map<String, Object>) row.get("engine_ms");
            Map<String, Object> s = (Map<String, Object>) row.get("scan_ms");
            Map<String, Object> setup = (Map<String, Object>) row.get("setup");
            md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    (Integer) row.get("offerings"), e.get("median"), e.get("p99"), e.get("min"), e.get("max"),
                    e.get("samples"),
                    s.get("median"), s.get("p99"), row.get("ratio_engine_to_scan_median"),
                    row.get("engine_ns_per_offering"), row.get("scan_ns_per_offering"),
                    row.get("engine_allocated_mib_per_match"), setup.get("candidates_examined")));
        }
        md.append("\nA consortium's pooled re-match (ConsortiumPool.of over ").append(report.get("pool_members"))
                .append(" members' assessments + MatchingEngine.matchPool) beside one individual match (engine) and "
                        + "the scan, same run, same load:\n\n");
        md.append("| offerings | members | pooled needs | pooled median ms | pooled p99 ms | individual median ms "
                + "| individual p99 ms | scan median ms | scan p99 ms | pooled / individual median | p99 "
                + "| pooled / scan median | p99 | bytes allocated per op: pooled | individual | scan "
                + "| pooled candidates examined |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> row : rows) {
            Map<String, Object> p = (Map<String, Object>) row.get("pooled_ms");
            Map<String, Object> e = (Map<String, Object>) row.get("engine_ms");
            Map<String, Object> s = (Map<String, Object>) row.get("scan_ms");
            Map<String, Object> setup = (Map<String, Object>) row.get("setup");
            Map<String, Object> allocated = (Map<String, Object>) row.get("allocated_bytes_per_op");
            md.append(String.format(Locale.ROOT,
                    "| %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    (Integer) row.get("offerings"), setup.get("pool_members"), setup.get("pooled_needs"),
                    p.get("median"), p.get("p99"), e.get("median"), e.get("p99"), s.get("median"), s.get("p99"),
                    row.get("ratio_pooled_to_engine_median"), row.get("ratio_pooled_to_engine_p99"),
                    row.get("ratio_pooled_to_scan_median"), row.get("ratio_pooled_to_scan_p99"),
                    bytes(allocated.get("pooled")), bytes(allocated.get("engine")), bytes(allocated.get("scan")),
                    setup.get("pooled_candidates_examined")));
        }
        md.append("\nGrowth with the size, of the median and of the minimum (the least disturbed sample on a shared "
                + "machine); exponent = log(t2/t1) / log(n2/n1), 1 = linear:\n\n");
        md.append("| from → to | engine median ratio | exponent | engine min ratio | exponent | pooled median ratio "
                + "| exponent | pooled min ratio | exponent | scan median ratio | exponent | scan min ratio "
                + "| exponent |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> g : (List<Map<String, Object>>) report.get("growth")) {
            md.append(String.format(Locale.ROOT, "| %,d → %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s "
                            + "| %s |%n",
                    (Integer) g.get("from"), (Integer) g.get("to"), g.get("engine_median_ratio"),
                    g.get("engine_median_exponent"), g.get("engine_min_ratio"), g.get("engine_min_exponent"),
                    g.get("pooled_median_ratio"), g.get("pooled_median_exponent"), g.get("pooled_min_ratio"),
                    g.get("pooled_min_exponent"), g.get("scan_median_ratio"), g.get("scan_median_exponent"),
                    g.get("scan_min_ratio"), g.get("scan_min_exponent")));
        }
        md.append("\nLoad average per size (engine, pooled and scan of one size run back to back): ")
                .append(report.get("load_average_per_size")).append("\n");
        md.append("\nSetup per size (directory generation, index build, heap after setup; the engine's admitted "
                + "candidates, examined − excluded, equal the scan's filtered count when both read the same data): ");
        for (Map<String, Object> row : rows) {
            Map<String, Object> setup = (Map<String, Object>) row.get("setup");
            md.append("\n- ").append(row.get("offerings")).append(": ").append(setup);
            if (setup.get("candidates_examined") instanceof Long examined
                    && setup.get("excluded_candidates") instanceof Long excluded
                    && setup.get("scan_candidates") instanceof Long scanned) {
                md.append(examined - excluded == scanned ? " (admitted = scan's filter)"
                        : " (admitted " + (examined - excluded) + " ≠ scan's filter " + scanned + ")");
            }
        }
        md.append("\n\nengine: MatchingEngine.match of a five-need assessment (EngineBenchmarkTest's) against an "
                + "OfferingIndex of the directory; pooled: ConsortiumPool.of over the members' assessments "
                + "(BenchmarkConsortium: the same five types recur across the members, in the same units and "
                + "currency, a few members add types of their own) and MatchingEngine.matchPool against the same "
                + "index, i.e. a consortium's re-match without reading the members' stored payloads and writing the "
                + "set; scan: one pass over the offerings' type / status / area / amount "
                + "primitive arrays with the cheapest filter + sum (Blackhole). Per-invocation times sampled by JMH "
                + "SampleTime; percentiles over all samples of all measurement iterations and forks (with fewer "
                + "than 100 samples the p99 is the max).\n");
        return md.toString();
    }

    /** Bytes with thousands separators; "n/a" without the GC profiler. */
    private static String bytes(Object value) {
        return value instanceof Long b ? String.format(Locale.ROOT, "%,d", b) : "n/a";
    }

    private static double ms(double micros) {
        return round(micros / 1000.0, micros < 100 ? 5 : micros < 1000 ? 4 : 2);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}

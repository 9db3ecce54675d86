package org.smartlibrary.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code pgbench -S} (the built-in select-only script: one primary-key SELECT on {@code pgbench_accounts} per
 * transaction) against the benchmark's PostgreSQL, as the baseline of the REST figures: what one indexed read costs
 * the same server on the same machine, measured at the same moment.
 *
 * <p>The figures of a {@link Run}, and where each comes from:
 * <ul>
 *   <li>{@code tps}: pgbench's own summary line {@code tps = ... (without initial connection time)}, i.e. the
 *       transactions completed divided by the run's duration without connection set-up. Saturated runs
 *       ({@link #saturated}) are the ceiling that REST requests per second are divided by.</li>
 *   <li>{@code latency_ms}: from the per-transaction log ({@code -l}), field 3 {@code time}, in microseconds. Without
 *       {@code -R} it runs from the transaction's actual start to its end. With {@code -R} ({@link #atRate}) it runs
 *       from the transaction's <em>scheduled</em> start, so it already contains the schedule lag — the same
 *       definition as {@link OpenLoad}'s latency from a request's due time. Nothing is added to it.</li>
 *   <li>{@code schedule_lag_ms} (with {@code -R} only): field 7, scheduled → actual start, i.e. how late pgbench's
 *       own client began a transaction. Shown for information: it is part of {@code latency_ms}, never added.</li>
 *   <li>{@code transactions}, {@code failed}: the summary's "number of transactions actually processed" and
 *       "number of failed transactions".</li>
 *   <li>{@code client_cpu_seconds}: CPU time of the pgbench process itself (user + system: the growth of this
 *       JVM's reaped-children counters, {@link CpuSample#reapedChildrenSeconds}, over the run; nothing else this JVM
 *       starts exits meanwhile), because it shares the machine's cores with the server as the REST load generator
 *       does.</li>
 * </ul>
 * Saturated runs log a sample of 1 transaction in {@value #SATURATED_LOG_SAMPLING} (writing every line would slow
 * pgbench itself); runs at a fixed rate log every transaction.
 */
final class Pgbench {

    /** Fraction of transactions a saturated run writes to its log (for the latency percentiles). */
    static final double SATURATED_LOG_SAMPLING = 0.1;

    private static final Pattern TPS = Pattern.compile("^tps = ([0-9.]+) \\(without initial connection time\\)",
            Pattern.MULTILINE);
    private static final Pattern PROCESSED = Pattern.compile("^number of transactions actually processed: (\\d+)",
            Pattern.MULTILINE);
    private static final Pattern FAILED = Pattern.compile("^number of failed transactions: (\\d+)", Pattern.MULTILINE);

    /** One run's figures (see the class comment for what each one is). */
    record Run(String mode, int seconds, int clients, int threads, Double offeredPerSecond, double tps,
               long transactions, long failed, Map<String, Double> latencyMs, Map<String, Double> scheduleLagMs,
               double clientCpuSeconds) {

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("mode", mode);
            map.put("seconds", seconds);
            map.put("clients", clients);
            map.put("threads", threads);
            if (offeredPerSecond != null) {
                map.put("offered_per_second", offeredPerSecond);
            }
            map.put("tps", Stats.round(tps));
            map.put("transactions", transactions);
            map.put("failed", failed);
            map.put("latency_ms", latencyMs);
            if (scheduleLagMs != null) {
                map.put("schedule_lag_ms", scheduleLagMs);
            }
            map.put("client_cpu_seconds", Stats.round(clientCpuSeconds));
            return map;
        }
    }

    private final String binary;
    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final Path work;
    private int runs;

    /** pgbench ({@code binary}) against database {@code pgbench} of that server; logs and output under {@code work}. */
    Pgbench(String binary, String host, int port, String user, String password, Path work) {
        this.binary = binary;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.work = work;
    }

    /** {@code pgbench -i -q -s scale}: the standard tables, {@code scale} × 100,000 accounts. */
    void initialize(int scale) throws IOException, InterruptedException {
        Output output = execute(List.of("-i", "-q", "-s", Integer.toString(scale)), null, 600);
        if (output.exit() != 0) {
            throw new IllegalStateException("pgbench -i failed:\n" + output.text());
        }
    }

    /** As fast as it can: {@code -S -c clients -j threads -T seconds}, no rate limit. */
    Run saturated(int seconds, int clients, int threads) throws IOException, InterruptedException {
        return run("saturated", seconds, clients, threads, null);
    }

    /** At a fixed rate: {@code -S -R rate}; latency from each transaction's scheduled start. */
    Run atRate(double rate, int seconds, int clients, int threads) throws IOException, InterruptedException {
        return run("rate", seconds, clients, threads, rate);
    }

    private Run run(String mode, int seconds, int clients, int threads, Double rate)
            throws IOException, InterruptedException {
        Path logs = work.resolve("run-" + (++runs));
        Files.createDirectories(logs);
        List<String> arguments = new ArrayList<>(List.of("-S", "-n", "-c", Integer.toString(clients), "-j",
                Integer.toString(threads), "-T", Integer.toString(seconds), "-l", "--log-prefix=" + logs.resolve("tx")));
        if (rate != null) {
            arguments.addAll(List.of("-R", Double.toString(rate)));
        } else {
            arguments.add("--sampling-rate=" + SATURATED_LOG_SAMPLING);
        }
        double cpuBefore = CpuSample.reapedChildrenSeconds(ProcessHandle.current().pid());
        Output output = execute(arguments, logs.resolve("output.txt"), seconds + 120L);
        double cpu = CpuSample.reapedChildrenSeconds(ProcessHandle.current().pid()) - cpuBefore;
        if (output.exit() != 0) {
            throw new IllegalStateException("pgbench " + String.join(" ", arguments) + " failed:\n" + output.text());
        }
        List<Double> latencies = new ArrayList<>();
        List<Double> lags = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("tx")).toList()) {
                try (Stream<String> lines = Files.lines(file)) {
                    lines.forEach(line -> {
                        // client_id transaction_no time script_no time_epoch time_us [schedule_lag] [retries]
                        String[] f = line.trim().split("\\s+");
                        if (f.length >= 6 && !f[2].equals("skipped") && !f[2].equals("failed")) {
                            latencies.add(Double.parseDouble(f[2]) / 1000.0);
                            if (rate != null && f.length >= 7) {
                                lags.add(Double.parseDouble(f[6]) / 1000.0);
                            }
                        }
                    });
                }
            }
        }
        return new Run(mode, seconds, clients, threads, rate, number(TPS, output.text()),
                (long) number(PROCESSED, output.text()), FAILED.matcher(output.text()).find()
                        ? (long) number(FAILED, output.text()) : 0,
                Stats.of(latencies.stream().mapToDouble(Double::doubleValue).toArray()),
                rate == null ? null : Stats.of(lags.stream().mapToDouble(Double::doubleValue).toArray()), cpu);
    }

    private static double number(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench printed no line matching " + pattern + ":\n" + text);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private record Output(int exit, String text) {
    }

    private Output execute(List<String> arguments, Path outputFile, long timeoutSeconds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary, "-h", host, "-p", Integer.toString(port), "-U", user));
        command.addAll(arguments);
        command.add("pgbench");
        Path output = outputFile != null ? outputFile : work.resolve("pgbench-init.txt");
        Files.createDirectories(output.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("PGPASSWORD", password == null ? "" : password);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("pgbench did not finish within " + timeoutSeconds + " s: " + command);
        }
        return new Output(process.exitValue(), Files.readString(output));
    }
}

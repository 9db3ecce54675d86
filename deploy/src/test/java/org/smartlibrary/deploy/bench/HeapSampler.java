package org.smartlibrary.deploy.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap of another JVM sampled every few hundred milliseconds by one {@code jstat -gc <pid> <ms>} process, which
 * reads the target's performance counters from shared memory: nothing runs inside the target, so the sampling does
 * not disturb it (unlike a {@code jcmd} or an HTTP scrape per sample). Also the heap after a full GC
 * ({@code jcmd GC.run}, then {@code GC.heap_info}): what the process really holds.
 */
final class HeapSampler implements AutoCloseable {

    /** One jstat line; sizes in MiB, GC time in seconds since the JVM started. */
    record Sample(long nanos, double usedMiB, double oldUsedMiB, double committedMiB, long collections,
                  double gcSeconds) {
    }

    private static final Pattern HEAP_INFO_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final long pid;
    private final Process jstat;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread reader;

    private HeapSampler(long pid, Process jstat) {
        this.pid = pid;
        this.jstat = jstat;
        this.reader = new Thread(this::read, "heap-sampler-" + pid);
        this.reader.setDaemon(true);
        this.reader.start();
    }

    static HeapSampler start(long pid, int intervalMillis) {
        try {
            Process jstat = new ProcessBuilder(tool("jstat"), "-gc", Long.toString(pid), intervalMillis + "ms")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return new HeapSampler(pid, jstat);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start jstat (a JDK, not a JRE, is needed)", e);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                StandardCharsets.US_ASCII))) {
            List<String> header = null;
            String line;
            while ((line = lines.readLine()) != null) {
                String[] cells = line.trim().split("\\s+");
                if (cells.length == 0 || cells[0].isEmpty()) {
                    continue;
                }
                if (!Character.isDigit(cells[0].charAt(0))) {
                    header = Arrays.asList(cells);
                    continue;
                }
                if (header != null && cells.length == header.size()) {
                    add(parse(header, cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            // jstat ends with the target JVM or when closed
        }
    }

    private static Sample parse(List<String> header, String[] cells) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int c = 0; c < cells.length; c++) {
            values.put(header.get(c), cells[c].equals("-") ? 0 : Double.parseDouble(cells[c]));
        }
        double usedKiB = values.get("S0U") + values.get("S1U") + values.get("EU") + values.get("OU");
        double committedKiB = values.get("S0C") + values.get("S1C") + values.get("EC") + values.get("OC");
        long collections = (long) (values.get("YGC") + values.get("FGC") + values.getOrDefault("CGC", 0.0));
        return new Sample(System.nanoTime(), usedKiB / 1024, values.get("OU") / 1024, committedKiB / 1024,
                collections, values.get("GCT"));
    }

    private synchronized void add(Sample sample) {
        samples.add(sample);
    }

    /** The samples taken from {@code fromNanos} to {@code toNanos} ({@link System#nanoTime()}). */
    synchronized List<Sample> between(long fromNanos, long toNanos) {
        return samples.stream().filter(s -> s.nanos() >= fromNanos && s.nanos() <= toNanos).toList();
    }

    /** Peak used, old generation and committed heap, samples, GC count and time of a window. */
    Map<String, Object> window(long fromNanos, long toNanos) {
        List<Sample> window = between(fromNanos, toNanos);
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("samples", window.size());
        if (window.isEmpty()) {
            return stats;
        }
        stats.put("peak_used_mib", round(window.stream().mapToDouble(Sample::usedMiB).max().orElse(0)));
        stats.put("peak_old_gen_used_mib", round(window.stream().mapToDouble(Sample::oldUsedMiB).max().orElse(0)));
        stats.put("peak_committed_mib", round(window.stream().mapToDouble(Sample::committedMiB).max().orElse(0)));
        Sample first = window.get(0);
        Sample last = window.get(window.size() - 1);
        stats.put("gc_collections", last.collections() - first.collections());
        stats.put("gc_seconds", round(last.gcSeconds() - first.gcSeconds()));
        return stats;
    }

    /** Runs a full GC in the target ({@code jcmd GC.run}) and returns the heap it holds after it, in MiB. */
    double usedAfterFullGc() {
        run(tool("jcmd"), Long.toString(pid), "GC.run");
        Matcher used = HEAP_INFO_USED.matcher(run(tool("jcmd"), Long.toString(pid), "GC.heap_info"));
        return used.find() ? round(Long.parseLong(used.group(2)) / 1024.0) : Double.NaN;
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JDK tool next to the running java, else from the PATH. */
    static String tool(String name) {
        Path beside = Path.of(System.getProperty("java.home"), "bin", name);
        return Files.isExecutable(beside) ? beside.toString() : name;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    @Override
    public void close() {
        jstat.destroy();
    }
}

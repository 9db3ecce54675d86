package org.smartlibrary.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU seconds of the processes a benchmark's wall time can go to, read at one instant ({@link ProcessCpu}): each
 * named process with its descendants, living or exited (PostgreSQL's postmaster with its backends, also those of
 * pgbench's connections, which end with the run), this JVM alone (the harness: load generator, its garbage collector
 * and compiler; not the pgbench processes it ran) and the whole machine's busy time.
 */
final class CpuSample {

    private final Map<String, Double> seconds;

    private CpuSample(Map<String, Double> seconds) {
        this.seconds = seconds;
    }

    /** Now, for these processes (name → pid). */
    static CpuSample of(Map<String, Long> processes) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        processes.forEach((name, pid) -> seconds.put(name, ProcessCpu.treeSeconds(pid) + reapedChildrenSeconds(pid)));
        seconds.put("harness_jvm", ProcessCpu.seconds(ProcessHandle.current().pid()));
        seconds.put("machine_busy", ProcessCpu.machineBusySeconds());
        return new CpuSample(seconds);
    }

    /**
     * CPU seconds (user + system) of the process's children that have exited and been waited for: fields
     * {@code cutime} and {@code cstime} of {@code /proc/<pid>/stat} (0 for a process that is gone).
     */
    static double reapedChildrenSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU seconds spent by each since {@code before}. */
    Map<String, Double> since(CpuSample before) {
        Map<String, Double> spent = new LinkedHashMap<>();
        seconds.forEach((name, value) -> spent.put(name, Stats.round(value - before.seconds.getOrDefault(name, 0.0))));
        return spent;
    }
}

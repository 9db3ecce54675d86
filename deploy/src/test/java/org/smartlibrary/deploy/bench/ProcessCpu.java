package org.smartlibrary.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time (user + system) of processes from Linux {@code /proc}: a process with its descendants (PostgreSQL's
 * postmaster and its backends), and the whole machine's busy time, so that a benchmark can say which process its
 * wall time went to on a shared machine.
 */
final class ProcessCpu {

    /** Clock ticks per second of /proc's counters (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    private ProcessCpu() {
    }

    /** CPU seconds of the process and all its descendants (0 for a process that is gone). */
    static double treeSeconds(long pid) {
        double seconds = seconds(pid);
        var handle = ProcessHandle.of(pid);
        if (handle.isPresent()) {
            seconds += handle.get().descendants().mapToDouble(p -> seconds(p.pid())).sum();
        }
        return seconds;
    }

    /** CPU seconds of one process: utime + stime of /proc/<pid>/stat. */
    static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Busy CPU seconds of the whole machine (all cores): user, nice, system, irq and softirq of /proc/stat. */
    static double machineBusySeconds() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] cpu = lines.get(0).trim().split("\\s+");
            long busy = 0;
            for (int f = 1; f < Math.min(cpu.length, 8); f++) {
                if (f != 4 && f != 5) { // not idle, iowait (nor steal, guest: from field 8 on)
                    busy += Long.parseLong(cpu[f]);
                }
            }
            return busy / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}

package org.smartlibrary.testkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine a benchmark, fault or fuzz report was measured on (Linux /proc): cores, CPU model, memory, load
 * average, JDK and time. Every report states it, because these machines are shared and noisy.
 */
public final class MachineFacts {

    private MachineFacts() {
    }

    public static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("nproc", Runtime.getRuntime().availableProcessors());
        machine.put("cpu_model", cpuModel());
        machine.put("memory_total_mb", meminfoMib("MemTotal:"));
        machine.put("memory_available_mb", meminfoMib("MemAvailable:"));
        machine.put("load_average", loadAverage());
        machine.put("java", System.getProperty("java.version"));
        machine.put("time", Instant.now().toString());
        return machine;
    }

    /** /proc/loadavg as it reads ("unknown" where there is none). */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Long meminfoMib(String key) {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith(key))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}

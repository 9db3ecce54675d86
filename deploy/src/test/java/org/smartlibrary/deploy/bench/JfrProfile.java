package org.smartlibrary.deploy.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a JVM's CPU went during a window, from the execution samples of a Java Flight Recorder recording
 * ({@code jdk.ExecutionSample}: threads running Java code, not those waiting for the database): samples per thread
 * pool, per package of the running method (self time), the top running methods, and the methods of the project that
 * were on the stack (inclusive time).
 */
final class JfrProfile {

    private static final List<String> PACKAGE_GROUPS = List.of("org.smartlibrary", "org.hibernate", "org.postgresql",
            "io.agroal", "com.arjuna", "io.narayana", "com.fasterxml.jackson", "org.hibernate.validator",
            "io.smallrye", "io.quarkus", "io.vertx", "io.netty", "org.jboss", "org.apache.kafka", "java.util.regex",
            "java.text", "java.math", "java.util", "java.lang", "java.time", "jdk.internal", "sun.nio", "java.io",
            "java.nio");

    /** Frames of classes Quarkus generates around the project's beans and endpoints, and of lambdas. */
    private static final Pattern GENERATED = Pattern.compile(
            "_Subclass|_ClientProxy|_ScheduledInvoker|\\$quarkusrestinvoker\\$|\\$\\$Lambda|\\.lambda\\$");

    private JfrProfile() {
    }

    /** The execution samples of {@code recording} from {@code from} to {@code to}, summarized (top {@code top}). */
    static Map<String, Object> summarize(Path recording, Instant from, Instant to, int top) throws IOException {
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> projectInclusive = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getEventType().getName().equals("jdk.ExecutionSample")
                        && !event.getStartTime().isBefore(from) && !event.getStartTime().isAfter(to)
                        && event.getStackTrace() != null && !event.getStackTrace().getFrames().isEmpty()) {
                    samples++;
                    count(event, threads, packages, self, projectInclusive);
                }
            }
        }
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("execution_samples", samples);
        profile.put("by_thread_pool", shares(threads, samples, top));
        profile.put("self_by_package", shares(packages, samples, top));
        profile.put("self_top_methods", shares(self, samples, top));
        profile.put("project_methods_on_stack", shares(projectInclusive, samples, top));
        return profile;
    }

    private static void count(RecordedEvent event, Map<String, Integer> threads, Map<String, Integer> packages,
                              Map<String, Integer> self, Map<String, Integer> projectInclusive) {
        RecordedThread thread = event.getThread("sampledThread");
        threads.merge(threadPool(thread == null ? null : thread.getJavaName()), 1, Integer::sum);
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        String running = name(frames.get(0).getMethod());
        self.merge(running, 1, Integer::sum);
        packages.merge(packageGroup(running), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
            String method = name(frame.getMethod());
            if (method.startsWith("org.smartlibrary.") && !GENERATED.matcher(method).find() && seen.add(method)) {
                projectInclusive.merge(method, 1, Integer::sum);
            }
        }
    }

    private static String name(RecordedMethod method) {
        return method == null ? "?" : method.getType().getName() + "." + method.getName();
    }

    /** A thread's name without its number: executor-thread-3 is executor-thread. */
    private static String threadPool(String name) {
        return name == null ? "?" : name.replaceAll("[-#\\s]*\\d+$", "");
    }

    /** The longest of {@link #PACKAGE_GROUPS} the method is in, else "other". */
    private static String packageGroup(String method) {
        String longest = "other";
        int length = 0;
        for (String group : PACKAGE_GROUPS) {
            if (method.startsWith(group + ".") && group.length() > length) {
                longest = group;
                length = group.length();
            }
        }
        return longest;
    }

    /** The {@code top} largest counts as "percent (count)", largest first. */
    private static Map<String, String> shares(Map<String, Integer> counts, int total, int top) {
        Map<String, String> shares = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> shares.put(e.getKey(), String.format(java.util.Locale.ROOT, "%.1f %% (%d)",
                        100.0 * e.getValue() / Math.max(1, total), e.getValue())));
        return shares;
    }
}

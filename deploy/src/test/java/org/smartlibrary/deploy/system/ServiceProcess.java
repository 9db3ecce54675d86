package org.smartlibrary.deploy.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged service (its quarkus-run.jar) running as a separate JVM process, configured by environment. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * The JVM options the system tests, the fault harness and the fuzzer run the services with: the shipped heap, and
     * only the C1 compiler (a faster start; throughput is not what they measure).
     */
    public static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx384m", "-XX:TieredStopAtLevel=1");

    /**
     * The JVM options the services ship with: those deploy/local/start gives every service (its SLP_SERVICE_JAVA_OPTS
     * default), both JIT compilers. Benchmarks run the services with these.
     */
    public static final List<String> SHIPPED_JVM_OPTIONS = List.of("-Xms64m", "-Xmx384m");

    private static final String JAR = "quarkus-run.jar";

    /**
     * The class-data archive the package carries (quarkus.package.jar.appcds.enabled), used when present, as
     * deploy/local/start uses it.
     */
    private static final String CLASS_DATA_ARCHIVE = "app-cds.jsa";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Path repository;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private volatile Process process;
    private volatile long launchedNanos = System.nanoTime();
    private volatile Duration startup;

    private ServiceProcess(String name, int port, Path log, Path repository, Map<String, String> environment,
                           List<String> jvmOptions, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.repository = repository;
        this.environment = Map.copyOf(environment);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.process = process;
    }

    /** Starts {@code <repo>/<name>/target/quarkus-app/quarkus-run.jar} with this environment and {@link #JVM_OPTIONS}. */
    public static ServiceProcess start(Path repository, String name, int port, Map<String, String> environment) {
        return start(repository, name, port, environment, JVM_OPTIONS);
    }

    /** As {@link #start(Path, String, int, Map)}, with these JVM options (kept for restarts and replicas). */
    public static ServiceProcess start(Path repository, String name, int port, Map<String, String> environment,
                                       List<String> jvmOptions) {
        Path log = repository.resolve("deploy/target/system-test-logs").resolve(name + ".log");
        return new ServiceProcess(name, port, log, repository, environment, jvmOptions,
                launch(repository, name, port, log, environment, jvmOptions));
    }

    /**
     * Starts another replica of this service: the same package and environment (so the same database, broker and
     * consumer group) on {@code port}, logging to {@code <name>-<port>.log}. The caller closes it.
     */
    public ServiceProcess startReplica(int port) {
        Path replicaLog = log.resolveSibling(name + "-" + port + ".log");
        return new ServiceProcess(name, port, replicaLog, repository, environment, jvmOptions,
                launch(repository, name, port, replicaLog, environment, jvmOptions));
    }

    private static Process launch(Path repository, String name, int port, Path log, Map<String, String> environment,
                                  List<String> jvmOptions) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = processOf(repository.resolve(name).resolve("target/quarkus-app"), jvmOptions)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /**
     * How every harness launches a packaged service ({@code <service>/target/quarkus-app}): the JDK's java with these
     * options, its class-data archive when the package carries one, from the package's directory (as
     * deploy/local/start: the archive names the jar relative to it).
     */
    public static ProcessBuilder processOf(Path application, List<String> jvmOptions) {
        if (!Files.isRegularFile(application.resolve(JAR))) {
            throw new IllegalStateException(application.resolve(JAR) + " is missing: package the services first "
                    + "(./mvnw package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (Files.isRegularFile(application.resolve(CLASS_DATA_ARCHIVE))) {
            command.add("-XX:SharedArchiveFile=" + CLASS_DATA_ARCHIVE);
        }
        command.addAll(List.of("-jar", JAR));
        return new ProcessBuilder(command).directory(application.toFile());
    }

    /** Waits until /q/health/ready answers 200, or fails with the tail of the log. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    if (startup == null) {
                        startup = Duration.ofNanos(System.nanoTime() - launchedNanos);
                    }
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " not ready within " + timeout + ":\n" + logTail());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String name() {
        return name;
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** kill -9: {@link Process#destroyForcibly()} is SIGKILL on Linux; returns once the JVM is gone. */
    public void kill() {
        Process current = process;
        current.destroyForcibly();
        try {
            if (!current.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the service again on the same port with the same environment (so the same database and group). */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launchedNanos = System.nanoTime();
        startup = null;
        process = launch(repository, name, port, log, environment, jvmOptions);
    }

    /** Launch to the first ready answer of the current JVM (null until {@link #awaitReady} has seen it ready). */
    public Duration startup() {
        return startup;
    }

    /** Resident set size of the current JVM in MiB ({@code VmRSS} of /proc), or -1 if unknown. */
    public long rssMiB() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024)
                    .findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The operating-system process id of the current JVM (for SIGSTOP / SIGCONT). */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Map<String, String> environment() {
        return environment;
    }

    /** SIGTERM, then SIGKILL if it does not stop in time. */
    @Override
    public void close() {
        Process process = this.process;
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

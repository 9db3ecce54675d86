package org.smartlibrary.deploy.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A real PostgreSQL 17 server in a JVM of its own: the embedded-PostgreSQL launcher of the local stack
 * ({@code deploy/local/postgres}, built into {@code .work/local/lib/postgres}) on a fixed port and a persistent data
 * directory, with the role {@code slp}/{@code slp} and the databases {@code assessment}, {@code partner},
 * {@code matching}. A harness can stop it immediately (SIGQUIT to the postmaster, which is what
 * {@code pg_ctl stop -m immediate} sends: no checkpoint, crash recovery at the next start) and start it again on
 * the same port and data directory.
 */
public final class PostgresProcess implements AutoCloseable, Suite.Databases {

    private final Path libs;
    private final Path directory;
    private final Path log;
    private final int port;
    private volatile Process launcher;

    private PostgresProcess(Path libs, Path directory, int port) {
        this.libs = libs;
        this.directory = directory;
        this.log = directory.resolve("postgres.log");
        this.port = port;
    }

    /** The launcher jars: system property {@code slp.postgres.libs}, default {@code <repo>/.work/local/lib/postgres}. */
    public static Path defaultLibs(Path repository) {
        String configured = System.getProperty("slp.postgres.libs", "");
        return configured.isBlank() ? repository.resolve(".work/local/lib/postgres") : Path.of(configured);
    }

    /** Starts on a free port with a new data directory under {@code directory} (which should be empty). */
    public static PostgresProcess start(Path libs, Path directory) {
        if (!Files.isRegularFile(libs.resolve("local-postgres-0.1.0-SNAPSHOT.jar"))) {
            throw new IllegalStateException("no PostgreSQL launcher in " + libs + ": build it with ./mvnw -f "
                    + "deploy/local/postgres/pom.xml -Dlocal.work.dir=.work/local package dependency:copy-dependencies");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PostgresProcess postgres = new PostgresProcess(libs, directory, Suite.freePort());
        postgres.launch();
        return postgres;
    }

    private void launch() {
        Path portFile = directory.resolve("port");
        try {
            Files.deleteIfExists(portFile);
            launcher = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms32m", "-Xmx128m",
                    "-cp", libs.toAbsolutePath() + "/*", "org.smartlibrary.deploy.local.LocalPostgres", "run",
                    "--data-dir", directory.resolve("data").toString(), "--work-dir", directory.resolve("bin").toString(),
                    "--port", Integer.toString(port), "--fallback-port", Integer.toString(port),
                    "--port-file", portFile.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL", e);
        }
        await("PostgreSQL ready on " + port).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!launcher.isAlive()) {
                        throw new IllegalStateException("PostgreSQL launcher exited with " + launcher.exitValue()
                                + ", see " + log);
                    }
                    return Files.exists(portFile);
                });
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public String user() {
        return "slp";
    }

    @Override
    public String password() {
        return "slp";
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            Path pidFile = directory.resolve("data/postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            return ProcessHandle.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Immediate shutdown: SIGQUIT to the postmaster (as {@code pg_ctl -m immediate}); open connections break, no
     * checkpoint. Returns once the server and its launcher are gone.
     */
    public void stopImmediately() {
        ProcessHandle postmaster = postmaster().orElseThrow(() -> new IllegalStateException("no postmaster running"));
        signal("QUIT", postmaster.pid());
        await("postmaster gone").atMost(Duration.ofSeconds(60)).until(() -> !postmaster.isAlive());
        // the launcher notices within 2 s and exits
        try {
            if (!launcher.waitFor(30, TimeUnit.SECONDS)) {
                launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts again on the same port and data directory (crash recovery runs if it was stopped immediately). */
    public void restart() {
        if (launcher.isAlive()) {
            throw new IllegalStateException("PostgreSQL is still running");
        }
        launch();
    }

    static void signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGSTOP / SIGCONT of a process (to pause a service). */
    public static void pause(long pid) {
        signal("STOP", pid);
    }

    public static void resume(long pid) {
        signal("CONT", pid);
    }

    public Path log() {
        return log;
    }

    /** SIGTERM to the launcher, which stops PostgreSQL cleanly. */
    @Override
    public void close() {
        Process current = launcher;
        current.destroy();
        try {
            if (!current.waitFor(60, TimeUnit.SECONDS)) {
                current.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                postmaster().ifPresent(p -> signal("QUIT", p.pid()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.destroyForcibly();
        }
    }
}

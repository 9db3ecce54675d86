package org.smartlibrary.deploy.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What every harness command (fault injection, benchmarks, fuzzing) runs against: a real PostgreSQL and a real Kafka
 * broker as separate processes and the three packaged services (copied first), under {@code deploy/target/<name>/}.
 * Stops everything when closed — also when the run is interrupted (Ctrl-C), so nothing is left orphaned.
 */
public final class Infrastructure implements AutoCloseable {

    private final Path workDirectory;
    private PostgresProcess postgres;
    private KafkaProcess kafka;
    private Suite suite;

    private Infrastructure(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    /**
     * Fresh data under {@code deploy/target/<name>/}; matching-service joins {@code consumerGroup}; the services run
     * with {@link ServiceProcess#JVM_OPTIONS}.
     */
    public static Infrastructure start(String name, String consumerGroup) throws IOException {
        return start(name, consumerGroup, ServiceProcess.JVM_OPTIONS);
    }

    /** As {@link #start(String, String)}, the services with these JVM options (a benchmark: the shipped ones). */
    public static Infrastructure start(String name, String consumerGroup, List<String> jvmOptions) throws IOException {
        Path repository = Suite.repositoryRoot();
        Infrastructure infrastructure = new Infrastructure(repository.resolve("deploy/target").resolve(name));
        for (String directory : new String[] {"postgres", "kafka", "apps"}) {
            Workload.deleteRecursively(infrastructure.workDirectory.resolve(directory));
        }
        Files.createDirectories(infrastructure.workDirectory);
        Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "harness-stop"));
        infrastructure.postgres = PostgresProcess.start(PostgresProcess.defaultLibs(repository),
                infrastructure.workDirectory.resolve("postgres"));
        infrastructure.kafka = KafkaProcess.start(KafkaProcess.defaultLibs(repository),
                infrastructure.workDirectory.resolve("kafka"));
        infrastructure.suite = Suite.launch(infrastructure.postgres, infrastructure.kafka.bootstrapServers(),
                consumerGroup, Suite.snapshotApplications(infrastructure.workDirectory.resolve("apps")), jvmOptions);
        return infrastructure;
    }

    public Path workDirectory() {
        return workDirectory;
    }

    public PostgresProcess postgres() {
        return postgres;
    }

    public KafkaProcess kafka() {
        return kafka;
    }

    public Suite suite() {
        return suite;
    }

    @Override
    public synchronized void close() {
        stopAll(suite, kafka, postgres);
        suite = null;
        kafka = null;
        postgres = null;
    }

    /** Stops each of these that is running, in this order; a failure to stop one is reported and the rest go on. */
    public static void stopAll(AutoCloseable... closeables) {
        for (AutoCloseable closeable : closeables) {
            if (closeable != null) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    System.err.println("could not stop " + closeable + ": " + e);
                }
            }
        }
    }
}

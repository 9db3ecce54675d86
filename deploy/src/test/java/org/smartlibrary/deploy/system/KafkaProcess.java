package org.smartlibrary.deploy.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A single-node Apache Kafka broker (KRaft, broker + controller) as a separate JVM from the Kafka jars of the
 * local stack ({@code deploy/local/kafka}, copied to {@code .work/local/lib/kafka}), so that a harness can kill it
 * ({@code kill -9}) and start it again on the same ports and log directory.
 */
public final class KafkaProcess implements AutoCloseable {

    private final Path libs;
    private final Path directory;
    private final Path config;
    private final Path log;
    private final int port;
    private volatile Process process;

    private KafkaProcess(Path libs, Path directory, int port) {
        this.libs = libs;
        this.directory = directory;
        this.config = directory.resolve("server.properties");
        this.log = directory.resolve("kafka.log");
        this.port = port;
    }

    /** The jars: system property {@code slp.kafka.libs}, default {@code <repo>/.work/local/lib/kafka}. */
    public static Path defaultLibs(Path repository) {
        String configured = System.getProperty("slp.kafka.libs", "");
        return configured.isBlank() ? repository.resolve(".work/local/lib/kafka") : Path.of(configured);
    }

    /** Formats a fresh log directory under {@code directory} and starts the broker on free ports. */
    public static KafkaProcess start(Path libs, Path directory) {
        if (!Files.isRegularFile(libs.resolve("kafka-clients-4.1.2.jar")) && !hasKafkaJar(libs)) {
            throw new IllegalStateException("no Kafka jars in " + libs
                    + ": fetch them with ./mvnw -f deploy/local/kafka/pom.xml dependency:copy-dependencies"
                    + " -DincludeScope=runtime -DoutputDirectory=" + libs);
        }
        int port = Suite.freePort();
        int controllerPort = Suite.freePort();
        KafkaProcess kafka = new KafkaProcess(libs, directory, port);
        try {
            Files.createDirectories(directory);
            Path data = directory.resolve("data");
            Files.writeString(kafka.config, String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                    "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                    "log.dirs=" + data.toAbsolutePath(),
                    "num.partitions=6",
                    "default.replication.factor=1",
                    "min.insync.replicas=1",
                    "offsets.topic.replication.factor=1",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "share.coordinator.state.topic.replication.factor=1",
                    "share.coordinator.state.topic.min.isr=1",
                    "auto.create.topics.enable=false",
                    "group.initial.rebalance.delay.ms=0",
                    // a loaded machine can stall the controller; do not fence the broker too eagerly. After a kill -9
                    // the restarted broker waits for its old registration to expire (this long) before it is unfenced
                    "broker.session.timeout.ms=12000",
                    "broker.heartbeat.interval.ms=2000",
                    "") );
            String clusterId = kafka.tool("kafka.tools.StorageTool", "random-uuid").trim();
            kafka.tool("kafka.tools.StorageTool", "format", "--standalone", "-t", clusterId, "-c", kafka.config.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kafka.launch();
        return kafka;
    }

    private static boolean hasKafkaJar(Path libs) {
        try (var files = Files.list(libs)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("kafka_2.13-"));
        } catch (IOException e) {
            return false;
        }
    }

    private List<String> java(String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx512m", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + Suite.repositoryRoot().resolve("deploy/local/kafka/log4j2.yaml"),
                "-Dkafka.logs.dir=" + directory.toAbsolutePath(),
                "-cp", libs.toAbsolutePath() + "/*"));
        command.addAll(List.of(arguments));
        return command;
    }

    private String tool(String... arguments) throws IOException {
        Process tool = new ProcessBuilder(java(arguments)).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        String output = new String(tool.getInputStream().readAllBytes());
        try {
            if (!tool.waitFor(120, TimeUnit.SECONDS) || tool.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", arguments) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return output;
    }

    private void launch() {
        try {
            process = new ProcessBuilder(java("kafka.Kafka", config.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Kafka", e);
        }
        awaitListening(Duration.ofSeconds(90));
    }

    private void awaitListening(Duration timeout) {
        await("Kafka listening on " + port).atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with " + process.exitValue() + ", see " + log);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** kill -9 of the broker JVM; returns once it is gone. */
    public void kill() {
        Process current = process;
        current.destroyForcibly();
        try {
            current.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the broker again on the same ports and log directory (no reformatting). */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("Kafka is still running");
        }
        launch();
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        Process current = process;
        current.destroy();
        try {
            if (!current.waitFor(30, TimeUnit.SECONDS)) {
                current.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.destroyForcibly();
        }
    }
}

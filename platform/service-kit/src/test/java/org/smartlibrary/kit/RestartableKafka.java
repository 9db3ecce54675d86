package org.smartlibrary.kit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * A real broker of the kit's own, on a fixed port with a fixed log directory, so a test can stop it (the
 * broker is unavailable) and start it again (the same cluster comes back with its data).
 */
public class RestartableKafka implements QuarkusTestResourceLifecycleManager {

    private static final String CLUSTER_ID = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
    private static int port;
    private static int controllerPort;
    private static Path logDir;
    private static EmbeddedKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        try {
            port = freePort();
            controllerPort = freePort();
            logDir = Files.createTempDirectory("kit-kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startBroker();
        return Map.of("kafka.bootstrap.servers", broker.getAdvertisedListeners());
    }

    public static synchronized void stopBroker() {
        broker.close();
    }

    public static synchronized void startBroker() {
        broker = new EmbeddedKafkaBroker()
                .withKafkaHost("127.0.0.1")
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withClusterId(CLUSTER_ID)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(properties -> {
                    properties.put("log.dirs", logDir.toString());
                    properties.put("group.initial.rebalance.delay.ms", "0");
                    properties.put("broker.session.timeout.ms", "30000");
                })
                .start();
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.smartlibrary.testkit;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * One real Kafka broker (KRaft, in-process) per test JVM, or an external one named by
 * {@code SLP_TEST_KAFKA_BOOTSTRAP_SERVERS}. Tests on a shared external broker must use their own group ids.
 */
public final class TestKafka {

    private static TestKafka shared;

    private final String bootstrapServers;

    private TestKafka(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public static synchronized TestKafka shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static TestKafka start() {
        String external = System.getenv("SLP_TEST_KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            return new TestKafka(external);
        }
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withKafkaHost("127.0.0.1")
                .withDeleteLogDirsOnClose(true)
                .withAdditionalProperties(properties -> {
                    properties.put("group.initial.rebalance.delay.ms", "0");
                    // a loaded CI machine can stall the in-process controller; do not fence the broker for it
                    properties.put("broker.session.timeout.ms", "30000");
                    properties.put("broker.heartbeat.interval.ms", "2000");
                });
        broker.start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "test-kafka-stop"));
        return new TestKafka(broker.getAdvertisedListeners());
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }
}

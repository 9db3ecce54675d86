package org.smartlibrary.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points the service under test at the shared real Kafka broker. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", TestKafka.shared().bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker is shared by every test class of this JVM and stops with it
    }
}

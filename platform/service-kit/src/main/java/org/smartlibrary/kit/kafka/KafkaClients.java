package org.smartlibrary.kit.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;

/**
 * Plain Kafka clients built from the {@code kafka.*} configuration. The producer is idempotent with
 * {@code acks=all}; consumers never auto-commit (offsets are committed after the database transaction).
 */
@ApplicationScoped
public class KafkaClients {

    private static final String ADMIN_ONLY_PREFIXES = "admin.";

    private final Map<String, Object> brokerConfig;
    private KafkaProducer<String, String> producer;

    @Inject
    public KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> brokerConfig) {
        this.brokerConfig = Map.copyOf(brokerConfig);
    }

    /** The service's one shared producer (thread-safe). */
    public synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig(Map.of()));
        }
        return producer;
    }

    /** A new producer with extra settings; the caller closes it. */
    public KafkaProducer<String, String> newProducer(Map<String, Object> overrides) {
        return new KafkaProducer<>(producerConfig(overrides));
    }

    /** A new producer with its own serializers (e.g. raw bytes to forward records unchanged); the caller closes it. */
    public <K, V> KafkaProducer<K, V> newProducer(Serializer<K> keySerializer, Serializer<V> valueSerializer,
                                                  Map<String, Object> overrides) {
        Map<String, Object> config = producerConfig(overrides);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        return new KafkaProducer<>(config, keySerializer, valueSerializer);
    }

    /** A new consumer in this group; the caller owns it (consumers are not thread-safe) and closes it. */
    public KafkaConsumer<String, String> newConsumer(String groupId, Map<String, Object> overrides) {
        return newConsumer(groupId, new StringDeserializer(), new StringDeserializer(), overrides);
    }

    /**
     * A new consumer in this group with its own deserializers, e.g. raw bytes for a consumer that must keep
     * undecodable records as they were; same settings otherwise.
     */
    public <K, V> KafkaConsumer<K, V> newConsumer(String groupId, Deserializer<K> keyDeserializer,
                                                  Deserializer<V> valueDeserializer, Map<String, Object> overrides) {
        Map<String, Object> config = common();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // a replica killed without leaving the group holds its partitions until the session times out:
        // 10 s instead of Kafka's 45 s lets a restarted or surviving replica take over sooner
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        config.putAll(overrides);
        return new KafkaConsumer<>(config, keyDeserializer, valueDeserializer);
    }

    public Admin newAdmin() {
        Map<String, Object> config = common();
        config.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        return Admin.create(config);
    }

    public String bootstrapServers() {
        return String.valueOf(brokerConfig.get("bootstrap.servers"));
    }

    private Map<String, Object> producerConfig(Map<String, Object> overrides) {
        Map<String, Object> config = common();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 1);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.putAll(overrides);
        return config;
    }

    private Map<String, Object> common() {
        Map<String, Object> config = new HashMap<>();
        brokerConfig.forEach((key, value) -> {
            if (!key.startsWith(ADMIN_ONLY_PREFIXES)) {
                config.put(key, value);
            }
        });
        return config;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}

package org.smartlibrary.partner.events;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Reads the partner-directory topic from the beginning, as a consumer of its own group, and keeps every record. */
public final class DirectoryTopic implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

    public DirectoryTopic() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ConsumerConfig.GROUP_ID_CONFIG, "partner-directory-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        consumer.subscribe(List.of(PartnerDirectoryEvents.TOPIC));
    }

    /** Waits until the record for which {@code last} holds has arrived for this key; returns the key's records. */
    public List<ConsumerRecord<String, String>> until(String key, java.util.function.Predicate<ConsumerRecord<String, String>> last) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            return forKey(key).stream().anyMatch(last);
        });
        return forKey(key);
    }

    public List<ConsumerRecord<String, String>> forKey(String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}

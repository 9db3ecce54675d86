package org.smartlibrary.assessment.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.smartlibrary.kit.kafka.KafkaClients;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a whole topic from the beginning (no consumer group, no rebalancing). */
final class TopicRecords implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    TopicRecords(KafkaClients clients, String topic) {
        consumer = clients.newConsumer("assessment-service-test", Map.of());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30))
                .stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Everything received so far with this key, after one more poll. */
    List<ConsumerRecord<String, String>> withKey(String key) {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
        return received.stream().filter(record -> key.equals(record.key())).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}

package org.smartlibrary.kit.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;
import java.util.Optional;

/** Topics a service creates at startup, and how. */
@ConfigMapping(prefix = "slp.kafka")
public interface KafkaConfig {

    /** Off where the platform owns topics (e.g. Strimzi KafkaTopic resources). */
    @WithDefault("true")
    boolean createTopics();

    @WithDefault("6")
    int topicPartitions();

    @WithDefault("1")
    short replicationFactor();

    /** The topics this service produces to or consumes from, by name. */
    Map<String, Topic> topics();

    interface Topic {
        /** Overrides {@code slp.kafka.topic-partitions} for this topic. */
        Optional<Integer> partitions();

        /** A compacted topic keeps the latest record per key (e.g. partner-directory). */
        @WithDefault("false")
        boolean compacted();
    }
}

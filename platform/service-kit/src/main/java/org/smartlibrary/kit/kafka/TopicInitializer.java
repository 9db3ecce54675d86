package org.smartlibrary.kit.kafka;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the service's topics at startup (partition counts, compaction). Existing topics are left as they are.
 * If the broker is not reachable the service still starts; producers and consumers retry on their own.
 */
@ApplicationScoped
public class TopicInitializer {

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    void onStart(@Observes StartupEvent event, KafkaConfig config, KafkaClients clients) {
        if (!config.createTopics() || config.topics().isEmpty()) {
            return;
        }
        List<NewTopic> topics = new ArrayList<>();
        config.topics().forEach((name, topic) -> {
            NewTopic newTopic = new NewTopic(name, topic.partitions().orElse(config.topicPartitions()),
                    config.replicationFactor());
            if (topic.compacted()) {
                newTopic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            }
            topics.add(newTopic);
        });
        try (Admin admin = clients.newAdmin()) {
            admin.createTopics(topics).values().forEach((name, future) -> {
                try {
                    future.get(30, TimeUnit.SECONDS);
                    LOG.infof("created topic %s", name);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        LOG.warnf("could not create topic %s: %s", name, e.getCause().getMessage());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.TimeoutException e) {
                    LOG.warnf("timed out creating topic %s; is the broker up?", name);
                }
            });
        }
    }
}

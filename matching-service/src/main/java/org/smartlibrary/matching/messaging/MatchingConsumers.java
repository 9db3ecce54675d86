package org.smartlibrary.matching.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.config.MatchingConfig;
import org.smartlibrary.matching.service.PartnerReadModel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts one poll thread per consumed topic once the partner read model is loaded from the database, and stops
 * them cleanly on shutdown. Values are read as raw bytes so a poison record is dead-lettered byte for byte.
 */
@ApplicationScoped
public class MatchingConsumers {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    @Inject
    MatchingConfig config;

    @Inject
    KafkaClients clients;

    @Inject
    EventDecoder decoder;

    @Inject
    DeadLetterPublisher deadLetters;

    @Inject
    ConsumerMetrics metrics;

    @Inject
    PartnerReadModel readModel;

    @Inject
    AssessmentCompletedHandler assessments;

    @Inject
    PartnerDirectoryHandler partners;

    @Inject
    LibraryDirectoryHandler libraries;

    private final List<ConsumerLoop> loops = new ArrayList<>();

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 100) StartupEvent event) {
        readModel.refresh();
        if (!config.consumer().enabled()) {
            return;
        }
        String group = config.consumer().groupId();
        loops.add(create(config.consumer().partnerTopic(), group, EventContract.PARTNER_DIRECTORY, partners));
        loops.add(create(config.consumer().assessmentTopic(), group, EventContract.ASSESSMENT_COMPLETED, assessments));
        loops.add(create(config.consumer().libraryTopic(), group, EventContract.LIBRARY_DIRECTORY, libraries));
        loops.forEach(ConsumerLoop::start);
    }

    void onStop(@Observes ShutdownEvent event) {
        loops.forEach(loop -> loop.stop(STOP_TIMEOUT));
        loops.clear();
    }

    /** A consumer loop over any topic with this contract (the service's three, or a test's own). Not started. */
    public ConsumerLoop create(String topic, String groupId, EventContract contract, RecordHandler handler) {
        var consumer = clients.newConsumer(groupId, new ByteArrayDeserializer(), new ByteArrayDeserializer(),
                Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.consumer().maxPollRecords(),
                        ConsumerConfig.CLIENT_ID_CONFIG, "matching-" + topic + "-" + System.identityHashCode(this)
                                + "-" + loops.size()));
        return new ConsumerLoop(consumer, topic, groupId, contract, decoder, handler, deadLetters, metrics,
                config.consumer());
    }

    public boolean running() {
        return !loops.isEmpty() && loops.stream().allMatch(ConsumerLoop::isAlive);
    }
}

package org.smartlibrary.matching.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicLong;

/** Consumer counters and the lag gauge (Micrometer; /q/metrics). */
@ApplicationScoped
public class ConsumerMetrics {

    @Inject
    MeterRegistry registry;

    /** Registers a topic's counters at zero, so dashboards and alerts see them before the first event. */
    public void register(String topic) {
        for (RecordHandler.Outcome outcome : RecordHandler.Outcome.values()) {
            if (outcome != RecordHandler.Outcome.DUPLICATE) {
                registry.counter("slp.matching.events.processed", "topic", topic, "outcome",
                        outcome.name().toLowerCase());
            }
        }
        registry.counter("slp.matching.events.duplicates", "topic", topic);
        registry.counter("slp.matching.events.retries", "topic", topic);
    }

    public void outcome(String topic, RecordHandler.Outcome outcome) {
        if (outcome == RecordHandler.Outcome.DUPLICATE) {
            registry.counter("slp.matching.events.duplicates", "topic", topic).increment();
        } else {
            registry.counter("slp.matching.events.processed", "topic", topic,
                    "outcome", outcome.name().toLowerCase()).increment();
        }
    }

    public void deadLettered(String topic, DeadLetterReason reason) {
        registry.counter("slp.matching.events.dead.lettered", "topic", topic, "reason", reason.name()).increment();
    }

    public void retried(String topic) {
        registry.counter("slp.matching.events.retries", "topic", topic).increment();
    }

    /** Records behind the end of the assigned partitions (sum), updated after every poll. */
    public AtomicLong lagGauge(String topic, String groupId) {
        AtomicLong lag = new AtomicLong();
        Gauge.builder("slp.matching.consumer.lag", lag, AtomicLong::get)
                .description("records not yet consumed on the assigned partitions")
                .tags("topic", topic, "group", groupId)
                .strongReference(true)
                .register(registry);
        return lag;
    }

    public double duplicates(String topic) {
        return registry.counter("slp.matching.events.duplicates", "topic", topic).count();
    }

    public double deadLettered(String topic, String reason) {
        return registry.counter("slp.matching.events.dead.lettered", "topic", topic, "reason", reason).count();
    }
}

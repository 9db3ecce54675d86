package org.smartlibrary.matching.benchmark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.Api;
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Events;
import org.smartlibrary.matching.Events.Place;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Time from publishing assessment-completed to the stored recommendation set (its generated_at, written in the
 * transaction that stores it), over a few hundred completions: one at a time (latency without queueing) and as a
 * burst (latency under load, plus throughput). Real broker and database; printed as BENCHMARK lines.
 */
@QuarkusTest
@Tag("benchmark")
class MatchLatencyBenchmarkTest {

    private static final int COMPLETIONS = 300;

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    @Inject
    EntityManager entityManager;

    @Test
    void publishToStoredRecommendations() {
        Events events = new Events(clients);
        try {
            Place place = Place.unique();
            List<ObjectNode> partners = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                for (String example : List.of("partner-snapshot-it-company", "partner-snapshot-university-remote",
                        "partner-snapshot-foundation")) {
                    ObjectNode partner = Events.partner(example, place, 1);
                    partners.add(partner);
                    events.send(Events.PARTNERS, partner);
                }
            }
            rows.awaitPartners(partners.toArray(ObjectNode[]::new));
            for (int i = 0; i < 30; i++) { // warm-up
                sendAndAwait(events, place);
            }

            long[] sequential = new long[COMPLETIONS];
            for (int i = 0; i < COMPLETIONS; i++) {
                sequential[i] = sendAndAwait(events, place);
            }
            report("one at a time", sequential, null);

            Map<String, Instant> sentAt = new HashMap<>();
            Instant burstStart = Instant.now();
            for (int i = 0; i < COMPLETIONS; i++) {
                ObjectNode assessment = Events.assessment(place);
                sentAt.put(Events.id(assessment), Instant.now());
                events.send(Events.ASSESSMENTS, assessment);
            }
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                    .until(() -> generatedAt(sentAt.keySet()).size() == COMPLETIONS);
            Map<String, Instant> stored = generatedAt(sentAt.keySet());
            long[] burst = sentAt.entrySet().stream()
                    .mapToLong(entry -> Duration.between(entry.getValue(), stored.get(entry.getKey())).toNanos())
                    .toArray();
            Instant last = stored.values().stream().max(Instant::compareTo).orElseThrow();
            report("burst of " + COMPLETIONS, burst, Duration.between(burstStart, last));
        } finally {
            events.close();
        }
    }

    private long sendAndAwait(Events events, Place place) {
        ObjectNode assessment = Events.assessment(place);
        String id = Events.id(assessment);
        Instant sent = Instant.now();
        events.send(Events.ASSESSMENTS, assessment);
        Instant stored = await().atMost(Api.TIMEOUT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2))
                .until(() -> generatedAt(List.of(id)).get(id), value -> value != null);
        long nanos = Duration.between(sent, stored).toNanos();
        assertThat(nanos).isPositive();
        return nanos;
    }

    private Map<String, Instant> generatedAt(java.util.Collection<String> assessmentIds) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> found = entityManager.createNativeQuery(
                            "SELECT assessment_id, generated_at FROM recommendation_set WHERE assessment_id IN (?1)")
                    .setParameter(1, assessmentIds.stream().map(UUID::fromString).toList())
                    .getResultList();
            Map<String, Instant> result = new HashMap<>();
            for (Object[] row : found) {
                result.put(row[0].toString(), row[1] instanceof OffsetDateTime odt ? odt.toInstant()
                        : row[1] instanceof Instant instant ? instant : ((Timestamp) row[1]).toInstant());
            }
            return result;
        });
    }

    private static void report(String mode, long[] nanos, Duration total) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCHMARK publish → stored recommendations, %s (%d completions): median %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms%s%n", mode, sorted.length, sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 99 / 100] / 1e6, sorted[sorted.length - 1] / 1e6,
                total == null ? "" : String.format(", all stored after %d ms (%.0f completions/s)", total.toMillis(),
                        sorted.length * 1000.0 / Math.max(1, total.toMillis())));
    }
}

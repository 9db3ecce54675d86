package org.smartlibrary.matching.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.Api;
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Events;
import org.smartlibrary.matching.Events.Place;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Partner changes from a directory import reach matching as a burst of partner-directory snapshots: each affected
 * assessment is re-matched once the burst has settled, not once per partner; a steady stream of changes is
 * re-matched no later than the maximum wait; an assessment completion is matched at once meanwhile.
 * <p>
 * Runs with its own settle time and maximum wait (a test profile: one more application start), on topics of its own,
 * so that nothing other tests published reaches the assessments while these tests time their changes.
 */
@QuarkusTest
@TestProfile(PartnerChangeSettlingTest.ShortSettle.class)
class PartnerChangeSettlingTest {

    static final Duration SETTLE = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofSeconds(4);
    static final String PARTNERS = "partner-directory-settling";
    static final String ASSESSMENTS = "assessment-completed-settling";
    /** Worker poll interval, broker and database round trips: well below a second, but the machine may be loaded. */
    static final Duration SLACK = Duration.ofSeconds(3);

    /** The settle time and maximum wait under test, and the topics of this test only. */
    public static class ShortSettle implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "slp.matching.partner-change.settle", SETTLE.toMillis() + "ms",
                    "slp.matching.partner-change.max-wait", MAX_WAIT.toMillis() + "ms",
                    "slp.matching.consumer.partner-topic", PARTNERS,
                    "slp.matching.consumer.assessment-topic", ASSESSMENTS,
                    "slp.kafka.topics." + PARTNERS + ".compacted", "true",
                    "slp.kafka.topics." + ASSESSMENTS + ".compacted", "false");
        }
    }

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    @Inject
    EntityManager entityManager;

    private Events events;
    private final Place place = Place.unique();

    @BeforeEach
    void openProducer() {
        events = new Events(clients);
    }

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void anImportOfManyPartnersReMatchesTheAssessmentOnce() {
        String assessmentId = matchedAssessment();

        List<String> imported = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ObjectNode partner = Events.partner("partner-snapshot-it-company", place, 1);
            imported.add(Events.id(partner));
            events.send(PARTNERS, partner);
        }
        await().atMost(Api.TIMEOUT).until(() -> imported.stream().allMatch(id -> rows.partnerVersion(id) == 1)
                && !rows.matchPending(assessmentId));

        // one re-match: one new set version, with every imported partner in it
        assertThat(rows.recommendationSets(assessmentId)).isEqualTo(2);
        JsonPath rematched = Api.recommendations(assessmentId);
        assertThat(rematched.getInt("recommendation_set_version")).isEqualTo(2);
        assertThat(rematched.getString("trigger")).isEqualTo("PARTNER_CHANGED");
        assertThat(rematched.<String>getList("changes.partners_added.partner_id"))
                .containsExactlyInAnyOrderElementsOf(imported);
    }

    @Test
    void aSteadyStreamOfChangesIsReMatchedWithinTheMaximumWait() {
        String assessmentId = matchedAssessment();

        // a new partner about every 100 ms, far closer together than the settle time, until the re-match shows
        AtomicReference<Instant> firstSending = new AtomicReference<>();
        JsonPath rematched = await().atMost(Api.TIMEOUT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    firstSending.compareAndSet(null, Instant.now());
                    events.send(PARTNERS, Events.partner("partner-snapshot-it-company", place, 1));
                    return Api.recommendations(assessmentId);
                }, json -> json.getInt("recommendation_set_version") >= 2);

        Duration waited = Duration.between(firstSending.get(), Instant.parse(rematched.getString("generated_at")));
        assertThat(rematched.getString("trigger")).isEqualTo("PARTNER_CHANGED");
        assertThat(waited).isGreaterThanOrEqualTo(SETTLE).isLessThan(MAX_WAIT.plus(SLACK));
    }

    @Test
    void anAssessmentCompletionIsMatchedAtOnceWhilePartnerChangesSettle() {
        ObjectNode partner = Events.partner("partner-snapshot-it-company", place, 1);
        events.send(PARTNERS, partner);
        rows.awaitPartners(partner);
        ObjectNode assessment = Events.assessment(place);
        String assessmentId = Events.id(assessment);
        events.send(ASSESSMENTS, assessment);
        Api.awaitReady(assessmentId, 1, 1);

        ObjectNode moreKits = Events.withVersion(partner, 2);
        Events.offering(moreKits, "TECHNOLOGY.ROBOTICS").put("quantity", 400);
        events.send(PARTNERS, moreKits);
        rows.awaitPartners(moreKits);
        ObjectNode revision = Events.revision(assessment, 2);
        events.send(ASSESSMENTS, revision);
        await().atMost(Api.TIMEOUT).until(() -> rows.processed(revision.get("event_id").asText()));

        // the partner change's settle time does not hold the completion back
        assertThat(dueLater(assessmentId)).isFalse();
        JsonPath ready = Api.awaitReady(assessmentId, 2, 1);
        assertThat(ready.getString("trigger")).isEqualTo("ASSESSMENT_COMPLETED");
        // the completion's match saw the partner change: 400 kits cover the gap of 280
        String roboticsNeed = Events.needId(assessment, "TECHNOLOGY.ROBOTICS");
        List<Number> coverage = ready.getList("recommendations.find { it.partner_id == '" + Events.id(partner)
                + "' }.covered_needs.findAll { it.need_id == '" + roboticsNeed + "' }.coverage");
        assertThat(coverage).singleElement().satisfies(value -> assertThat(value.doubleValue()).isEqualTo(1.0));
    }

    /** An assessment matched once (set version 1) against one partner of this test's place. */
    private String matchedAssessment() {
        ObjectNode partner = Events.partner("partner-snapshot-it-company", place, 1);
        events.send(PARTNERS, partner);
        rows.awaitPartners(partner);
        ObjectNode assessment = Events.assessment(place);
        events.send(ASSESSMENTS, assessment);
        Api.awaitReady(Events.id(assessment), 1, 1);
        return Events.id(assessment);
    }

    /** Whether the assessment's queued match waits for a later time. */
    private boolean dueLater(String assessmentId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM match_request WHERE assessment_id = ?1 AND next_attempt_at > now()")
                .setParameter(1, UUID.fromString(assessmentId)).getSingleResult()).longValue() > 0);
    }
}

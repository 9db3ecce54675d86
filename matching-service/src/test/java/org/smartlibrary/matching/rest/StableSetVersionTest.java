package org.smartlibrary.matching.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.Api;
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Events;
import org.smartlibrary.matching.Events.Place;
import org.smartlibrary.matching.TestClock;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A re-match of the same revision stores a new set version only when the substance changes (partners, ranks, covers,
 * flags, coverage plan, unmet needs): not for another day, drifting scores or reworded texts.
 */
@QuarkusTest
class StableSetVersionTest {

    private static final Duration A_MONTH = Duration.ofDays(31);

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    @Inject
    TestClock clock;

    @Inject
    MeterRegistry registry;

    private Events events;
    private final Place place = Place.unique();

    @BeforeEach
    void openProducer() {
        events = new Events(clients);
    }

    @AfterEach
    void resetClockAndCloseProducer() {
        clock.reset();
        events.close();
    }

    @Test
    void aReMatchAMonthLaterThatChangesNothingOfSubstanceKeepsTheSetButANewFlagDoesNot() {
        ObjectNode robotics = Events.partner("partner-snapshot-it-company", place, 7);
        ObjectNode university = Events.partner("partner-snapshot-university-remote", place, 1);
        events.send(Events.PARTNERS, robotics);
        events.send(Events.PARTNERS, university);
        rows.awaitPartners(robotics, university);
        ObjectNode assessment = Events.assessment(place);
        String assessmentId = Events.id(assessment);
        events.send(Events.ASSESSMENTS, assessment);
        JsonPath first = Api.awaitReady(assessmentId, 1, 1);
        LocalDate firstDay = LocalDate.parse(first.getString("evaluated_on"));

        clock.moveBy(A_MONTH);
        double rematchesBefore = rematches();
        // a new snapshot that only rewords an offering: the assessment is re-matched, a month later
        ObjectNode reworded = Events.withVersion(robotics, 8);
        Events.offering(reworded, "TECHNOLOGY.ROBOTICS").put("description", "Robot kits, refurbished and tested.");
        events.send(Events.PARTNERS, reworded);
        await().atMost(Api.TIMEOUT).until(() -> rows.processed(reworded.get("event_id").asText())
                && !rows.matchPending(assessmentId));

        assertThat(rematches()).isGreaterThan(rematchesBefore);
        assertThat(rows.recommendationSets(assessmentId)).isEqualTo(1);
        JsonPath kept = Api.recommendations(assessmentId);
        assertThat(kept.getInt("recommendation_set_version")).isEqualTo(1);
        assertThat(kept.getString("evaluated_on")).isEqualTo(first.getString("evaluated_on"));
        assertThat(kept.getString("generated_at")).isEqualTo(first.getString("generated_at"));
        assertThat(kept.getString("trigger")).isEqualTo("ASSESSMENT_COMPLETED");

        // the university's verification is pending again: a flag more, a new version, judged on the later day
        ObjectNode pending = Events.withVersion(university, 2);
        ((ObjectNode) pending.get("payload")).put("verification", "PENDING");
        events.send(Events.PARTNERS, pending);
        JsonPath second = Api.awaitReady(assessmentId, 1, 2);
        assertThat(second.<String>getList(
                "recommendations.find { it.partner_id == '" + Events.id(university) + "' }.flags"))
                .contains("UNVERIFIED");
        assertThat(LocalDate.parse(second.getString("evaluated_on"))).isAfterOrEqualTo(firstDay.plusDays(31));
        assertThat(second.getInt("changes.compared_with_set_version")).isEqualTo(1);
        assertThat(rows.recommendationSets(assessmentId)).isEqualTo(2);
    }

    private double rematches() {
        return registry.timer("slp.matching.match.duration", "trigger", "PARTNER_CHANGED").count();
    }
}

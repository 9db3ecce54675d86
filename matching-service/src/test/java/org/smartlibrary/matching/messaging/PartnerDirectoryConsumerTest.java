package org.smartlibrary.matching.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.smartlibrary.matching.service.PartnerReadModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The partner-directory consumer: versions, removals (event and tombstone) and the re-matches they cause. */
@QuarkusTest
class PartnerDirectoryConsumerTest {

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    @Inject
    PartnerReadModel readModel;

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
    void aSnapshotWithAnOlderVersionIsIgnored() {
        ObjectNode robotics = Events.partner("partner-snapshot-it-company", place, 7);
        events.send(Events.PARTNERS, robotics);
        rows.awaitPartners(robotics);
        ObjectNode assessment = Events.assessment(place);
        String assessmentId = Events.id(assessment);
        events.send(Events.ASSESSMENTS, assessment);
        String roboticsNeed = Events.needId(assessment, "TECHNOLOGY.ROBOTICS");
        Api.awaitReady(assessmentId, 1, 1);

        // each change is one of substance (a set version is stored only for those): applied by mistake, the stale
        // snapshots would drop the partner, and so add set versions
        ObjectNode stale = Events.withVersion(robotics, 5);
        Events.offering(stale, "TECHNOLOGY.ROBOTICS").put("status", "PAUSED");
        ObjectNode sameVersion = Events.withVersion(robotics, 7);
        Events.offering(sameVersion, "TECHNOLOGY.ROBOTICS").put("status", "WITHDRAWN");
        ObjectNode newer = Events.withVersion(robotics, 8);
        Events.offering(newer, "TECHNOLOGY.ROBOTICS").put("quantity", 400);
        events.send(Events.PARTNERS, stale);
        events.send(Events.PARTNERS, sameVersion);
        events.send(Events.PARTNERS, newer);

        JsonPath second = Api.awaitReady(assessmentId, 1, 2);
        await().atMost(Api.TIMEOUT).until(() -> rows.processed(newer.get("event_id").asText()));
        assertThat(rows.processed(stale.get("event_id").asText())).isTrue();
        assertThat(rows.partnerVersion(Events.id(robotics))).isEqualTo(8);
        assertThat(second.getInt("recommendation_set_version")).isEqualTo(2);
        // 400 kits close the gap of 280: the cover is whole now
        assertThat(((Number) coverage(second, Events.id(robotics), roboticsNeed)).doubleValue()).isEqualTo(1.0);
        assertThat(second.<String>getList("unmet_needs.need_id")).doesNotContain(roboticsNeed);
        assertThat(rows.recommendationSets(assessmentId)).isEqualTo(2);
    }

    @Test
    void removalDropsThePartnerFromRecommendationsOnReMatch() {
        ObjectNode robotics = Events.partner("partner-snapshot-it-company", place, 7);
        ObjectNode university = Events.partner("partner-snapshot-university-remote", place, 1);
        ObjectNode foundation = Events.partner("partner-snapshot-foundation", place, 3);
        events.send(Events.PARTNERS, robotics);
        events.send(Events.PARTNERS, university);
        events.send(Events.PARTNERS, foundation);
        rows.awaitPartners(robotics, university, foundation);
        ObjectNode assessment = Events.assessment(place);
        String assessmentId = Events.id(assessment);
        events.send(Events.ASSESSMENTS, assessment);
        JsonPath first = Api.awaitReady(assessmentId, 1, 1);
        assertThat(first.<String>getList("recommendations.partner_id"))
                .contains(Events.id(robotics), Events.id(university), Events.id(foundation));

        events.send(Events.PARTNERS, Events.removal(university, 2));
        JsonPath second = Api.awaitReady(assessmentId, 1, 2);
        assertThat(second.<String>getList("recommendations.partner_id"))
                .doesNotContain(Events.id(university)).contains(Events.id(robotics), Events.id(foundation));
        assertThat(second.<String>getList("changes.partners_removed.partner_id")).containsExactly(Events.id(university));
        Api.asAdminOf(Events.id(university)).get("/api/v1/partners/{id}/matching-libraries", Events.id(university))
                .then().statusCode(404);

        events.send(Events.PARTNERS, Events.id(foundation), null, null, null);
        JsonPath third = Api.awaitReady(assessmentId, 1, 3);
        assertThat(third.<String>getList("recommendations.partner_id")).containsExactly(Events.id(robotics));
        assertThat(third.<String>getList("changes.partners_removed.partner_id")).containsExactly(Events.id(foundation));
        assertThat(third.<String>getList("coverage_plan.partner_ids")).containsExactly(Events.id(robotics));
        assertThat(readModel.index().partner(Events.id(foundation))).isEmpty();

        ObjectNode replayedUniversity = Events.withVersion(university, 1);
        events.send(Events.PARTNERS, replayedUniversity);
        await().atMost(Api.TIMEOUT).until(() -> rows.processed(replayedUniversity.get("event_id").asText()));
        assertThat(readModel.index().partner(Events.id(university))).isEmpty();
        assertThat(Api.recommendations(assessmentId).getInt("recommendation_set_version")).isEqualTo(3);
        assertThat(rows.partnerVersion(Events.id(university))).isEqualTo(2);
    }

    private static Object coverage(JsonPath recommendations, String partnerId, String needId) {
        return recommendations.getList("recommendations.find { it.partner_id == '" + partnerId
                + "' }.covered_needs.findAll { it.need_id == '" + needId + "' }.coverage").get(0);
    }
}

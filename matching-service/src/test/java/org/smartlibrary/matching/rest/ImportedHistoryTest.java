package org.smartlibrary.matching.rest;

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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A directory import brings partners with their history: offerings whose window ended (still ACTIVE, or already
 * EXPIRED), listings confirmed long ago, withdrawn and paused offerings. What a librarian expects to see of them,
 * fed as partner-directory snapshots and read through the API: not recommended, with the reason; a stale listing
 * flagged.
 */
@QuarkusTest
class ImportedHistoryTest {

    private static final String ROBOTICS = "TECHNOLOGY.ROBOTICS";

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    private Events events;
    private final Place place = Place.unique();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void openProducer() {
        events = new Events(clients);
    }

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void anOfferingWhoseWindowEndedIsNotRecommendedAndTheReasonSaysTheWindowEnded() {
        LocalDate ended = today.minusMonths(2);
        ObjectNode endedButActive = roboticsPartner("ACTIVE");
        window(endedButActive, today.minusMonths(14), ended);
        ObjectNode endedAndExpired = roboticsPartner("EXPIRED");
        window(endedAndExpired, today.minusMonths(14), ended);
        ObjectNode current = roboticsPartner("ACTIVE");

        ObjectNode assessment = matched(endedButActive, endedAndExpired, current);
        JsonPath ready = Api.recommendations(Events.id(assessment));

        assertThat(ready.<String>getList("recommendations.partner_id")).contains(Events.id(current))
                .doesNotContain(Events.id(endedButActive), Events.id(endedAndExpired));
        List<Map<String, Object>> excluded = RecommendationFlowTest.allExcluded(assessment);
        String need = Events.needId(assessment, ROBOTICS);
        assertThat(reasons(excluded, Events.id(endedButActive), need))
                .containsExactly("AVAILABILITY/WINDOW_ENDED");
        assertThat(reasons(excluded, Events.id(endedAndExpired), need))
                .containsExactlyInAnyOrder("AVAILABILITY/WINDOW_ENDED", "STATUS/NOT_ACTIVE");
        assertThat(texts(excluded, Events.id(endedButActive), need))
                .singleElement().asString().contains(ended.toString());
    }

    @Test
    void aListingConfirmed30MonthsAgoIsFlaggedStaleAndOneConfirmed6MonthsAgoIsNot() {
        ObjectNode confirmedLongAgo = roboticsPartner("ACTIVE");
        lastConfirmed(confirmedLongAgo, today.minusMonths(30));
        ObjectNode confirmedRecently = roboticsPartner("ACTIVE");
        lastConfirmed(confirmedRecently, today.minusMonths(6));

        JsonPath ready = Api.recommendations(Events.id(matched(confirmedLongAgo, confirmedRecently)));

        // stale is a warning, not an exclusion: both are recommended, the fresh listing first
        List<String> ranked = ready.getList("recommendations.partner_id");
        assertThat(ranked).contains(Events.id(confirmedRecently), Events.id(confirmedLongAgo));
        assertThat(ranked.indexOf(Events.id(confirmedRecently))).isLessThan(ranked.indexOf(Events.id(confirmedLongAgo)));
        assertThat(RecommendationFlowTest.flags(ready, Events.id(confirmedLongAgo))).contains("STALE_LISTING");
        assertThat(RecommendationFlowTest.flags(ready, Events.id(confirmedRecently))).doesNotContain("STALE_LISTING");
        List<String> freshness = ready.getList("recommendations.find { it.partner_id == '" + Events.id(confirmedLongAgo)
                + "' }.explanation.findAll { it.criterion == 'FRESHNESS' }.text");
        assertThat(freshness).singleElement().asString().contains("stale");
    }

    @Test
    void withdrawnAndPausedOfferingsAreNotRecommendedWithTheirReason() {
        ObjectNode withdrawn = roboticsPartner("WITHDRAWN");
        ObjectNode paused = roboticsPartner("PAUSED");
        ObjectNode active = roboticsPartner("ACTIVE");

        ObjectNode assessment = matched(withdrawn, paused, active);
        JsonPath ready = Api.recommendations(Events.id(assessment));

        assertThat(ready.<String>getList("recommendations.partner_id")).contains(Events.id(active))
                .doesNotContain(Events.id(withdrawn), Events.id(paused));
        List<Map<String, Object>> excluded = RecommendationFlowTest.allExcluded(assessment);
        String need = Events.needId(assessment, ROBOTICS);
        assertThat(reasons(excluded, Events.id(withdrawn), need)).containsExactly("STATUS/NOT_ACTIVE");
        assertThat(reasons(excluded, Events.id(paused), need)).containsExactly("STATUS/NOT_ACTIVE");
        assertThat(texts(excluded, Events.id(withdrawn), need)).singleElement().asString().contains("WITHDRAWN");
        assertThat(texts(excluded, Events.id(paused), need)).singleElement().asString().contains("PAUSED");
    }

    /** An IT company of this place whose robotics offering (open-ended unless changed) has this status. */
    private ObjectNode roboticsPartner(String status) {
        ObjectNode partner = Events.partner("partner-snapshot-it-company", place, 1);
        Events.offering(partner, ROBOTICS).put("status", status);
        return partner;
    }

    private static void window(ObjectNode partner, LocalDate from, LocalDate until) {
        Events.offering(partner, ROBOTICS).put("available_from", from.toString()).put("available_until", until.toString());
    }

    private static void lastConfirmed(ObjectNode partner, LocalDate confirmed) {
        ((ObjectNode) partner.get("payload")).put("last_confirmed_at", confirmed.toString());
    }

    /** Sends the partners, then the coding-club assessment of this place, and waits for its first recommendations. */
    private ObjectNode matched(ObjectNode... partners) {
        for (ObjectNode partner : partners) {
            events.send(Events.PARTNERS, partner);
        }
        rows.awaitPartners(partners);
        ObjectNode assessment = Events.assessment(place);
        events.send(Events.ASSESSMENTS, assessment);
        JsonPath ready = Api.awaitReady(Events.id(assessment), 1, 1);
        assertThat(LocalDate.parse(ready.getString("evaluated_on"))).isBetween(today, today.plusDays(1));
        return assessment;
    }

    /** "GATE/CODE" of every reason the candidate (partner for need) was excluded for. */
    private static List<String> reasons(List<Map<String, Object>> excluded, String partnerId, String needId) {
        return exclusions(excluded, partnerId, needId).stream()
                .map(reason -> reason.get("gate") + "/" + reason.get("code")).toList();
    }

    private static List<String> texts(List<Map<String, Object>> excluded, String partnerId, String needId) {
        return exclusions(excluded, partnerId, needId).stream().map(reason -> (String) reason.get("text")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> exclusions(List<Map<String, Object>> excluded, String partnerId,
                                                        String needId) {
        return excluded.stream()
                .filter(candidate -> partnerId.equals(candidate.get("partner_id")) && needId.equals(candidate.get("need_id")))
                .flatMap(candidate -> ((List<Map<String, Object>>) candidate.get("reasons")).stream())
                .toList();
    }
}

package org.smartlibrary.matching.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.Api;
import org.smartlibrary.matching.Consortia;
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Events;
import org.smartlibrary.matching.Events.Place;
import org.smartlibrary.matching.SqlStatements;
import org.smartlibrary.testkit.sql.StatementLog.Recording;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * GET recommendations serves the READY document from the bytes kept with the set, rendered on the set's first read:
 * byte for byte the document the view writes (read with a flag filter that keeps every recommendation, which builds
 * the view from the stored JSON on every read), with the same headers; refresh_pending decided on every read; a new
 * set version served with its own bytes; a set without kept bytes (stored before they were kept) or with bytes
 * another build rendered, rendered on its next read; the consortium's document likewise, with its ETag and 304. A
 * kept document costs one statement in auto-commit: no JTA transaction is begun for it.
 */
@QuarkusTest
class StoredRecommendationDocumentTest {

    private static final String RECOMMENDATIONS = "/api/v1/assessments/{id}/recommendations";

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    @Inject
    EntityManager entityManager;

    @Inject
    @PersistenceUnitExtension
    SqlStatements sql;

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
    void theServedBytesAreTheDocumentTheViewWritesRenderedOnTheFirstReadAndKept() {
        ObjectNode assessment = matchedAssessment();
        String assessmentId = Events.id(assessment);
        assertThat(kept("recommendation_set", "assessment_id", UUID.fromString(assessmentId))).isNull();

        Response served = Api.asStaffOf(assessment).get(RECOMMENDATIONS, assessmentId);
        Response view = viewOf(assessment);

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(view.jsonPath().getList("recommendations")).hasSize(3);
        assertThat(served.jsonPath().getBoolean("refresh_pending")).isFalse();
        assertThat(served.asByteArray()).isEqualTo(view.asByteArray());
        assertThat(served.getHeader("ETag")).isEqualTo("\"1.1\"").isEqualTo(view.getHeader("ETag"));
        assertThat(served.getContentType()).isEqualTo(view.getContentType()).startsWith("application/json");
        assertThat(served.getHeader("Vary")).isEqualTo(view.getHeader("Vary")).isEqualTo("Accept");
        assertThat(kept("recommendation_set", "assessment_id", UUID.fromString(assessmentId)))
                .isEqualTo(served.asByteArray());
        assertThat(Api.asPlatformAdmin().get(RECOMMENDATIONS, assessmentId).asByteArray())
                .isEqualTo(served.asByteArray());
        // this operation has no 304: refresh_pending can change under the same tag
        Response revalidated = Api.asStaffOf(assessment).header("If-None-Match", "\"1.1\"")
                .get(RECOMMENDATIONS, assessmentId);
        assertThat(revalidated.statusCode()).isEqualTo(200);
        assertThat(revalidated.asByteArray()).isEqualTo(served.asByteArray());
    }

    @Test
    void keptBytesAreReadByOneStatementOutsideAnyTransaction() {
        ObjectNode assessment = matchedAssessment();
        String assessmentId = Events.id(assessment);

        Recording first = sql.of(() -> Api.asStaffOf(assessment).get(RECOMMENDATIONS, assessmentId)
                .then().statusCode(200));
        Recording second = sql.of(() -> Api.asStaffOf(assessment).get(RECOMMENDATIONS, assessmentId)
                .then().statusCode(200));

        assertThat(first.inTransactions()).as(first.toString()).isPositive(); // rendered and kept
        assertThat(second.statements()).as(second.toString()).hasSize(1);
        assertThat(second.inTransactions()).as(second.toString()).isZero();
    }

    @Test
    void theCsvFormAndTheFilterStillAnswerFromTheView() {
        ObjectNode assessment = matchedAssessment();
        String assessmentId = Events.id(assessment);
        byte[] json = Api.asStaffOf(assessment).get(RECOMMENDATIONS, assessmentId).asByteArray();

        Response csv = Api.asStaffOf(assessment).accept("text/csv").get(RECOMMENDATIONS, assessmentId);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("ETag")).isNull();
        assertThat(csv.asString()).startsWith("rank,partner_id,");
        List<String> withPartialCover = JsonPath.from(new String(json, StandardCharsets.UTF_8))
                .getList("recommendations.findAll { it.flags.contains('PARTIAL_COVER') }.partner_id");
        assertThat(withPartialCover).isNotEmpty();
        Response partial = Api.asStaffOf(assessment).queryParam("flag", "PARTIAL_COVER")
                .get(RECOMMENDATIONS, assessmentId);
        assertThat(partial.jsonPath().<String>getList("recommendations.partner_id"))
                .containsExactlyElementsOf(withPartialCover);
        Response both = Api.asStaffOf(assessment).accept("application/json, text/csv")
                .get(RECOMMENDATIONS, assessmentId);
        assertThat(both.getContentType()).startsWith("application/json");
        assertThat(both.asByteArray()).isEqualTo(json);
    }

    @Test
    void refreshPendingIsDecidedOnEveryRead() {
        ObjectNode assessment = matchedAssessment();
        String assessmentId = Events.id(assessment);
        byte[] idle = Api.asStaffOf(assessment).get(RECOMMENDATIONS, assessmentId).asByteArray();

        // a re-match queued behind a backoff: the worker leaves it, the set stays the current one
        run("INSERT INTO match_request (assessment_id, reason, requested_at, next_attempt_at) "
                + "VALUES (?1, 'PARTNER_CHANGED', now(), now() + interval '1 hour')", UUID.fromString(assessmentId));
        try {
            Response queued = Api.asStaffOf(assessment).get(RECOMMENDATIONS, assessmentId);
            assertThat(queued.jsonPath().getBoolean("refresh_pending")).isTrue();
            assertThat(queued.asByteArray()).isEqualTo(viewOf(assessment).asByteArray());
            assertThat(queued.getHeader("ETag")).isEqualTo("\"1.1\"");
            assertThat(queued.asString()).isEqualTo(new String(idle, StandardCharsets.UTF_8)
                    .replace("\"refresh_pending\":false", "\"refresh_pending\":true"));
        } finally {
            run("DELETE FROM match_request WHERE assessment_id = ?1", UUID.fromString(assessmentId));
        }
        assertThat(Api.asStaffOf(assessment).get(RECOMMENDATIONS, assessmentId).asByteArray()).isEqualTo(idle);
    }

    @Test
    void aNewSetVersionIsServedWithItsOwnBytes() {
        ObjectNode robotics = Events.partner("partner-snapshot-it-company", place, 7);
        ObjectNode assessment = matchedAssessment(robotics);
        String assessmentId = Events.id(assessment);
        byte[] first = Api.asStaffOf(assessment).get(RECOMMENDATIONS, assessmentId).asByteArray();

        ObjectNode moreKits = Events.withVersion(robotics, 8);
        Events.offering(moreKits, "TECHNOLOGY.ROBOTICS").put("quantity", 400);
        events.send(Events.PARTNERS, moreKits);
        awaitStored(assessmentId, 2);

        Response second = Api.asStaffOf(assessment).get(RECOMMENDATIONS, assessmentId);
        assertThat(second.getHeader("ETag")).isEqualTo("\"1.2\"");
        assertThat(second.jsonPath().getInt("recommendation_set_version")).isEqualTo(2);
        assertThat(second.jsonPath().getInt("changes.compared_with_set_version")).isEqualTo(1);
        assertThat(second.asByteArray()).isNotEqualTo(first).isEqualTo(viewOf(assessment).asByteArray());
        assertThat(kept("recommendation_set", "assessment_id", UUID.fromString(assessmentId)))
                .isEqualTo(second.asByteArray());
    }

    @Test
    void aSetWithoutKeptBytesIsRenderedOnItsNextRead() {
        ObjectNode assessment = matchedAssessment();
        String assessmentId = Events.id(assessment);
        byte[] before = Api.asStaffOf(assessment).get(RECOMMENDATIONS, assessmentId).asByteArray();
        // what a set stored before the bytes were kept looks like (the migration adds the columns as NULL)
        run("UPDATE recommendation_set SET rendered = NULL, rendered_refresh_pending_at = NULL, rendered_with = NULL "
                + "WHERE assessment_id = ?1", UUID.fromString(assessmentId));
        assertThat(kept("recommendation_set", "assessment_id", UUID.fromString(assessmentId))).isNull();

        Response served = Api.asStaffOf(assessment).get(RECOMMENDATIONS, assessmentId);

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.getHeader("ETag")).isEqualTo("\"1.1\"");
        assertThat(served.asByteArray()).isEqualTo(before).isEqualTo(viewOf(assessment).asByteArray());
        assertThat(kept("recommendation_set", "assessment_id", UUID.fromString(assessmentId))).isEqualTo(before);
    }

    @Test
    void bytesKeptByAnotherBuildAreRenderedAgain() {
        ObjectNode assessment = matchedAssessment();
        String assessmentId = Events.id(assessment);
        byte[] current = Api.asStaffOf(assessment).get(RECOMMENDATIONS, assessmentId).asByteArray();
        // a build whose documents had a shape of their own (say, before a field was added)
        run("UPDATE recommendation_set SET rendered = convert_to('{\"refresh_pending\":false}', 'UTF8'), "
                + "rendered_refresh_pending_at = 19, rendered_with = 'an older build' WHERE assessment_id = ?1",
                UUID.fromString(assessmentId));

        Response served = Api.asStaffOf(assessment).get(RECOMMENDATIONS, assessmentId);

        assertThat(served.asByteArray()).isEqualTo(current).isEqualTo(viewOf(assessment).asByteArray());
        assertThat(kept("recommendation_set", "assessment_id", UUID.fromString(assessmentId))).isEqualTo(current);
    }

    @Test
    void aConsortiumServesItsKeptBytesWithItsETagAnd304() {
        String consortium = Consortia.uniqueName();
        String key = consortium.toLowerCase(Locale.ROOT);
        events.send(Events.PARTNERS, Consortia.licenceSeller(place, 50));
        for (int i = 0; i < 2; i++) {
            events.send(Events.ASSESSMENTS, Consortia.member(place, consortium, 30));
        }
        int version = Consortia.awaitMembers(consortium, 2).getInt("set_version");

        Response served = Api.asPlatformAdmin().get(Consortia.RECOMMENDATIONS, consortium);
        assertThat(served.getHeader("ETag")).isEqualTo("\"" + version + "\"");
        assertThat(served.getContentType()).startsWith("application/json");
        assertThat(served.jsonPath().getList("recommendations")).hasSize(1);
        assertThat(kept("consortium_recommendation_set", "consortium_key", key)).isEqualTo(served.asByteArray());
        Response unchanged = Api.asPlatformAdmin().header("If-None-Match", "\"" + version + "\"")
                .get(Consortia.RECOMMENDATIONS, consortium);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.getHeader("ETag")).isEqualTo("\"" + version + "\"");
        assertThat(unchanged.asString()).isEmpty();
        Response stale = Api.asPlatformAdmin().header("If-None-Match", "\"" + (version + 7) + "\"")
                .get(Consortia.RECOMMENDATIONS, consortium);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.asByteArray()).isEqualTo(served.asByteArray());

        run("INSERT INTO consortium_match_request (consortium_key, reason, requested_at, next_attempt_at) "
                + "VALUES (?1, 'PARTNER_CHANGED', now(), now() + interval '1 hour')", key);
        try {
            Response queued = Api.asPlatformAdmin().get(Consortia.RECOMMENDATIONS, consortium);
            assertThat(queued.jsonPath().getBoolean("refresh_pending")).isTrue();
            assertThat(queued.asString()).isEqualTo(served.asString()
                    .replace("\"refresh_pending\":false", "\"refresh_pending\":true"));
        } finally {
            run("DELETE FROM consortium_match_request WHERE consortium_key = ?1", key);
        }

        run("UPDATE consortium_recommendation_set SET rendered = NULL, rendered_refresh_pending_at = NULL, "
                + "rendered_with = NULL WHERE consortium_key = ?1", key);
        Response rendered = Api.asPlatformAdmin().get(Consortia.RECOMMENDATIONS, consortium);
        assertThat(rendered.asByteArray()).isEqualTo(served.asByteArray());
        assertThat(kept("consortium_recommendation_set", "consortium_key", key)).isEqualTo(served.asByteArray());
    }

    /** A library at this test's place matched against three partners, its set stored and not yet read. */
    private ObjectNode matchedAssessment() {
        return matchedAssessment(Events.partner("partner-snapshot-it-company", place, 7));
    }

    private ObjectNode matchedAssessment(ObjectNode robotics) {
        ObjectNode university = Events.partner("partner-snapshot-university-remote", place, 1);
        ObjectNode foundation = Events.partner("partner-snapshot-foundation", place, 3);
        for (ObjectNode partner : List.of(robotics, university, foundation)) {
            events.send(Events.PARTNERS, partner);
        }
        rows.awaitPartners(robotics, university, foundation);
        ObjectNode assessment = Events.assessment(place);
        events.send(Events.ASSESSMENTS, assessment);
        awaitStored(Events.id(assessment), 1);
        return assessment;
    }

    /** Waits, without reading the API, until this many sets are stored and no re-match is queued. */
    private void awaitStored(String assessmentId, int sets) {
        await().atMost(Api.TIMEOUT).until(() -> rows.recommendationSets(assessmentId) == sets
                && !rows.matchPending(assessmentId));
    }

    /** The document as the view writes it: a filter that keeps every recommendation builds it on every read. */
    private static Response viewOf(ObjectNode assessment) {
        return Api.asStaffOf(assessment).queryParam("exclude_flag", "VIA_CONSORTIUM")
                .get(RECOMMENDATIONS, Events.id(assessment));
    }

    /** The rendered bytes kept with the current set (null if none). */
    private byte[] kept(String table, String column, Object key) {
        return QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager.createNativeQuery(
                        "SELECT rendered FROM " + table + " WHERE " + column + " = ?1 AND current")
                .setParameter(1, key).getSingleResult());
    }

    private void run(String sql, Object parameter) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).executeUpdate());
    }
}

package org.smartlibrary.matching;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.awaitility.Awaitility.await;

/** Direct looks at the service's tables, for what the API does not show. */
@ApplicationScoped
public class DatabaseRows {

    @Inject
    EntityManager entityManager;

    /** Waits until these partner snapshots are in the read model, so a later assessment is matched against them. */
    public void awaitPartners(ObjectNode... snapshots) {
        for (ObjectNode snapshot : snapshots) {
            long version = snapshot.get("payload").get("version").asLong();
            await().atMost(Api.TIMEOUT).until(() -> partnerVersion(Events.id(snapshot)) >= version);
        }
    }

    public long recommendationSets(String assessmentId) {
        return count("SELECT count(*) FROM recommendation_set WHERE assessment_id = ?1", UUID.fromString(assessmentId));
    }

    /** Consortium recommendation sets stored for a consortium (names compare case-insensitively). */
    public long consortiumSets(String consortium) {
        return count("SELECT count(*) FROM consortium_recommendation_set WHERE consortium_key = ?1",
                consortium.toLowerCase(Locale.ROOT));
    }

    public boolean processed(String eventId) {
        return count("SELECT count(*) FROM processed_event WHERE event_id = ?1", UUID.fromString(eventId)) == 1;
    }

    /** Feedback rows stored for an assessment (whatever the API would show). */
    public long feedbackRows(String assessmentId) {
        return count("SELECT count(*) FROM match_feedback WHERE assessment_id = ?1", UUID.fromString(assessmentId));
    }

    public long partnerVersion(String partnerId) {
        return count("SELECT coalesce(max(version), -1) FROM partner WHERE partner_id = ?1", UUID.fromString(partnerId));
    }

    /** Whether a (re-)match of the assessment is queued or running (its request row is deleted when stored). */
    public boolean matchPending(String assessmentId) {
        return count("SELECT count(*) FROM match_request WHERE assessment_id = ?1", UUID.fromString(assessmentId)) > 0;
    }

    public int storedRevision(String assessmentId) {
        return (int) count("SELECT coalesce(max(revision), -1) FROM assessment WHERE assessment_id = ?1",
                UUID.fromString(assessmentId));
    }

    /**
     * Stores a completed assessment as if its event had arrived but no match was ever requested, so that its
     * recommendations stay PENDING (the worker matches only what match_request holds).
     */
    public void storeUnmatchedAssessment(UUID assessmentId, UUID libraryId, String libraryName) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("INSERT INTO assessment "
                        + "(assessment_id, revision, library_id, library_name, region, city, payload, completed_at, "
                        + "received_at) VALUES (?1, 1, ?2, ?3, 'Washington', 'Seattle', '{}', now(), now())")
                .setParameter(1, assessmentId).setParameter(2, libraryId).setParameter(3, libraryName)
                .executeUpdate());
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}

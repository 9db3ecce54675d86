package org.smartlibrary.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.smartlibrary.matching.model.MatchFeedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Library feedback on recommended partners ({@code match_feedback}). */
@ApplicationScoped
public class FeedbackRepository implements PanacheRepositoryBase<MatchFeedback, UUID> {

    /** The feedback on one partner of one assessment after (time, id), oldest first, at most {@code max}. */
    public List<MatchFeedback> after(UUID assessmentId, UUID partnerId, Instant afterTime, UUID afterId, int max) {
        return getEntityManager().createQuery("""
                        SELECT f FROM MatchFeedback f
                        WHERE f.assessmentId = :assessment AND f.partnerId = :partner
                          AND (f.recordedAt > :time OR (f.recordedAt = :time AND f.id > :id))
                        ORDER BY f.recordedAt, f.id""", MatchFeedback.class)
                .setParameter("assessment", assessmentId)
                .setParameter("partner", partnerId)
                .setParameter("time", afterTime)
                .setParameter("id", afterId)
                .setMaxResults(max)
                .getResultList();
    }
}

package org.smartlibrary.matching.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pending (re-)match work, one row per assessment (requests coalesce). Rows are written in the transaction of the
 * change that causes them and deleted in the transaction that stores the result, so the work cannot be lost.
 */
@ApplicationScoped
public class MatchRequests {

    public static final String ASSESSMENT_COMPLETED = "ASSESSMENT_COMPLETED";
    public static final String PARTNER_CHANGED = "PARTNER_CHANGED";

    private static final String UPSERT_CONFLICT = " ON CONFLICT (assessment_id) DO UPDATE SET "
            + "reason = CASE WHEN match_request.reason = '" + ASSESSMENT_COMPLETED + "' THEN match_request.reason "
            + "ELSE EXCLUDED.reason END, partner_id = EXCLUDED.partner_id, requested_at = EXCLUDED.requested_at, "
            + "next_attempt_at = LEAST(match_request.next_attempt_at, EXCLUDED.next_attempt_at)";

    @Inject
    EntityManager entityManager;

    public record Request(UUID assessmentId, String reason, UUID partnerId, int attempts) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void request(UUID assessmentId, String reason) {
        entityManager.createNativeQuery("INSERT INTO match_request (assessment_id, reason, requested_at, next_attempt_at) "
                        + "VALUES (?1, ?2, now(), now())" + UPSERT_CONFLICT)
                .setParameter(1, assessmentId)
                .setParameter(2, reason)
                .executeUpdate();
    }

    /**
     * Requests a re-match of every stored assessment a partner change can affect: a need of one of these types, or
     * the partner in its current recommendations. Returns how many were requested.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int requestForPartner(UUID partnerId, Collection<String> needTypes) {
        List<String> types = needTypes.isEmpty() ? List.of("") : List.copyOf(needTypes);
        return entityManager.createNativeQuery("INSERT INTO match_request "
                        + "(assessment_id, reason, partner_id, requested_at, next_attempt_at) "
                        + "SELECT a.assessment_id, ?1, ?2, now(), now() FROM assessment a "
                        + "WHERE a.assessment_id IN (SELECT t.assessment_id FROM assessment_need_type t "
                        + "                          WHERE t.need_type IN (?3)) "
                        + "   OR a.assessment_id IN (SELECT rp.assessment_id FROM recommended_partner rp "
                        + "                          WHERE rp.partner_id = ?2 AND rp.current)"
                        + UPSERT_CONFLICT)
                .setParameter(1, PARTNER_CHANGED)
                .setParameter(2, partnerId)
                .setParameter(3, types)
                .executeUpdate();
    }

    /** Takes the next due request, locked for this transaction (other workers skip it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Request> lockNextDue() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT assessment_id, reason, partner_id, attempts "
                        + "FROM match_request WHERE next_attempt_at <= now() ORDER BY next_attempt_at "
                        + "LIMIT 1 FOR UPDATE SKIP LOCKED")
                .getResultList();
        return rows.stream().findFirst().map(row -> new Request((UUID) row[0], (String) row[1], (UUID) row[2],
                ((Number) row[3]).intValue()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(UUID assessmentId) {
        entityManager.createNativeQuery("DELETE FROM match_request WHERE assessment_id = ?1")
                .setParameter(1, assessmentId).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(UUID assessmentId, Duration backoff, String error) {
        entityManager.createNativeQuery("UPDATE match_request SET attempts = attempts + 1, last_error = ?2, "
                        + "next_attempt_at = ?3 WHERE assessment_id = ?1")
                .setParameter(1, assessmentId)
                .setParameter(2, error.length() <= 2000 ? error : error.substring(0, 2000))
                .setParameter(3, Instant.now().plus(backoff))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> pendingReason(UUID assessmentId) {
        @SuppressWarnings("unchecked")
        List<String> reasons = entityManager.createNativeQuery(
                        "SELECT reason FROM match_request WHERE assessment_id = ?1")
                .setParameter(1, assessmentId).getResultList();
        return reasons.stream().findFirst();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long backlog() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM match_request").getSingleResult())
                .longValue();
    }
}

package org.smartlibrary.matching.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.smartlibrary.matching.config.MatchingConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pending (re-)match work, one row per assessment (requests coalesce). Rows are written in the transaction of the
 * change that causes them and deleted in the transaction that stores the result, so the work cannot be lost.
 * <p>
 * When a row is due ({@code next_attempt_at}): an assessment completion at once, and a row it requested stays due at
 * once whatever partner changes follow. Partner changes are gathered (see {@link MatchingConfig.PartnerChange}): due
 * {@code settle} after the latest one, but not later than {@code max-wait} after {@code requested_at}, the first
 * request the row has not served yet (kept by every later request). A partner change never brings a row forward,
 * so the backoff of a failed match ({@link #failed}) is kept.
 */
@ApplicationScoped
public class MatchRequests {

    public static final String ASSESSMENT_COMPLETED = "ASSESSMENT_COMPLETED";
    public static final String PARTNER_CHANGED = "PARTNER_CHANGED";
    /** What other libraries ask of an offering this set relies on crossed its capacity (either way). */
    public static final String CAPACITY_CONTENTION = "CAPACITY_CONTENTION";
    /** The library's consortium's pooled set changed what it offers the library through the consortium. */
    public static final String CONSORTIUM_CHANGED = "CONSORTIUM_CHANGED";
    /** The library moved to another consortium (consortium re-matches only). */
    public static final String LIBRARY_CHANGED = "LIBRARY_CHANGED";

    /** An assessment completion outranks a partner change as the reason of a row. */
    private static final String KEEP_COMPLETION_REASON = "reason = CASE WHEN match_request.reason = '"
            + ASSESSMENT_COMPLETED + "' THEN match_request.reason ELSE EXCLUDED.reason END, ";

    private static final String DUE_AT_ONCE = " ON CONFLICT (assessment_id) DO UPDATE SET " + KEEP_COMPLETION_REASON
            + "partner_id = EXCLUDED.partner_id, "
            + "next_attempt_at = LEAST(match_request.next_attempt_at, EXCLUDED.next_attempt_at)";

    /** ?4 settle and ?5 max-wait in milliseconds. */
    private static final String SETTLED_DUE = settledDue(4);

    private static final String DUE_AFTER_SETTLING = dueAfterSettling(4);

    /** Due {@code settle} after now, at most {@code max-wait} after {@code base}: ?n settle, ?(n+1) max-wait (ms). */
    private static String settledDue(int settleParameter) {
        return "LEAST(now() + ?" + settleParameter + " * INTERVAL '1 millisecond', %s + ?" + (settleParameter + 1)
                + " * INTERVAL '1 millisecond')";
    }

    /** A settling request never brings a row forward, nor delays a completion: ?n settle, ?(n+1) max-wait. */
    private static String dueAfterSettling(int settleParameter) {
        return " ON CONFLICT (assessment_id) DO UPDATE SET "
                + KEEP_COMPLETION_REASON + "partner_id = EXCLUDED.partner_id, "
                + "next_attempt_at = CASE WHEN match_request.reason = '" + ASSESSMENT_COMPLETED + "' "
                + "THEN match_request.next_attempt_at "
                + "ELSE GREATEST(match_request.next_attempt_at, "
                + settledDue(settleParameter).formatted("match_request.requested_at") + ") END";
    }

    @Inject
    EntityManager entityManager;

    @Inject
    MatchingConfig config;

    public record Request(UUID assessmentId, String reason, UUID partnerId, int attempts) {
    }

    /** Requests a match of the assessment, due at once (an assessment completion). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request(UUID assessmentId, String reason) {
        entityManager.createNativeQuery("INSERT INTO match_request (assessment_id, reason, requested_at, next_attempt_at) "
                        + "VALUES (?1, ?2, now(), now())" + DUE_AT_ONCE)
                .setParameter(1, assessmentId)
                .setParameter(2, reason)
                .executeUpdate();
    }

    /**
     * Requests a re-match of these assessments for a change around them (capacity contention, their consortium's
     * pooled set), due once such requests have settled, as partner changes do. A pending completion keeps its reason
     * and its due time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestSettled(Collection<UUID> assessmentIds, String reason) {
        for (UUID assessmentId : assessmentIds) {
            entityManager.createNativeQuery("INSERT INTO match_request "
                            + "(assessment_id, reason, partner_id, requested_at, next_attempt_at) "
                            + "SELECT a.assessment_id, ?1, NULL, now(), " + settledDue(3).formatted("now()")
                            + " FROM assessment a WHERE a.assessment_id = ?2" + dueAfterSettling(3))
                    .setParameter(1, reason)
                    .setParameter(2, assessmentId)
                    .setParameter(3, config.partnerChange().settle().toMillis())
                    .setParameter(4, config.partnerChange().maxWait().toMillis())
                    .executeUpdate();
        }
    }

    /**
     * Requests a re-match of every stored assessment a partner change can affect: a need of one of these types whose
     * library is within the partner's {@code reach} (its service area before or after the change), or the partner
     * in its current recommendations (wherever the library is, so that a partner that left its area is dropped). Due
     * once the partner changes have settled (see the class comment). Returns how many were requested.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int requestForPartner(UUID partnerId, Collection<String> needTypes, PartnerReach reach) {
        List<String> types = needTypes.isEmpty() ? List.of("") : List.copyOf(needTypes);
        var query = entityManager.createNativeQuery("INSERT INTO match_request "
                        + "(assessment_id, reason, partner_id, requested_at, next_attempt_at) "
                        + "SELECT a.assessment_id, ?1, ?2, now(), " + SETTLED_DUE.formatted("now()")
                        + " FROM assessment a "
                        + "WHERE (a.assessment_id IN (SELECT t.assessment_id FROM assessment_need_type t "
                        + "                           WHERE t.need_type IN (?3))" + withinReach(reach, 6) + ")"
                        + "   OR a.assessment_id IN (SELECT rp.assessment_id FROM recommended_partner rp "
                        + "                          WHERE rp.partner_id = ?2 AND rp.current)"
                        + DUE_AFTER_SETTLING)
                .setParameter(1, PARTNER_CHANGED)
                .setParameter(2, partnerId)
                .setParameter(3, types)
                .setParameter(4, config.partnerChange().settle().toMillis())
                .setParameter(5, config.partnerChange().maxWait().toMillis());
        return bindReach(query, reach, 6).executeUpdate();
    }

    /**
     * " AND (the library of assessment a is within reach)", with the regions and cities as parameters ?n and ?(n+1);
     * nothing when the partner reaches everywhere.
     */
    static String withinReach(PartnerReach reach, int firstParameter) {
        if (reach.everywhere()) {
            return "";
        }
        return " AND (lower(a.region) = ANY(?" + firstParameter + ") OR lower(a.city) = ANY(?"
                + (firstParameter + 1) + "))";
    }

    /** Binds the parameters of {@link #withinReach}. */
    static Query bindReach(Query query, PartnerReach reach, int firstParameter) {
        if (reach.everywhere()) {
            return query;
        }
        return query.setParameter(firstParameter, reach.regionArray())
                .setParameter(firstParameter + 1, reach.cityArray());
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

package org.smartlibrary.matching.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.smartlibrary.matching.config.MatchingConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pending (re-)match work of consortia, one row per consortium key (requests coalesce). Rows are written in the
 * transaction of the change that causes them and deleted in the transaction that stores the result, so the work
 * cannot be lost.
 * <p>
 * Every request settles (see {@link MatchingConfig.PartnerChange}), an assessment completion as much as a partner
 * change: a consortium re-match is due {@code settle} after the latest request, but not later than {@code max-wait}
 * after {@code requested_at}, the first request the row has not served yet (kept by every later request). So members
 * completing their assessments one after another cause one re-match once they have settled. A request never brings
 * a row forward, so the backoff of a failed match ({@link #failed}) is kept. The reason of a row is
 * ASSESSMENT_COMPLETED as soon as one completion asked for it.
 */
@ApplicationScoped
public class ConsortiumMatchRequests {

    /** ?3 settle and ?4 max-wait in milliseconds. */
    private static final String SETTLED_DUE = "LEAST(now() + ?3 * INTERVAL '1 millisecond', "
            + "%s + ?4 * INTERVAL '1 millisecond')";

    private static final String COALESCE = " ON CONFLICT (consortium_key) DO UPDATE SET "
            + "reason = CASE WHEN consortium_match_request.reason = '" + MatchRequests.ASSESSMENT_COMPLETED + "' "
            + "THEN consortium_match_request.reason ELSE EXCLUDED.reason END, "
            + "next_attempt_at = GREATEST(consortium_match_request.next_attempt_at, "
            + SETTLED_DUE.formatted("consortium_match_request.requested_at") + ")";

    @Inject
    EntityManager entityManager;

    @Inject
    MatchingConfig config;

    /** A due request: the consortium key, why, and how often it failed before. */
    public record Request(String consortiumKey, String reason, int attempts) {
    }

    /** Requests a re-match of these consortia (keys, give them sorted), due once the requests have settled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request(Collection<String> consortiumKeys, String reason) {
        for (String key : consortiumKeys) {
            entityManager.createNativeQuery("INSERT INTO consortium_match_request "
                            + "(consortium_key, reason, requested_at, next_attempt_at) "
                            + "VALUES (?1, ?2, now(), " + SETTLED_DUE.formatted("now()") + ")" + COALESCE)
                    .setParameter(1, key)
                    .setParameter(2, reason)
                    .setParameter(3, config.partnerChange().settle().toMillis())
                    .setParameter(4, config.partnerChange().maxWait().toMillis())
                    .executeUpdate();
        }
    }

    /**
     * Requests a re-match of every consortium a partner change can affect: a member's stored assessment has a need of
     * one of these types and its library is within the partner's {@code reach} (a pooled need is served only where
     * the partner serves every contributing member, so a consortium without a member in reach cannot gain it), or
     * the consortium's current set ranks the partner. Returns how many were requested.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int requestForPartner(UUID partnerId, Collection<String> needTypes, PartnerReach reach) {
        List<String> types = needTypes.isEmpty() ? List.of("") : List.copyOf(needTypes);
        var query = entityManager.createNativeQuery("INSERT INTO consortium_match_request "
                        + "(consortium_key, reason, requested_at, next_attempt_at) "
                        + "SELECT k.consortium_key, ?1, now(), " + SETTLED_DUE.formatted("now()") + " FROM ("
                        + "  SELECT a.consortium_key FROM assessment a "
                        + "  WHERE a.consortium_key IS NOT NULL AND a.assessment_id IN "
                        + "        (SELECT t.assessment_id FROM assessment_need_type t WHERE t.need_type IN (?5))"
                        + MatchRequests.withinReach(reach, 6)
                        + "  UNION "
                        + "  SELECT rp.consortium_key FROM consortium_recommended_partner rp "
                        + "  WHERE rp.partner_id = ?2 AND rp.current) k "
                        // in key order, as request() writes them: concurrent writers lock rows in one order
                        + "ORDER BY k.consortium_key"
                        + COALESCE)
                .setParameter(1, MatchRequests.PARTNER_CHANGED)
                .setParameter(2, partnerId)
                .setParameter(3, config.partnerChange().settle().toMillis())
                .setParameter(4, config.partnerChange().maxWait().toMillis())
                .setParameter(5, types);
        return MatchRequests.bindReach(query, reach, 6).executeUpdate();
    }

    /** Takes the next due request, locked for this transaction (other workers skip it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Request> lockNextDue() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT consortium_key, reason, attempts "
                        + "FROM consortium_match_request WHERE next_attempt_at <= now() ORDER BY next_attempt_at "
                        + "LIMIT 1 FOR UPDATE SKIP LOCKED")
                .getResultList();
        return rows.stream().findFirst()
                .map(row -> new Request((String) row[0], (String) row[1], ((Number) row[2]).intValue()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String consortiumKey) {
        entityManager.createNativeQuery("DELETE FROM consortium_match_request WHERE consortium_key = ?1")
                .setParameter(1, consortiumKey).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(String consortiumKey, Duration backoff, String error) {
        entityManager.createNativeQuery("UPDATE consortium_match_request SET attempts = attempts + 1, "
                        + "last_error = ?2, next_attempt_at = ?3 WHERE consortium_key = ?1")
                .setParameter(1, consortiumKey)
                .setParameter(2, error.length() <= 2000 ? error : error.substring(0, 2000))
                .setParameter(3, Instant.now().plus(backoff))
                .executeUpdate();
    }

    /** Whether a re-match of the consortium is queued (or running). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean pending(String consortiumKey) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM consortium_match_request WHERE consortium_key = ?1")
                .setParameter(1, consortiumKey).getSingleResult()).longValue() > 0;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long backlog() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM consortium_match_request")
                .getSingleResult()).longValue();
    }
}

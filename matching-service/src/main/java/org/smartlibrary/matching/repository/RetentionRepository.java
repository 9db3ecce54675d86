package org.smartlibrary.matching.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * The deletes of the retention purge, one batch each. Every batch picks its rows with {@code FOR UPDATE SKIP LOCKED},
 * so replicas purging at the same time skip each other's rows (and rows a match is changing) instead of waiting.
 */
@ApplicationScoped
public class RetentionRepository {

    @Inject
    EntityManager entityManager;

    /** Deletes at most {@code limit} processed event ids recorded before {@code cutoff}; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteProcessedEventsBefore(Instant cutoff, int limit) {
        return entityManager.createNativeQuery("""
                        DELETE FROM processed_event WHERE event_id IN (
                            SELECT event_id FROM processed_event WHERE processed_at < ?1
                            LIMIT ?2 FOR UPDATE SKIP LOCKED)""")
                .setParameter(1, cutoff).setParameter(2, limit).executeUpdate();
    }

    /**
     * Deletes at most {@code limit} superseded recommendation sets (their recommended partners go with them, ON
     * DELETE CASCADE): sets that are not current, not among the {@code keep} newest of their assessment (by generated
     * time, then revision and set version; the current set counts among them) and that no feedback names (feedback
     * points at a set by assessment, revision and set version). Returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteSupersededSets(int keep, int limit) {
        return entityManager.createNativeQuery("""
                        DELETE FROM recommendation_set WHERE id IN (
                            SELECT s.id FROM recommendation_set s
                            WHERE NOT s.current
                              AND s.id IN (
                                  SELECT id FROM (
                                      SELECT id, row_number() OVER (PARTITION BY assessment_id
                                              ORDER BY generated_at DESC, revision DESC, set_version DESC) AS newness
                                      FROM recommendation_set) ranked
                                  WHERE newness > ?1)
                              AND NOT EXISTS (
                                  SELECT 1 FROM match_feedback f
                                  WHERE f.assessment_id = s.assessment_id AND f.revision = s.revision
                                    AND f.set_version = s.set_version)
                            LIMIT ?2 FOR UPDATE OF s SKIP LOCKED)""")
                .setParameter(1, keep).setParameter(2, limit).executeUpdate();
    }

    /**
     * Deletes at most {@code limit} superseded consortium recommendation sets (their ranked partners go with them, ON
     * DELETE CASCADE): sets that are not current and not among the {@code keep} newest versions of their consortium
     * (the current set counts among them). Returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteSupersededConsortiumSets(int keep, int limit) {
        return entityManager.createNativeQuery("""
                        DELETE FROM consortium_recommendation_set WHERE id IN (
                            SELECT s.id FROM consortium_recommendation_set s
                            WHERE NOT s.current
                              AND s.id IN (
                                  SELECT id FROM (
                                      SELECT id, row_number() OVER (PARTITION BY consortium_key
                                              ORDER BY set_version DESC) AS newness
                                      FROM consortium_recommendation_set) ranked
                                  WHERE newness > ?1)
                            LIMIT ?2 FOR UPDATE OF s SKIP LOCKED)""")
                .setParameter(1, keep).setParameter(2, limit).executeUpdate();
    }
}

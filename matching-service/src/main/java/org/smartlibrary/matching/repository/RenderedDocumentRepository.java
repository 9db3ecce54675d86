package org.smartlibrary.matching.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The READY documents kept with the current recommendation sets ({@code recommendation_set.rendered} and
 * {@code consortium_recommendation_set.rendered}, with the offset of their {@code refresh_pending} value and the
 * fingerprint of the build that rendered them): each read in one statement together with what a read decides per
 * request, and kept once rendered. The columns are not
 * mapped on the entities, so the sets the worker loads do not carry them.
 */
@ApplicationScoped
public class RenderedDocumentRepository {

    @Inject
    EntityManager entityManager;

    /**
     * An assessment (its library and newest revision) with its current set, if any: the set's id, revision and
     * version, its rendered document (null until rendered) with the fingerprint of its rendering, and whether a
     * re-match is queued.
     */
    public record AssessmentDocument(UUID libraryId, int assessmentRevision, UUID setId, Integer revision,
                                     Integer setVersion, Kept kept, boolean refreshPending) {
    }

    /**
     * A consortium's current set: its id and version, its rendered document (null until rendered) with the
     * fingerprint of its rendering, and whether a re-match is queued.
     */
    public record ConsortiumDocument(UUID setId, int setVersion, Kept kept, boolean refreshPending) {
    }

    /** A kept rendering: the document, the offset of its refresh_pending value, the rendering's fingerprint. */
    public record Kept(byte[] json, int refreshPendingAt, String renderedWith) {
    }

    /** The assessment with its current set and rendered document; empty when no such assessment is stored. */
    public Optional<AssessmentDocument> ofAssessment(UUID assessmentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT a.library_id, a.revision, s.id, s.revision, s.set_version, s.rendered,
                               s.rendered_refresh_pending_at, s.rendered_with,
                               EXISTS (SELECT 1 FROM match_request r WHERE r.assessment_id = a.assessment_id)
                        FROM assessment a
                        LEFT JOIN recommendation_set s ON s.assessment_id = a.assessment_id AND s.current
                        WHERE a.assessment_id = ?1""")
                .setParameter(1, assessmentId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new AssessmentDocument((UUID) row[0], ((Number) row[1]).intValue(),
                (UUID) row[2], integer(row[3]), integer(row[4]), kept(row[5], row[6], row[7]), (Boolean) row[8]));
    }

    /** The consortium's current set with its rendered document; empty when the consortium has no set. */
    public Optional<ConsortiumDocument> ofConsortium(String consortiumKey) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT s.id, s.set_version, s.rendered, s.rendered_refresh_pending_at, s.rendered_with,
                               EXISTS (SELECT 1 FROM consortium_match_request r
                                       WHERE r.consortium_key = s.consortium_key)
                        FROM consortium_recommendation_set s
                        WHERE s.consortium_key = ?1 AND s.current""")
                .setParameter(1, consortiumKey)
                .getResultList();
        return rows.stream().findFirst().map(row -> new ConsortiumDocument((UUID) row[0], ((Number) row[1]).intValue(),
                kept(row[2], row[3], row[4]), (Boolean) row[5]));
    }

    /**
     * Keeps the rendered document of a recommendation set, unless a concurrent read of the same build kept it
     * first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepForRecommendationSet(UUID setId, Kept rendered) {
        keep("recommendation_set", setId, rendered);
    }

    /**
     * Keeps the rendered document of a consortium recommendation set, unless a concurrent read of the same build
     * kept it first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepForConsortiumSet(UUID setId, Kept rendered) {
        keep("consortium_recommendation_set", setId, rendered);
    }

    private void keep(String table, UUID setId, Kept rendered) {
        entityManager.createNativeQuery("UPDATE " + table + " SET rendered = ?2, rendered_refresh_pending_at = ?3, "
                        + "rendered_with = ?4 WHERE id = ?1 AND rendered_with IS DISTINCT FROM ?4")
                .setParameter(1, setId)
                .setParameter(2, rendered.json())
                .setParameter(3, rendered.refreshPendingAt())
                .setParameter(4, rendered.renderedWith())
                .executeUpdate();
    }

    private static Kept kept(Object json, Object refreshPendingAt, Object renderedWith) {
        return json == null ? null
                : new Kept((byte[]) json, ((Number) refreshPendingAt).intValue(), (String) renderedWith);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}

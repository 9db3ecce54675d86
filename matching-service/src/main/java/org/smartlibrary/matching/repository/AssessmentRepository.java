package org.smartlibrary.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.smartlibrary.matching.model.Assessment;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The stored assessments (newest completed revision each) and the need types re-matches are chosen by. */
@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /** The assessment, its row locked until the transaction ends; null if none is stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assessment findForUpdate(UUID assessmentId) {
        return findById(assessmentId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Replaces the need types of the assessment ({@code assessment_need_type}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceNeedTypes(UUID assessmentId, Collection<String> needTypes) {
        getEntityManager().createNativeQuery("DELETE FROM assessment_need_type WHERE assessment_id = ?1")
                .setParameter(1, assessmentId).executeUpdate();
        for (String type : needTypes) {
            getEntityManager().createNativeQuery(
                            "INSERT INTO assessment_need_type (assessment_id, need_type) VALUES (?1, ?2)")
                    .setParameter(1, assessmentId).setParameter(2, type).executeUpdate();
        }
    }

    /** The consortium keys the library's stored assessments name (any of its assessments). */
    @SuppressWarnings("unchecked")
    public List<String> consortiumKeysOfLibrary(UUID libraryId) {
        return getEntityManager().createNativeQuery("SELECT DISTINCT consortium_key FROM assessment "
                        + "WHERE library_id = ?1 AND consortium_key IS NOT NULL")
                .setParameter(1, libraryId).getResultList();
    }

    /**
     * Sets the consortium of every stored assessment of the library (a library-directory change: the library moved);
     * returns how many there are.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int moveLibrary(UUID libraryId, String consortium, String consortiumKey) {
        return getEntityManager().createNativeQuery("UPDATE assessment SET consortium = ?2, consortium_key = ?3 "
                        + "WHERE library_id = ?1")
                .setParameter(1, libraryId)
                .setParameter(2, consortium)
                .setParameter(3, consortiumKey)
                .executeUpdate();
    }

    /**
     * The members of a consortium: per library, its most recently completed stored assessment, for the libraries
     * whose such assessment names this consortium (a library whose latest assessment names another consortium, or
     * none, has left it). Ordered by library id.
     */
    @SuppressWarnings("unchecked")
    public List<Assessment> currentMembers(String consortiumKey) {
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        SELECT latest.assessment_id FROM (
                            SELECT DISTINCT ON (library_id) assessment_id, consortium_key FROM assessment
                            WHERE library_id IN (SELECT library_id FROM assessment WHERE consortium_key = ?1)
                            ORDER BY library_id, completed_at DESC, revision DESC, assessment_id DESC) latest
                        WHERE latest.consortium_key = ?1""")
                .setParameter(1, consortiumKey).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("assessmentId in ?1", ids).stream()
                .sorted(Comparator.comparing((Assessment assessment) -> assessment.libraryId))
                .toList();
    }
}

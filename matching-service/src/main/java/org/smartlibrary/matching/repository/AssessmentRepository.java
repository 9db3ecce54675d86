package org.smartlibrary.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.smartlibrary.matching.model.Assessment;

import java.util.Collection;
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
}

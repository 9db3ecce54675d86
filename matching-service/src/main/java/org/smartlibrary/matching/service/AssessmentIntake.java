package org.smartlibrary.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.smartlibrary.matching.model.AssessmentCompleted;
import org.smartlibrary.matching.repository.AssessmentRecord;
import org.smartlibrary.matching.repository.MatchRequests;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keeps the newest completed revision of each assessment and requests its match. A revision that is not newer
 * than the stored one (an older revision arriving late, or the same revision again) changes nothing.
 */
@ApplicationScoped
public class AssessmentIntake {

    @Inject
    EntityManager entityManager;

    @Inject
    MatchRequests matchRequests;

    /** Checks what the schema cannot (e.g. unique need ids); throws IllegalArgumentException if unusable. */
    public void check(AssessmentCompleted completed) {
        AssessmentInputs.from(completed);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean accept(AssessmentCompleted completed, String payloadJson) {
        AssessmentRecord row = entityManager.find(AssessmentRecord.class, completed.assessmentId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (row != null && row.revision >= completed.revision()) {
            return false;
        }
        boolean created = row == null;
        if (created) {
            row = new AssessmentRecord();
            row.assessmentId = completed.assessmentId();
        }
        row.revision = completed.revision();
        row.libraryId = completed.library().libraryId();
        row.libraryName = completed.library().name();
        row.region = completed.library().region();
        row.city = completed.library().city();
        row.payload = payloadJson;
        row.completedAt = completed.completedAt().toInstant();
        row.receivedAt = Instant.now();
        if (created) {
            entityManager.persist(row);
        }
        entityManager.flush();
        entityManager.createNativeQuery("DELETE FROM assessment_need_type WHERE assessment_id = ?1")
                .setParameter(1, completed.assessmentId()).executeUpdate();
        Set<String> types = new LinkedHashSet<>();
        completed.needs().forEach(need -> types.add(need.type()));
        for (String type : types) {
            entityManager.createNativeQuery("INSERT INTO assessment_need_type (assessment_id, need_type) VALUES (?1, ?2)")
                    .setParameter(1, completed.assessmentId()).setParameter(2, type).executeUpdate();
        }
        matchRequests.request(completed.assessmentId(), MatchRequests.ASSESSMENT_COMPLETED);
        return true;
    }
}

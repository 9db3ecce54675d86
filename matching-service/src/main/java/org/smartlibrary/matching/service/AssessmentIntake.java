package org.smartlibrary.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.matching.model.Assessment;
import org.smartlibrary.matching.repository.AssessmentRepository;
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
    AssessmentRepository assessments;

    @Inject
    MatchRequests matchRequests;

    /** Checks what the schema cannot (e.g. unique need ids); throws IllegalArgumentException if unusable. */
    public void check(AssessmentCompleted completed) {
        AssessmentInputs.from(completed);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean accept(AssessmentCompleted completed, String payloadJson) {
        Assessment row = assessments.findForUpdate(completed.assessmentId());
        if (row != null && row.revision >= completed.revision()) {
            return false;
        }
        boolean created = row == null;
        if (created) {
            row = new Assessment();
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
            assessments.persist(row);
        }
        assessments.flush();
        Set<String> types = new LinkedHashSet<>();
        completed.needs().forEach(need -> types.add(need.type()));
        assessments.replaceNeedTypes(completed.assessmentId(), types);
        matchRequests.request(completed.assessmentId(), MatchRequests.ASSESSMENT_COMPLETED);
        return true;
    }
}

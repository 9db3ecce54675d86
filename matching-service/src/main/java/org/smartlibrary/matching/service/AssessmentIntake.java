package org.smartlibrary.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.matching.model.Assessment;
import org.smartlibrary.matching.repository.AssessmentRepository;
import org.smartlibrary.matching.repository.ConsortiumMatchRequests;
import org.smartlibrary.matching.repository.MatchRequests;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the newest completed revision of each assessment and requests its match, and the re-match of every
 * consortium the library's stored assessments name (the one it names now, and one it may have left). A revision that
 * is not newer than the stored one (an older revision arriving late, or the same revision again) changes nothing.
 * The consortium stored is the one {@link LibraryMemberships} decides: the library's membership from library-directory
 * when that is newer than the completion's library data, otherwise the one the completion names.
 */
@ApplicationScoped
public class AssessmentIntake {

    @Inject
    AssessmentRepository assessments;

    @Inject
    MatchRequests matchRequests;

    @Inject
    ConsortiumMatchRequests consortiumRequests;

    @Inject
    LibraryMemberships memberships;

    /**
     * Checks what the schema cannot (e.g. unique need ids, a consortium name assessment-service would not store);
     * throws IllegalArgumentException if unusable.
     */
    public void check(AssessmentCompleted completed) {
        AssessmentInputs.from(completed);
        String consortium = completed.library().consortium();
        if (consortium != null && consortium.length() > ConsortiumNames.MAX_LENGTH) {
            throw new IllegalArgumentException("library.consortium: longer than " + ConsortiumNames.MAX_LENGTH
                    + " characters");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean accept(AssessmentCompleted completed, String payloadJson) {
        memberships.lock(completed.library().libraryId()); // before the assessment row, as library-directory does
        Assessment row = assessments.findForUpdate(completed.assessmentId());
        if (row != null && row.revision >= completed.revision()) {
            return false;
        }
        boolean created = row == null;
        String previousConsortium = created ? null : row.consortiumKey;
        if (created) {
            row = new Assessment();
            row.assessmentId = completed.assessmentId();
        }
        row.revision = completed.revision();
        row.libraryId = completed.library().libraryId();
        row.libraryName = completed.library().name();
        row.region = completed.library().region();
        row.city = completed.library().city();
        row.consortium = memberships.consortiumOf(completed);
        row.consortiumKey = ConsortiumNames.key(row.consortium);
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
        // the consortium it names now, and any it named before: a library that moved leaves its old pool
        Set<String> consortia = new TreeSet<>(assessments.consortiumKeysOfLibrary(row.libraryId));
        if (previousConsortium != null) {
            consortia.add(previousConsortium);
        }
        consortiumRequests.request(consortia, MatchRequests.ASSESSMENT_COMPLETED);
        return true;
    }
}

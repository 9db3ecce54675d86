package org.smartlibrary.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.assessment.model.Assessment;
import org.smartlibrary.assessment.model.AssessmentRevision;
import org.smartlibrary.assessment.repository.RevisionRepository;
import org.smartlibrary.kit.http.Preconditions;
import org.smartlibrary.kit.problem.ProblemException;

import java.util.UUID;

/** Finds assessments and revisions, and guards writes: only the draft revision changes, and every change bumps it. */
@ApplicationScoped
public class Revisions {

    @Inject
    AssessmentAccess access;

    @Inject
    RevisionRepository revisions;

    public AssessmentRevision latest(Assessment assessment) {
        return revisions.find(assessment.id, assessment.latestRevision).orElseThrow(() -> lacksLatest(assessment));
    }

    /** A numbered revision of an assessment the caller was already allowed to read. */
    public AssessmentRevision revision(Assessment assessment, int revision) {
        return revisions.find(assessment.id, revision).orElseThrow(() -> noSuchRevision(assessment, revision));
    }

    /**
     * The newest revision with its assessment and library, read in one statement, if the caller may read the
     * assessment (404 otherwise).
     */
    public RevisionRepository.Row latestToRead(UUID assessmentId) {
        RevisionRepository.Row row = access.revisionToRead(assessmentId, null);
        if (row.revision() == null) {
            throw lacksLatest(row.assessment());
        }
        return row;
    }

    /**
     * The newest revision with its assessment and library, read in one statement and loaded for a change, if the
     * caller may change the assessment (404 otherwise).
     */
    public RevisionRepository.Row latestToChange(UUID assessmentId) {
        RevisionRepository.Row row = access.latestToChange(assessmentId);
        if (row.revision() == null) {
            throw lacksLatest(row.assessment());
        }
        return row;
    }

    /**
     * A numbered revision with its assessment and library, read in one statement, if the caller may read the
     * assessment (404 otherwise, and 404 naming the revision when it has none of that number).
     */
    public RevisionRepository.Row revisionToRead(UUID assessmentId, int revision) {
        RevisionRepository.Row row = access.revisionToRead(assessmentId, revision);
        if (row.revision() == null) {
            throw noSuchRevision(row.assessment(), revision);
        }
        return row;
    }

    public AssessmentRevision revisionById(UUID revisionId) {
        return revisions.findById(revisionId);
    }

    /**
     * The assessment's draft revision, for a change of the revision itself, if the caller may change the assessment
     * (404 otherwise). {@code ifMatch} is required and compared with the revision's ETag.
     */
    public AssessmentRevision draftForWrite(UUID assessmentId, String ifMatch) {
        AssessmentRevision revision = draft(assessmentId);
        Preconditions.checkIfMatch(ifMatch, revision.version);
        return revision;
    }

    /**
     * The assessment's draft revision, for adding a goal, need or offer to it, if the caller may change the
     * assessment (404 otherwise). {@code ifMatch} is optional (adding creates); when sent it is compared with the
     * revision's ETag.
     */
    public AssessmentRevision draftForAdding(UUID assessmentId, String ifMatch) {
        AssessmentRevision revision = draft(assessmentId);
        Preconditions.checkIfMatchWhenSent(ifMatch, revision.version);
        return revision;
    }

    private AssessmentRevision draft(UUID assessmentId) {
        AssessmentRevision revision = latest(access.toChange(assessmentId));
        requireDraft(revision);
        return revision;
    }

    public void requireDraft(AssessmentRevision revision) {
        if (!revision.isDraft()) {
            throw ProblemException.conflict("revision-completed", "Revision is completed",
                    "revision " + revision.revision + " of assessment " + revision.assessmentId
                            + " is completed and cannot change; POST /api/v1/assessments/" + revision.assessmentId
                            + "/revisions to start a new revision");
        }
    }

    private static IllegalStateException lacksLatest(Assessment assessment) {
        return new IllegalStateException("assessment " + assessment.id + " lacks its latest revision");
    }

    private static ProblemException noSuchRevision(Assessment assessment, int revision) {
        return ProblemException.notFound("revision " + revision + " of assessment", assessment.id);
    }

    /** Marks the revision changed: its version (ETag) goes up when the transaction flushes. */
    public void touch(AssessmentRevision revision) {
        revision.updatedAt = Timestamps.now();
    }
}

package org.smartlibrary.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.assessment.model.Assessment;
import org.smartlibrary.assessment.model.Library;
import org.smartlibrary.assessment.repository.AssessmentRepository;
import org.smartlibrary.assessment.repository.LibraryRepository;
import org.smartlibrary.assessment.repository.RevisionRepository;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.kit.security.Caller;
import org.smartlibrary.kit.security.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may see and change an assessment (with its revisions, goals, needs and offers): the staff of its library
 * read and change it, portals and platform administrators read it, nobody else learns that it exists (404 exactly
 * like a missing assessment). Every service method asks here first, before it reads or writes anything else.
 */
@ApplicationScoped
public class AssessmentAccess {

    @Inject
    Caller caller;

    @Inject
    AssessmentRepository assessments;

    @Inject
    LibraryRepository libraries;

    @Inject
    RevisionRepository revisions;

    /** The assessment, if the caller may read it; otherwise 404 as for a missing one. */
    public Assessment toRead(UUID assessmentId) {
        return readable(find(assessmentId));
    }

    /**
     * The assessment with its library and its revision of that number (the newest when null), read in one
     * statement, if the caller may read it; otherwise 404 as for a missing one. The revision is null when the
     * assessment has none of that number (which only a reader may learn).
     */
    public RevisionRepository.Row revisionToRead(UUID assessmentId, Integer revision) {
        RevisionRepository.Row row = revisions.toRead(assessmentId, revision).orElseThrow(() -> notFound(assessmentId));
        readable(row.assessment());
        return row;
    }

    /**
     * The assessment with its library and its newest revision, read in one statement and loaded for a change, if the
     * caller may change it (staff of its library); otherwise 404 as for a missing one.
     */
    public RevisionRepository.Row latestToChange(UUID assessmentId) {
        RevisionRepository.Row row = revisions.latestToChange(assessmentId).orElseThrow(() -> notFound(assessmentId));
        if (caller.isStaffOf(row.assessment().libraryId)) {
            return row;
        }
        throw notFound(assessmentId);
    }

    /** The assessment, if the caller may change it (staff of its library); otherwise 404 as for a missing one. */
    public Assessment toChange(UUID assessmentId) {
        Assessment assessment = find(assessmentId);
        if (caller.isStaffOf(assessment.libraryId)) {
            return assessment;
        }
        throw notFound(assessmentId);
    }

    /**
     * The library a new assessment is started for: only the caller's own. Another library is answered exactly like
     * a library that does not exist.
     */
    public Library libraryForNewAssessment(UUID libraryId) {
        if (!caller.isStaffOf(libraryId)) {
            throw unknownLibrary(libraryId);
        }
        return libraries.findByIdOptional(libraryId).orElseThrow(() -> unknownLibrary(libraryId));
    }

    /**
     * The list filter narrowed to the assessments the caller may see: staff see their own library's only (asking
     * for another library finds nothing); portals and platform administrators see all. Empty when nothing can match.
     */
    public Optional<RevisionRepository.Filter> visible(RevisionRepository.Filter requested) {
        if (caller.readsAcrossTenants()) {
            return Optional.of(requested);
        }
        Optional<UUID> own = caller.hasRole(Roles.LIBRARY_STAFF)
                ? caller.libraryId() : Optional.empty();
        if (own.isEmpty() || (requested.libraryId() != null && !requested.libraryId().equals(own.get()))) {
            return Optional.empty();
        }
        return Optional.of(requested.withLibraryId(own.get()));
    }

    private Assessment readable(Assessment assessment) {
        if (caller.readsAcrossTenants() || caller.isStaffOf(assessment.libraryId)) {
            return assessment;
        }
        throw notFound(assessment.id);
    }

    private Assessment find(UUID assessmentId) {
        return assessments.findByIdOptional(assessmentId).orElseThrow(() -> notFound(assessmentId));
    }

    private static ProblemException notFound(UUID assessmentId) {
        return ProblemException.notFound("assessment", assessmentId);
    }

    private static ProblemException unknownLibrary(UUID libraryId) {
        return ProblemException.invalid("library_id", "no library with id " + libraryId);
    }
}

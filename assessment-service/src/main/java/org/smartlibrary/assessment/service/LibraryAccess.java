package org.smartlibrary.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.assessment.model.Library;
import org.smartlibrary.assessment.repository.LibraryRepository;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.kit.security.Caller;
import org.smartlibrary.kit.security.Roles;

import java.util.Objects;
import java.util.UUID;

/**
 * Who may see and change a library, and a consortium's aggregate: staff their own library, consortium analysts
 * the member libraries of their consortium, portals and platform administrators every library. A library the
 * caller may not see answers 404 exactly like a missing one. Consortium names compare case-insensitively, as
 * everywhere in this service.
 */
@ApplicationScoped
public class LibraryAccess {

    @Inject
    Caller caller;

    @Inject
    LibraryRepository libraries;

    /** The library, if the caller may read it; otherwise 404 as for a missing one. */
    public Library toRead(UUID libraryId) {
        Library library = find(libraryId);
        if (caller.readsAcrossTenants() || caller.isStaffOf(library.id) || isAnalystOf(library.consortium)) {
            return library;
        }
        throw notFound(libraryId);
    }

    /** The library, if the caller may change it (its staff, platform administrators); otherwise 404. */
    public Library toChange(UUID libraryId) {
        Library library = find(libraryId);
        if (caller.isPlatformAdmin() || caller.isStaffOf(library.id)) {
            return library;
        }
        throw notFound(libraryId);
    }

    /**
     * Which consortium a library belongs to is set by platform administrators: staff describing their library send
     * the consortium it has (403 otherwise, the library is theirs to see but this field not theirs to change).
     */
    public void checkConsortium(Library library, String requested) {
        if (!caller.isPlatformAdmin() && !Objects.equals(library.consortium, requested)) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "consortium: only platform administrators move a library to another consortium; send the current"
                            + " value" + (library.consortium == null ? " (none)" : " '" + library.consortium + "'"));
        }
    }

    /** The libraries the caller may list. */
    public LibraryRepository.Visible visible() {
        if (caller.readsAcrossTenants()) {
            return LibraryRepository.Visible.ALL;
        }
        UUID library = caller.hasRole(Roles.LIBRARY_STAFF) ? caller.libraryId().orElse(null) : null;
        String consortium = caller.hasRole(Roles.CONSORTIUM_ANALYST) ? caller.consortiumId().orElse(null) : null;
        return new LibraryRepository.Visible(false, library, consortium);
    }

    /** A consortium's aggregate: its analysts, portals and platform administrators; otherwise 404 as for a missing one. */
    public void checkConsortiumReadable(String consortium) {
        if (!caller.readsAcrossTenants() && !isAnalystOf(consortium)) {
            throw ProblemException.notFound("consortium", consortium);
        }
    }

    private boolean isAnalystOf(String consortium) {
        return consortium != null && caller.hasRole(Roles.CONSORTIUM_ANALYST)
                && caller.consortiumId().filter(consortium::equalsIgnoreCase).isPresent();
    }

    private Library find(UUID libraryId) {
        return libraries.findByIdOptional(libraryId).orElseThrow(() -> notFound(libraryId));
    }

    private static ProblemException notFound(UUID libraryId) {
        return ProblemException.notFound("library", libraryId);
    }
}

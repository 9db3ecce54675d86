package org.smartlibrary.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.matching.repository.AssessmentRepository;
import org.smartlibrary.matching.repository.ConsortiumMatchRequests;
import org.smartlibrary.matching.repository.MatchRequests;
import org.smartlibrary.matching.repository.LibraryMembershipRepository;
import org.smartlibrary.matching.repository.LibraryMembershipRepository.Membership;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Which consortium a library belongs to, decided in this one place from two sources: library-directory snapshots
 * (a platform administrator moved the library) and the library named by an assessment-completed event.
 * <p>
 * The newer library state wins. A snapshot is newer than the membership held when its {@code library_version} is
 * greater. A completion that names its library version (assessment-completed 1.2) is older than the membership when
 * that version is lower than the membership's; one that does not (1.0, 1.1) when its {@code completed_at} is before
 * the membership's {@code changed_at} (both written by assessment-service). A completion that is not older sets the
 * membership.
 * <p>
 * Every method takes the library's lock first, so a snapshot and a completion of the same library, consumed on
 * different threads or replicas, apply one after the other.
 */
@ApplicationScoped
public class LibraryMemberships {

    @Inject
    LibraryMembershipRepository memberships;

    @Inject
    AssessmentRepository assessments;

    @Inject
    ConsortiumMatchRequests consortiumRequests;

    /**
     * Applies a snapshot newer than the membership held: records it, moves the library's stored assessments to its
     * consortium and requests a re-match of the consortium it left and the one it joined. Returns false for a
     * snapshot that is not newer (a redelivery, or a record arriving late), which changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(LibrarySnapshot snapshot) {
        memberships.lock(snapshot.libraryId());
        Optional<Membership> held = memberships.find(snapshot.libraryId());
        if (held.isPresent() && snapshot.libraryVersion() <= held.get().libraryVersion()) {
            return false;
        }
        String consortium = ConsortiumNames.named(snapshot.consortium()) ? snapshot.consortium() : null;
        String key = ConsortiumNames.key(consortium);
        // what the library belonged to before: the membership held and whatever its stored assessments name
        Set<String> left = new TreeSet<>(assessments.consortiumKeysOfLibrary(snapshot.libraryId()));
        held.map(Membership::consortiumKey).ifPresent(left::add);
        memberships.save(new Membership(snapshot.libraryId(), consortium, key, snapshot.libraryVersion(),
                snapshot.updatedAt().toInstant()));
        assessments.moveLibrary(snapshot.libraryId(), consortium, key);
        Set<String> joined = key == null ? Set.of() : Set.of(key);
        if (!left.equals(joined)) {
            Set<String> affected = new TreeSet<>(left);
            affected.addAll(joined);
            consortiumRequests.request(affected, MatchRequests.LIBRARY_CHANGED);
        }
        return true;
    }

    /**
     * The consortium (null: none) a completed assessment of the library belongs to: the membership held when it is
     * newer than the completion's library data, otherwise the completion's, which then becomes the membership.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String consortiumOf(AssessmentCompleted completed) {
        AssessmentCompleted.Library library = completed.library();
        memberships.lock(library.libraryId());
        Optional<Membership> held = memberships.find(library.libraryId());
        Instant completedAt = completed.completedAt().toInstant();
        if (held.isPresent() && newerThanCompletion(held.get(), library.libraryVersion(), completedAt)) {
            return held.get().consortium();
        }
        String consortium = ConsortiumNames.named(library.consortium()) ? library.consortium() : null;
        if (held.isPresent() || library.libraryVersion() != null) {
            long version = held.map(Membership::libraryVersion).orElse(0L);
            if (library.libraryVersion() != null) {
                version = Math.max(version, library.libraryVersion());
            }
            Instant changedAt = held.map(Membership::changedAt).filter(completedAt::isBefore).orElse(completedAt);
            memberships.save(new Membership(library.libraryId(), consortium, ConsortiumNames.key(consortium), version,
                    changedAt));
        }
        return consortium;
    }

    /** Locks the library for the rest of the transaction; take it before any assessment row of the library. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID libraryId) {
        memberships.lock(libraryId);
    }

    private static boolean newerThanCompletion(Membership held, Long completionVersion, Instant completedAt) {
        return completionVersion != null ? held.libraryVersion() > completionVersion
                : held.changedAt().isAfter(completedAt);
    }
}

package org.smartlibrary.matching.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Each library's current consortium ({@code library_membership}) and the lock that orders a library's changes. */
@ApplicationScoped
public class LibraryMembershipRepository {

    /** Advisory locks of libraries: this value in the high half, a hash of the library id in the low half. */
    private static final long LOCK_SPACE = 0x6c6962L << 32; // "lib"

    @Inject
    EntityManager entityManager;

    @Inject
    AdvisoryLocks locks;

    /**
     * A library's membership: its consortium (null: none) and key, the library version that says so and when that
     * library state was written.
     */
    public record Membership(UUID libraryId, String consortium, String consortiumKey, long libraryVersion,
                             Instant changedAt) {
    }

    /**
     * Locks the library until the transaction ends (across replicas): a snapshot and a completion of one library
     * arrive on different topics, so on different threads; each takes this lock before any row it writes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID libraryId) {
        locks.exclusive(LOCK_SPACE | (libraryId.hashCode() & 0xffffffffL));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Membership> find(UUID libraryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT consortium, consortium_key, library_version, "
                        + "changed_at FROM library_membership WHERE library_id = ?1")
                .setParameter(1, libraryId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Membership(libraryId, (String) row[0], (String) row[1],
                ((Number) row[2]).longValue(), instant(row[3])));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Membership membership) {
        entityManager.createNativeQuery("INSERT INTO library_membership "
                        + "(library_id, consortium, consortium_key, library_version, changed_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (library_id) DO UPDATE SET "
                        + "consortium = EXCLUDED.consortium, consortium_key = EXCLUDED.consortium_key, "
                        + "library_version = EXCLUDED.library_version, changed_at = EXCLUDED.changed_at")
                .setParameter(1, membership.libraryId())
                .setParameter(2, membership.consortium())
                .setParameter(3, membership.consortiumKey())
                .setParameter(4, membership.libraryVersion())
                .setParameter(5, membership.changedAt())
                .executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}

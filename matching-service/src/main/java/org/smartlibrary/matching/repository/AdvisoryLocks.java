package org.smartlibrary.matching.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * PostgreSQL advisory locks held until the transaction ends, across all replicas: the one way this service takes
 * them. Each user owns its keys ({@link PartnerChangeLock}, {@link OfferingAsks}, {@link LibraryMembershipRepository}).
 */
@ApplicationScoped
public class AdvisoryLocks {

    @Inject
    EntityManager entityManager;

    /** Waits until no other transaction holds {@code key} in any mode, then holds it exclusively. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void exclusive(long key) {
        entityManager.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)").setParameter(1, key)
                .getSingleResult();
    }

    /** Waits until no other transaction holds {@code key} exclusively, then holds it shared. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shared(long key) {
        entityManager.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock_shared(?1)").setParameter(1, key)
                .getSingleResult();
    }
}

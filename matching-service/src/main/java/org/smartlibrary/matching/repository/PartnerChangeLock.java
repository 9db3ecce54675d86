package org.smartlibrary.matching.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A PostgreSQL advisory lock (transaction-scoped) between partner changes and matching, across all replicas.
 * A partner change holds it exclusively while it writes the read model and picks the assessments to re-match; a
 * match holds it shared while it refreshes the index and scores. So a match either sees the change, or finished
 * before the change chose what to re-match (and is then re-matched): no partner change is ever missed. It also makes
 * the partner change sequence commit in order.
 */
@ApplicationScoped
public class PartnerChangeLock {

    private static final long KEY = 0x6d61746368L; // "match"

    @Inject
    AdvisoryLocks locks;

    @Transactional(Transactional.TxType.MANDATORY)
    public void exclusive() {
        locks.exclusive(KEY);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void shared() {
        locks.shared(KEY);
    }
}

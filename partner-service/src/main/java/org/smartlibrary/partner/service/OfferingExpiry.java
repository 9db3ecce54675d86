package org.smartlibrary.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.partner.config.PartnerServiceConfig;
import org.smartlibrary.partner.model.Partner;
import org.smartlibrary.partner.repository.PartnerRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Stores EXPIRED on ACTIVE offerings whose window has ended, in batches of partners (one transaction each), and
 * publishes one snapshot per affected partner. Reads show the effective status even before this ran.
 *
 * <p>One replica at a time: each batch first takes the PostgreSQL transaction-level advisory lock {@link #LOCK_KEY}
 * without waiting ({@code pg_try_advisory_xact_lock}); a replica that does not get it skips, because another one is
 * expiring offerings at that moment. The lock ends with the batch's transaction, also when a replica dies.
 */
@ApplicationScoped
public class OfferingExpiry {

    /**
     * Key of the advisory lock of the expiry job: "expiry" in ASCII. (The duplicate guard's advisory locks are
     * hashes of text keys, see {@link DuplicateGuard}.)
     */
    public static final long LOCK_KEY = 0x65_78_70_69_72_79L;

    @Inject
    PartnerRepository partners;

    @Inject
    OfferingService offerings;

    @Inject
    PartnerMapper mapper;

    @Inject
    PartnerServiceConfig config;

    /**
     * Handles one batch: the number of offerings it expired (0 when nothing was due), or empty when another replica
     * holds the expiry lock and this one skipped.
     */
    @Transactional
    public OptionalInt expireBatch() {
        if (!partners.tryLockUntilCommit(LOCK_KEY)) {
            return OptionalInt.empty();
        }
        LocalDate today = mapper.today();
        List<UUID> due = partners.withOfferingsPastWindow(today, config.expiry().batchSize());
        int expired = 0;
        for (UUID partnerId : due) { // ascending ids: batches never wait for each other in a cycle
            Partner partner = partners.getForUpdate(partnerId);
            expired += offerings.expirePastWindow(partner, today);
        }
        return OptionalInt.of(expired);
    }
}

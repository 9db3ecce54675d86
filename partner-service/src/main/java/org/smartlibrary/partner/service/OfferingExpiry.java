package org.smartlibrary.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.partner.config.PartnerServiceConfig;
import org.smartlibrary.partner.mapping.PartnerMapper;
import org.smartlibrary.partner.model.Partner;
import org.smartlibrary.partner.repository.PartnerRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Stores EXPIRED on ACTIVE offerings whose window has ended, in batches of partners (one transaction each), and
 * publishes one snapshot per affected partner. Reads show the effective status even before this ran.
 */
@ApplicationScoped
public class OfferingExpiry {

    @Inject
    PartnerRepository partners;

    @Inject
    OfferingService offerings;

    @Inject
    PartnerMapper mapper;

    @Inject
    PartnerServiceConfig config;

    /** Handles one batch; returns the number of offerings it expired (0 when nothing was due). */
    @Transactional
    public int expireBatch() {
        LocalDate today = mapper.today();
        List<UUID> due = partners.withOfferingsPastWindow(today, config.expiry().batchSize());
        int expired = 0;
        for (UUID partnerId : due) { // ascending ids: batches never wait for each other in a cycle
            Partner partner = partners.getForUpdate(partnerId);
            expired += offerings.expirePastWindow(partner, today);
        }
        return expired;
    }
}

package org.smartlibrary.matching.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.smartlibrary.matching.config.EventJson;
import org.smartlibrary.matching.engine.OfferingIndex;
import org.smartlibrary.matching.repository.PartnerRepository;

import java.util.List;

/**
 * The partner read model in memory: the engine's {@link OfferingIndex}, filled from the {@code partner} table
 * (persisted, not rebuilt from the topic) and kept up to date by applying the table's changes in
 * {@code change_seq} order. The replica that consumed a change applies it right after its commit; every other
 * replica picks it up on its next {@link #refresh()} (the match worker refreshes before each match). Partner
 * writers hold an exclusive advisory lock while they take a sequence number, so sequence order is commit order
 * and no change can be skipped.
 */
@ApplicationScoped
public class PartnerReadModel {

    private static final Logger LOG = Logger.getLogger(PartnerReadModel.class);
    private static final int CHUNK = 1000;

    @Inject
    PartnerRepository partners;

    @Inject
    EventJson eventJson;

    @Inject
    MeterRegistry registry;

    private final OfferingIndex index = new OfferingIndex();
    private volatile long appliedSeq;
    private volatile boolean loaded;

    @PostConstruct
    void registerGauges() {
        Gauge.builder("slp.matching.readmodel.partners", index, OfferingIndex::partnerCount)
                .description("partners in the in-memory offering index").register(registry);
        Gauge.builder("slp.matching.readmodel.offerings", index, OfferingIndex::offeringCount)
                .description("offerings in the in-memory offering index").register(registry);
    }

    public OfferingIndex index() {
        return index;
    }

    /** Applies every change committed since the last refresh (at first, the whole table). */
    public synchronized void refresh() {
        QuarkusTransaction.joiningExisting().run(() -> {
            int applied;
            do {
                applied = applyNextChunk();
            } while (applied == CHUNK);
        });
        if (!loaded) {
            loaded = true;
            LOG.infof("partner read model loaded from the database: %d partners, %d offerings",
                    index.partnerCount(), index.offeringCount());
        }
    }

    private int applyNextChunk() {
        List<PartnerRepository.Change> changes = partners.changesAfter(appliedSeq, CHUNK);
        for (PartnerRepository.Change change : changes) {
            if (change.removed()) {
                index.removePartner(change.partnerId().toString());
            } else {
                index.upsertPartner(PartnerInputs.from(eventJson.read(change.snapshot(), PartnerSnapshot.class)));
            }
            appliedSeq = change.changeSeq();
        }
        return changes.size();
    }
}

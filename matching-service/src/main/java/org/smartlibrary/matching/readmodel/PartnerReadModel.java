package org.smartlibrary.matching.readmodel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.smartlibrary.matching.engine.OfferingIndex;
import org.smartlibrary.matching.messaging.EventJson;
import org.smartlibrary.matching.model.PartnerSnapshot;

import java.util.List;
import java.util.UUID;

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
    EntityManager entityManager;

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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT partner_id, removed, snapshot, change_seq FROM partner WHERE change_seq > ?1 "
                                + "ORDER BY change_seq LIMIT ?2")
                .setParameter(1, appliedSeq)
                .setParameter(2, CHUNK)
                .getResultList();
        for (Object[] row : rows) {
            UUID partnerId = (UUID) row[0];
            if ((Boolean) row[1]) {
                index.removePartner(partnerId.toString());
            } else {
                index.upsertPartner(PartnerInputs.from(eventJson.read((String) row[2], PartnerSnapshot.class)));
            }
            appliedSeq = ((Number) row[3]).longValue();
        }
        return rows.size();
    }
}

package org.smartlibrary.partner.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.outbox.Outbox;
import org.smartlibrary.kit.outbox.OutboxEvent;
import org.smartlibrary.partner.model.Partner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Writes the partner-directory events to the outbox, in the transaction of the change. Every change of a partner
 * or of one of its offerings ends here, so each one yields exactly one snapshot with a larger version.
 */
@ApplicationScoped
public class PartnerDirectoryEvents {

    public static final String TOPIC = "partner-directory";
    /** 1.1: offerings carry period, min_order and min_joint_libraries (additive; 1.0 consumers read it). */
    public static final String SCHEMA_VERSION = "1.1";
    public static final String SNAPSHOT = "partner-snapshot";
    public static final String REMOVED = "partner-removed";

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Flushes the change (which increases the partner's version) and publishes the resulting snapshot. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void snapshot(Partner partner) {
        entityManager.flush();
        outbox.publish(new OutboxEvent(TOPIC, SNAPSHOT, SCHEMA_VERSION, partner.id, PartnerSnapshot.of(partner, LocalDate.now(clock))));
    }

    /** Flushes once, then publishes the snapshot of each partner (a batch of changes, e.g. of an import). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void snapshots(Collection<Partner> partners) {
        entityManager.flush();
        LocalDate today = LocalDate.now(clock);
        for (Partner partner : partners) {
            outbox.publish(new OutboxEvent(TOPIC, SNAPSHOT, SCHEMA_VERSION, partner.id, PartnerSnapshot.of(partner, today)));
        }
    }

    /**
     * Publishes partner-removed with the next version, then a tombstone so that compaction drops the partner's
     * records from the topic (consumers treat both as removal, idempotently).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removed(Partner partner, Instant removedAt) {
        outbox.publish(new OutboxEvent(TOPIC, REMOVED, SCHEMA_VERSION, partner.id,
                new PartnerRemoved(partner.id, partner.revision() + 1, removedAt)));
        outbox.publishTombstone(TOPIC, partner.id.toString());
    }
}

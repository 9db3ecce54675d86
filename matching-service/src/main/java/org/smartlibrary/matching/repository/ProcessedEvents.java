package org.smartlibrary.matching.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** The idempotent-consumer table: an event id is recorded first, in the transaction that processes the event. */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager entityManager;

    /** Records the event as processed; false if it was processed before (a redelivery: skip it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(UUID eventId, String topic, String eventType) {
        int inserted = entityManager.createNativeQuery(
                        "INSERT INTO processed_event (event_id, topic, event_type, processed_at) "
                                + "VALUES (?1, ?2, ?3, now()) ON CONFLICT (event_id) DO NOTHING")
                .setParameter(1, eventId)
                .setParameter(2, topic)
                .setParameter(3, eventType)
                .executeUpdate();
        return inserted == 1;
    }
}

package org.smartlibrary.matching.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.smartlibrary.matching.engine.TypeRelations;
import org.smartlibrary.matching.messaging.EventJson;
import org.smartlibrary.matching.model.PartnerSnapshot;
import org.smartlibrary.matching.repository.MatchRequests;
import org.smartlibrary.matching.repository.PartnerChangeLock;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Writes partner-directory changes to the persisted read model, ignoring versions not newer than the one held,
 * and requests the re-match of the assessments each change can affect (in the same transaction).
 */
@ApplicationScoped
public class PartnerDirectory {

    @Inject
    EntityManager entityManager;

    @Inject
    EventJson json;

    @Inject
    PartnerChangeLock lock;

    @Inject
    MatchRequests matchRequests;

    @Inject
    TypeRelations relations;

    /** Stores a newer snapshot; false if the held version is the same or newer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(PartnerSnapshot snapshot, String payloadJson) {
        lock.exclusive();
        PartnerRecord row = entityManager.find(PartnerRecord.class, snapshot.partnerId(), LockModeType.PESSIMISTIC_WRITE);
        if (row != null && snapshot.version() <= row.version) {
            return false;
        }
        Set<String> types = offeredTypes(row);
        snapshot.offerings().forEach(offering -> types.add(offering.type()));
        if (row == null) {
            row = new PartnerRecord();
            row.partnerId = snapshot.partnerId();
            fill(row, snapshot.version(), false, payloadJson);
            entityManager.persist(row);
        } else {
            fill(row, snapshot.version(), false, payloadJson);
        }
        entityManager.flush();
        matchRequests.requestForPartner(snapshot.partnerId(), withRelated(types));
        return true;
    }

    /**
     * Removes the partner (partner-removed with its version, or a tombstone: version null). A removal keeps the row
     * as a marker with the version, so an older snapshot replayed later stays ignored. False if nothing changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remove(UUID partnerId, Long version) {
        lock.exclusive();
        PartnerRecord row = entityManager.find(PartnerRecord.class, partnerId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            if (version == null) {
                return false;
            }
            row = new PartnerRecord();
            row.partnerId = partnerId;
            fill(row, version, true, null);
            entityManager.persist(row);
            return true;
        }
        if (version != null && version <= row.version || version == null && row.removed) {
            return false;
        }
        Set<String> types = offeredTypes(row);
        fill(row, version == null ? row.version : version, true, null);
        entityManager.flush();
        matchRequests.requestForPartner(partnerId, withRelated(types));
        return true;
    }

    private void fill(PartnerRecord row, long version, boolean removed, String snapshot) {
        row.version = version;
        row.removed = removed;
        row.snapshot = snapshot;
        row.changeSeq = ((Number) entityManager.createNativeQuery("SELECT nextval('partner_change_seq')")
                .getSingleResult()).longValue();
        row.updatedAt = Instant.now();
    }

    private Set<String> offeredTypes(PartnerRecord row) {
        Set<String> types = new HashSet<>();
        if (row != null && !row.removed) {
            json.read(row.snapshot, PartnerSnapshot.class).offerings().forEach(offering -> types.add(offering.type()));
        }
        return types;
    }

    /** Need types an offering of these types can serve: the types themselves and their related types. */
    private Set<String> withRelated(Set<String> offeringTypes) {
        Set<String> needTypes = new HashSet<>();
        offeringTypes.forEach(type -> needTypes.addAll(relations.candidateTypes(type)));
        return needTypes;
    }
}

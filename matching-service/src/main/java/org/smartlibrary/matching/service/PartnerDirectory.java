package org.smartlibrary.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.matching.config.EventJson;
import org.smartlibrary.matching.engine.TypeRelations;
import org.smartlibrary.matching.model.Partner;
import org.smartlibrary.matching.repository.ConsortiumMatchRequests;
import org.smartlibrary.matching.repository.MatchRequests;
import org.smartlibrary.matching.repository.PartnerChangeLock;
import org.smartlibrary.matching.repository.PartnerReach;
import org.smartlibrary.matching.repository.PartnerRepository;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Writes partner-directory changes to the persisted read model, ignoring versions not newer than the one held,
 * and requests the re-match of the assessments and consortia each change can affect (in the same transaction): of the
 * types it offers (or related ones), in its service area before or after the change, or ranking it now.
 */
@ApplicationScoped
public class PartnerDirectory {

    @Inject
    PartnerRepository partners;

    @Inject
    EventJson json;

    @Inject
    PartnerChangeLock lock;

    @Inject
    MatchRequests matchRequests;

    @Inject
    ConsortiumMatchRequests consortiumRequests;

    @Inject
    TypeRelations relations;

    /** Stores a newer snapshot; false if the held version is the same or newer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(PartnerSnapshot snapshot, String payloadJson) {
        lock.exclusive();
        Partner row = partners.findForUpdate(snapshot.partnerId());
        if (row != null && snapshot.version() <= row.version) {
            return false;
        }
        Set<String> types = offeredTypes(row);
        snapshot.offerings().forEach(offering -> types.add(offering.type()));
        PartnerReach reach = reach(row).and(reach(snapshot));
        if (row == null) {
            row = new Partner();
            row.partnerId = snapshot.partnerId();
            fill(row, snapshot.version(), false, payloadJson);
            partners.persist(row);
        } else {
            fill(row, snapshot.version(), false, payloadJson);
        }
        partners.flush();
        requestRematches(snapshot.partnerId(), types, reach);
        return true;
    }

    /**
     * Removes the partner (partner-removed with its version, or a tombstone: version null). A removal keeps the row
     * as a marker with the version, so an older snapshot replayed later stays ignored. False if nothing changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remove(UUID partnerId, Long version) {
        lock.exclusive();
        Partner row = partners.findForUpdate(partnerId);
        if (row == null) {
            if (version == null) {
                return false;
            }
            row = new Partner();
            row.partnerId = partnerId;
            fill(row, version, true, null);
            partners.persist(row);
            return true;
        }
        if (version != null && version <= row.version || version == null && row.removed) {
            return false;
        }
        Set<String> types = offeredTypes(row);
        PartnerReach reach = reach(row);
        fill(row, version == null ? row.version : version, true, null);
        partners.flush();
        requestRematches(partnerId, types, reach);
        return true;
    }

    /** The assessments and the consortia the change can affect (see MatchRequests, ConsortiumMatchRequests). */
    private void requestRematches(UUID partnerId, Set<String> offeringTypes, PartnerReach reach) {
        Set<String> needTypes = withRelated(offeringTypes);
        matchRequests.requestForPartner(partnerId, needTypes, reach);
        consortiumRequests.requestForPartner(partnerId, needTypes, reach);
    }

    /** Where the stored partner serves; nowhere when it is not stored or removed. */
    private PartnerReach reach(Partner row) {
        if (row == null || row.removed) {
            return PartnerReach.NOWHERE;
        }
        return reach(json.read(row.snapshot, PartnerSnapshot.class));
    }

    private static PartnerReach reach(PartnerSnapshot snapshot) {
        PartnerSnapshot.ServiceArea area = snapshot.serviceArea();
        return area == null ? PartnerReach.NOWHERE
                : PartnerReach.of(area.remote(), area.national(), area.regions(), area.cities());
    }

    private void fill(Partner row, long version, boolean removed, String snapshot) {
        row.version = version;
        row.removed = removed;
        row.snapshot = snapshot;
        row.changeSeq = partners.nextChangeSeq();
        row.updatedAt = Instant.now();
    }

    private Set<String> offeredTypes(Partner row) {
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

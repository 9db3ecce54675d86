package org.smartlibrary.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.matching.engine.OfferingDemand;
import org.smartlibrary.matching.engine.OfferingInput;
import org.smartlibrary.matching.engine.PartnerInput;
import org.smartlibrary.matching.repository.ConsortiumMatchRequests;
import org.smartlibrary.matching.repository.MatchRequests;
import org.smartlibrary.matching.repository.OfferingAsks;
import org.smartlibrary.matching.repository.OfferingAsks.Ask;
import org.smartlibrary.matching.repository.OfferingAsks.Demand;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Capacity contention between the current recommendation sets: what the others ask of the offerings a match may use
 * ({@link OfferingDemand}, read before the match) and what the stored set's plan asks (recorded with it). Call both
 * holding {@link OfferingAsks#lockForWriting()} to the end of the match's transaction (the match worker takes it
 * before any request row), so two matches never both miss each other's asks.
 *
 * <p>When recording a set changes whether an offering is oversubscribed (the libraries' asks, each library counted
 * once, above the offering's finite capacity), the other sets that ask for it are queued for a re-match
 * (CAPACITY_CONTENTION), so their OVERSUBSCRIBED flags and balanced plans follow. A re-match that asks the same as
 * before queues nothing, so this settles.
 */
@ApplicationScoped
public class CapacityDemand {

    @Inject
    OfferingAsks asks;

    @Inject
    PartnerReadModel readModel;

    @Inject
    MatchRequests matchRequests;

    @Inject
    ConsortiumMatchRequests consortiumRequests;

    /**
     * What the libraries other than {@code libraries} ask of the offerings of these need types. Call in the
     * transaction that will {@link #record} the match's asks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OfferingDemand ofOthers(Collection<UUID> libraries, Collection<String> needTypes) {
        Map<String, OfferingDemand.Asked> byOffering = new HashMap<>();
        asks.demandOfOthers(libraries, needTypes).forEach((offeringId, demand) -> byOffering.put(
                offeringId.toString(), new OfferingDemand.Asked(demand.quantity(), demand.libraries())));
        return OfferingDemand.of(byOffering);
    }

    /**
     * Replaces what the owner's current set asks (see {@link OfferingAsks#assessmentOwner},
     * {@link OfferingAsks#consortiumOwner}) and queues the re-match of the other owners of every offering whose
     * oversubscription this changes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String owner, List<Ask> planned) {
        List<Ask> previous = asks.of(owner);
        Set<UUID> changed = changedOfferings(previous, planned);
        if (changed.isEmpty()) {
            return;
        }
        Map<UUID, UUID> partners = new HashMap<>();
        previous.forEach(ask -> partners.put(ask.offeringId(), ask.partnerId()));
        planned.forEach(ask -> partners.put(ask.offeringId(), ask.partnerId()));
        Map<UUID, Demand> before = asks.demandOn(changed);
        asks.replace(owner, planned);
        Map<UUID, Demand> after = asks.demandOn(changed);
        Set<UUID> crossed = new HashSet<>();
        for (UUID offeringId : changed) {
            Optional<BigDecimal> capacity = finiteCapacity(partners.get(offeringId), offeringId);
            if (capacity.isPresent() && oversubscribed(before.get(offeringId), capacity.get())
                    != oversubscribed(after.get(offeringId), capacity.get())) {
                crossed.add(offeringId);
            }
        }
        requestRematches(asks.ownersAsking(crossed, owner));
    }

    /** Forgets what the owner asks (its set is gone). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String owner) {
        record(owner, List.of());
    }

    /** The offering's capacity in its own measure when finite (stated and above 0), from the read model. */
    public Optional<BigDecimal> finiteCapacity(UUID partnerId, UUID offeringId) {
        if (partnerId == null) {
            return Optional.empty();
        }
        return readModel.index().partner(partnerId.toString()).map(PartnerInput::offerings).stream()
                .flatMap(List::stream)
                .filter(offering -> offering.id().equals(offeringId.toString()))
                .findFirst()
                .flatMap(CapacityDemand::finiteCapacity);
    }

    /** The quantity, or else the amount, when stated and above 0. */
    static Optional<BigDecimal> finiteCapacity(OfferingInput offering) {
        BigDecimal capacity = offering.quantity() != null ? offering.quantity() : offering.amount();
        return capacity != null && capacity.signum() > 0 ? Optional.of(capacity) : Optional.empty();
    }

    static boolean oversubscribed(Demand demand, BigDecimal capacity) {
        return demand != null && demand.quantity().compareTo(capacity) > 0;
    }

    private void requestRematches(List<String> owners) {
        Set<UUID> assessments = new TreeSet<>();
        Set<String> consortia = new TreeSet<>();
        for (String owner : owners) {
            OfferingAsks.assessmentOf(owner).ifPresent(assessments::add);
            OfferingAsks.consortiumOf(owner).ifPresent(consortia::add);
        }
        matchRequests.requestSettled(assessments, MatchRequests.CAPACITY_CONTENTION);
        consortiumRequests.request(consortia, MatchRequests.CAPACITY_CONTENTION);
    }

    /** The offerings whose per-library asks differ between the two lists. */
    private static Set<UUID> changedOfferings(List<Ask> previous, List<Ask> planned) {
        Map<List<UUID>, BigDecimal> before = byLibraryAndOffering(previous);
        Map<List<UUID>, BigDecimal> after = byLibraryAndOffering(planned);
        Set<UUID> changed = new HashSet<>();
        Set<List<UUID>> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (List<UUID> key : keys) {
            BigDecimal was = before.get(key);
            BigDecimal is = after.get(key);
            if (was == null || is == null || was.compareTo(is) != 0) {
                changed.add(key.get(1));
            }
        }
        return changed;
    }

    private static Map<List<UUID>, BigDecimal> byLibraryAndOffering(List<Ask> asks) {
        Map<List<UUID>, BigDecimal> quantities = new HashMap<>();
        asks.forEach(ask -> quantities.merge(List.of(ask.libraryId(), ask.offeringId()), ask.quantity(),
                BigDecimal::add));
        return quantities;
    }
}

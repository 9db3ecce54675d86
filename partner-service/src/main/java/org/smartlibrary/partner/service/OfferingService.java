package org.smartlibrary.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.http.Preconditions;
import org.smartlibrary.kit.ids.TimeOrderedIds;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.partner.api.MinOrderDto;
import org.smartlibrary.partner.api.OfferingRequest;
import org.smartlibrary.partner.api.OfferingView;
import org.smartlibrary.partner.config.PartnerServiceConfig;
import org.smartlibrary.partner.events.PartnerDirectoryEvents;
import org.smartlibrary.partner.model.Offering;
import org.smartlibrary.partner.model.Partner;
import org.smartlibrary.partner.repository.PartnerRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Offerings belong to the partner aggregate: every change locks the partner, increases its version and publishes
 * its snapshot in the same transaction.
 */
@ApplicationScoped
public class OfferingService {

    @Inject
    PartnerRepository partners;

    @Inject
    OfferingRules rules;

    @Inject
    PartnerDirectoryEvents events;

    @Inject
    PartnerMapper mapper;

    @Inject
    PartnerServiceConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    PartnerAccess access;

    @Inject
    Clock clock;

    @Transactional
    public OfferingView add(UUID partnerId, OfferingRequest request) {
        Partner partner = partners.getForUpdate(partnerId);
        access.checkMayChange(partnerId);
        OfferingRules.Accepted accepted = rules.check(request, mapper.today());
        if (partner.offerings.size() >= config.maxOfferingsPerPartner()) {
            throw ProblemException.conflict("too-many-offerings", "Too many offerings",
                    "a partner holds at most " + config.maxOfferingsPerPartner()
                            + " offerings; withdrawn and expired ones count too");
        }
        Instant now = clock.instant();
        Offering offering = new Offering();
        offering.id = TimeOrderedIds.next();
        offering.partner = partner;
        apply(request, accepted, offering);
        offering.status = request.status() == null ? Offering.ACTIVE : request.status();
        partner.touch(now);
        offering.createdAt = partner.updatedAt;
        offering.updatedAt = partner.updatedAt;
        partner.offerings.add(offering);
        entityManager.persist(offering);
        changed(partner);
        return mapper.toView(offering);
    }

    /** One statement in auto-commit, as {@link PartnerService#get}. */
    public List<OfferingView> list(UUID partnerId) {
        return partners.getToRead(partnerId).offerings.stream().map(mapper::toView).toList();
    }

    /** One statement in auto-commit, as {@link PartnerService#get}. */
    public OfferingView get(UUID partnerId, UUID offeringId) {
        return mapper.toView(find(partners.getToRead(partnerId), offeringId));
    }

    /** Replaces the offering; an expired one comes back to life with a new window, a withdrawn one stays withdrawn. */
    @Transactional
    public OfferingView update(UUID partnerId, UUID offeringId, String ifMatch, OfferingRequest request) {
        Partner partner = partners.getForUpdate(partnerId);
        access.checkMayChange(partnerId);
        Offering offering = find(partner, offeringId);
        Preconditions.checkIfMatch(ifMatch, offering.revision());
        if (Offering.WITHDRAWN.equals(offering.status)) {
            throw ProblemException.conflict("offering-withdrawn", "Offering withdrawn",
                    "offering " + offeringId + " was withdrawn and cannot change; add a new offering instead");
        }
        OfferingRules.Accepted accepted = rules.check(request, mapper.today());
        apply(request, accepted, offering);
        offering.status = request.status() == null ? Offering.ACTIVE : request.status();
        partner.touch(clock.instant());
        offering.updatedAt = partner.updatedAt;
        changed(partner);
        return mapper.toView(offering);
    }

    /** Withdraws the offering; withdrawing it again changes nothing and publishes nothing. */
    @Transactional
    public OfferingView withdraw(UUID partnerId, UUID offeringId, String ifMatch) {
        Partner partner = partners.getForUpdate(partnerId);
        access.checkMayChange(partnerId);
        Offering offering = find(partner, offeringId);
        Preconditions.checkIfMatch(ifMatch, offering.revision());
        if (Offering.WITHDRAWN.equals(offering.status)) {
            return mapper.toView(offering);
        }
        offering.status = Offering.WITHDRAWN;
        partner.touch(clock.instant());
        offering.updatedAt = partner.updatedAt;
        changed(partner);
        return mapper.toView(offering);
    }

    /** Marks the partner's ACTIVE offerings past their window EXPIRED; returns how many changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int expirePastWindow(Partner partner, LocalDate today) {
        List<Offering> due = partner.offerings.stream().filter(o -> o.isPastWindow(today)).toList();
        if (due.isEmpty()) {
            return 0;
        }
        partner.touch(clock.instant());
        due.forEach(o -> {
            o.status = Offering.EXPIRED;
            o.updatedAt = partner.updatedAt;
        });
        changed(partner);
        return due.size();
    }

    private void changed(Partner partner) {
        partner.refreshOfferingText();
        events.snapshot(partner);
    }

    private static Offering find(Partner partner, UUID offeringId) {
        return partner.offerings.stream().filter(o -> o.id.equals(offeringId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("offering", offeringId + " of partner " + partner.id));
    }

    /** Writes a checked offering request to the entity (also used by the directory import). */
    static void apply(OfferingRequest request, OfferingRules.Accepted accepted, Offering offering) {
        offering.category = request.category();
        offering.type = request.type();
        offering.description = PartnerMapper.blankToNull(request.description());
        offering.quantity = request.quantity();
        offering.unit = accepted.unit();
        offering.amount = request.amount();
        offering.currency = request.currency();
        offering.period = accepted.period();
        MinOrderDto minOrder = accepted.minOrder();
        offering.minOrderQuantity = minOrder == null ? null : minOrder.quantity();
        offering.minOrderUnit = minOrder == null ? null : minOrder.unit();
        offering.minOrderAmount = minOrder == null ? null : minOrder.amount();
        offering.minOrderCurrency = minOrder == null ? null : minOrder.currency();
        offering.minJointLibraries = request.minJointLibraries();
        offering.availableFrom = request.availableFrom();
        offering.availableUntil = request.availableUntil();
        offering.horizon = request.horizon();
        offering.conditions = PartnerMapper.toConditions(request.conditions());
    }
}

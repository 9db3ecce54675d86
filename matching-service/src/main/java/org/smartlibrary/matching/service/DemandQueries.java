package org.smartlibrary.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.kit.security.Caller;
import org.smartlibrary.matching.api.PartnerDemand;
import org.smartlibrary.matching.config.EventJson;
import org.smartlibrary.matching.model.Partner;
import org.smartlibrary.matching.repository.OfferingAsks;
import org.smartlibrary.matching.repository.PartnerRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.UUID;

/** Reads the demand on a partner's offerings, for its own administrators, portals and platform administrators. */
@ApplicationScoped
public class DemandQueries {

    @Inject
    PartnerRepository partners;

    @Inject
    OfferingAsks asks;

    @Inject
    EventJson json;

    @Inject
    Caller caller;

    @Transactional
    public PartnerDemand demand(UUID partnerId) {
        // another partner's admin gets the 404 of an unknown partner
        boolean mayRead = caller.isAdminOf(partnerId) || caller.readsAcrossTenants();
        Partner partner = mayRead ? partners.findById(partnerId) : null;
        if (partner == null || partner.removed) {
            throw ProblemException.notFound("partner", partnerId);
        }
        PartnerSnapshot snapshot = json.read(partner.snapshot, PartnerSnapshot.class);
        Map<UUID, OfferingAsks.Demand> demand = asks.demandOnPartner(partnerId);
        return new PartnerDemand(partnerId, snapshot.name(), snapshot.offerings().stream()
                .map(offering -> offering(offering, demand.get(offering.offeringId()))).toList());
    }

    private static PartnerDemand.OfferingDemand offering(PartnerSnapshot.Offering offering,
                                                          OfferingAsks.Demand demand) {
        BigDecimal capacity = offering.quantity() != null ? offering.quantity() : offering.amount();
        BigDecimal asked = demand == null ? BigDecimal.ZERO : RecommendationViews.quantity(demand.quantity());
        boolean finite = capacity != null && capacity.signum() > 0;
        Double utilization = finite ? asked.divide(capacity, RecommendationViews.DECIMALS, RoundingMode.HALF_UP)
                .doubleValue() : null;
        return new PartnerDemand.OfferingDemand(offering.offeringId(), offering.type(), offering.status(),
                capacity == null ? null : ConsortiumViews.plain(capacity), offering.unit(), offering.currency(),
                offering.period(), asked, demand == null ? 0 : demand.libraries(), utilization,
                finite && asked.compareTo(capacity) > 0);
    }
}

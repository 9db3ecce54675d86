package org.smartlibrary.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.partner.api.ConditionDto;
import org.smartlibrary.partner.api.ConditionView;
import org.smartlibrary.partner.api.ContactView;
import org.smartlibrary.partner.api.MinOrderView;
import org.smartlibrary.partner.api.OfferingView;
import org.smartlibrary.partner.api.PartnerView;
import org.smartlibrary.partner.api.ServiceAreaView;
import org.smartlibrary.partner.config.PartnerServiceConfig;
import org.smartlibrary.partner.model.Offering;
import org.smartlibrary.partner.model.OfferingCondition;
import org.smartlibrary.partner.model.Partner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Entity to API view, and API conditions to the entity's. Status and staleness are computed for today (UTC). The
 * event payload is built by {@link org.smartlibrary.partner.events.PartnerSnapshot#of}.
 */
@ApplicationScoped
public class PartnerMapper {

    @Inject
    Clock clock;

    @Inject
    PartnerServiceConfig config;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The suite's one rule of a stale listing ({@link Freshness}), for today. */
    public boolean isStale(Partner partner, LocalDate today) {
        return Freshness.isStale(partner.lastConfirmedAt, today, config.freshness().staleAfterMonths());
    }

    public PartnerView toView(Partner partner) {
        LocalDate today = today();
        return new PartnerView(partner.id, partner.name, partner.partnerType, partner.description,
                new ServiceAreaView(partner.remote, partner.national, list(partner.regions), list(partner.cities)),
                partner.website, partner.externalId, partner.orgRegistryId, partner.sourceNote, partner.importId,
                contact(partner), list(partner.seeks), partner.verification, partner.lastConfirmedAt,
                isStale(partner, today), partner.offerings.stream().map(o -> toView(o, today)).toList(),
                partner.createdAt, partner.updatedAt, partner.revision(), null);
    }

    public OfferingView toView(Offering offering) {
        return toView(offering, today());
    }

    private OfferingView toView(Offering offering, LocalDate today) {
        String status = offering.effectiveStatus(today);
        return new OfferingView(offering.id, offering.partner.id, offering.externalId,
                offering.importId, offering.category, offering.type,
                offering.description, offering.quantity, offering.unit, offering.amount, offering.currency,
                offering.period, offering.availableFrom, offering.availableUntil, offering.horizon,
                offering.conditions.stream().map(c -> new ConditionView(c.code(), c.description(), c.value())).toList(),
                offering.hasMinOrder() ? new MinOrderView(offering.minOrderQuantity, offering.minOrderUnit,
                        offering.minOrderAmount, offering.minOrderCurrency) : null,
                offering.minJointLibraries,
                status, Offering.EXPIRED.equals(status), offering.createdAt, offering.updatedAt, offering.revision());
    }

    public static List<OfferingCondition> toConditions(List<ConditionDto> conditions) {
        return conditions == null ? List.of()
                : conditions.stream().map(c -> new OfferingCondition(c.code(), blankToNull(c.description()),
                        c.value() == null || c.value().isNull() ? null : c.value())).toList();
    }

    private static ContactView contact(Partner partner) {
        return partner.contactName == null && partner.contactEmail == null ? null
                : new ContactView(partner.contactName, partner.contactEmail);
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

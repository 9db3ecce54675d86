package org.smartlibrary.partner.service.directory;

import org.smartlibrary.partner.api.ConditionDto;
import org.smartlibrary.partner.api.ContactDto;
import org.smartlibrary.partner.api.DirectoryOffering;
import org.smartlibrary.partner.api.DirectoryPartner;
import org.smartlibrary.partner.api.MinOrderDto;
import org.smartlibrary.partner.api.ServiceAreaDto;
import org.smartlibrary.partner.model.Offering;
import org.smartlibrary.partner.model.Partner;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A stored partner as a directory record: what an export writes, and what an import compares to tell an update from
 * a row that changes nothing. Offering statuses are the effective ones of the given day (an ACTIVE offering past its
 * window is EXPIRED).
 */
public final class DirectoryRecords {

    private DirectoryRecords() {
    }

    public static DirectoryPartner of(Partner p, LocalDate today) {
        return new DirectoryPartner(p.id, p.externalId, p.orgRegistryId, p.name, p.partnerType, p.description,
                new ServiceAreaDto(p.remote, p.national, list(p.regions), list(p.cities)), p.website,
                p.contactName == null && p.contactEmail == null ? null : new ContactDto(p.contactName, p.contactEmail),
                list(p.seeks), p.verification, p.lastConfirmedAt, p.sourceNote, null,
                p.offerings.stream().map(o -> of(o, today)).toList());
    }

    public static DirectoryOffering of(Offering o, LocalDate today) {
        return new DirectoryOffering(o.id, o.externalId, o.category, o.type, o.description, o.quantity, o.unit,
                o.amount, o.currency, o.period, o.availableFrom, o.availableUntil, o.horizon,
                o.conditions.stream().map(c -> new ConditionDto(c.code(), c.description(), c.value())).toList(),
                o.hasMinOrder() ? new MinOrderDto(o.minOrderQuantity, o.minOrderUnit, o.minOrderAmount,
                        o.minOrderCurrency) : null,
                o.minJointLibraries, o.effectiveStatus(today));
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }
}

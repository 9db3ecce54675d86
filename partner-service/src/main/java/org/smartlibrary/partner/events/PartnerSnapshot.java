package org.smartlibrary.partner.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.smartlibrary.partner.model.Partner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Payload of a partner-directory v1 {@code partner-snapshot} event: the whole partner with all its offerings.
 * Since schema 1.1 an offering also carries period, min_order and min_joint_libraries.
 */
public record PartnerSnapshot(
        UUID partnerId,
        String name,
        String partnerType,
        ServiceArea serviceArea,
        String website,
        Contact contact,
        String verification,
        LocalDate lastConfirmedAt,
        List<String> seeks,
        List<Offering> offerings,
        long version) {

    /** The snapshot of a partner with its offerings, their statuses as of {@code today}. */
    public static PartnerSnapshot of(Partner partner, LocalDate today) {
        return new PartnerSnapshot(partner.id, partner.name, partner.partnerType,
                new ServiceArea(partner.remote, partner.national, list(partner.regions), list(partner.cities)),
                partner.website,
                partner.contactName == null && partner.contactEmail == null ? null
                        : new Contact(partner.contactName, partner.contactEmail),
                partner.verification, partner.lastConfirmedAt, list(partner.seeks),
                partner.offerings.stream().map(o -> Offering.of(o, today)).toList(),
                partner.revision());
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }

    public record ServiceArea(boolean remote, boolean national, List<String> regions, List<String> cities) {
    }

    public record Contact(String name, String email) {
    }

    public record Offering(
            UUID offeringId,
            String category,
            String type,
            String description,
            BigDecimal quantity,
            String unit,
            BigDecimal amount,
            String currency,
            /** money_periods code of a money offering (ONE_TIME when it states none); null for a quantity offering. */
            String period,
            LocalDate availableFrom,
            LocalDate availableUntil,
            String horizon,
            List<Condition> conditions,
            /** The smallest order the partner accepts, in the offering's measure; null = no minimum. */
            MinOrder minOrder,
            /** How many libraries must apply together (2..100); null = no such rule. */
            Integer minJointLibraries,
            String status) {

        static Offering of(org.smartlibrary.partner.model.Offering offering, LocalDate today) {
            return new Offering(offering.id, offering.category, offering.type, offering.description,
                    offering.quantity, offering.unit, offering.amount, offering.currency, offering.period,
                    offering.availableFrom, offering.availableUntil, offering.horizon,
                    offering.conditions.stream().map(c -> new Condition(c.code(), c.description(), c.value())).toList(),
                    offering.hasMinOrder() ? new MinOrder(offering.minOrderQuantity, offering.minOrderUnit,
                            offering.minOrderAmount, offering.minOrderCurrency) : null,
                    offering.minJointLibraries,
                    offering.effectiveStatus(today));
        }
    }

    /** quantity + unit or amount + currency; the other pair is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MinOrder(BigDecimal quantity, String unit, BigDecimal amount, String currency) {
    }

    public record Condition(String code, String description, JsonNode value) {
    }
}

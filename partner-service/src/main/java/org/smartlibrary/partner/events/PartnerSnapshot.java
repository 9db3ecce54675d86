package org.smartlibrary.partner.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
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
    }

    /** quantity + unit or amount + currency; the other pair is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MinOrder(BigDecimal quantity, String unit, BigDecimal amount, String currency) {
    }

    public record Condition(String code, String description, JsonNode value) {
    }
}

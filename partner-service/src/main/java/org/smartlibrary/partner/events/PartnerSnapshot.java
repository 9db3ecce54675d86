package org.smartlibrary.partner.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Payload of a partner-directory v1 {@code partner-snapshot} event: the whole partner with all its offerings. */
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
            LocalDate availableFrom,
            LocalDate availableUntil,
            String horizon,
            List<Condition> conditions,
            String status) {
    }

    public record Condition(String code, String description, JsonNode value) {
    }
}

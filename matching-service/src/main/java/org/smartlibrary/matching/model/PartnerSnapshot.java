package org.smartlibrary.matching.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The payload of a partner-snapshot v1 event: the whole partner with all its offerings, in every status.
 * Unknown fields are ignored.
 */
public record PartnerSnapshot(UUID partnerId, String name, String partnerType, ServiceArea serviceArea,
                              String verification, LocalDate lastConfirmedAt, List<String> seeks,
                              List<Offering> offerings, long version) {

    public PartnerSnapshot {
        seeks = seeks == null ? List.of() : List.copyOf(seeks);
        offerings = offerings == null ? List.of() : List.copyOf(offerings);
    }

    public record ServiceArea(boolean remote, boolean national, List<String> regions, List<String> cities) {
    }

    public record Offering(UUID offeringId, String category, String type, String description, BigDecimal quantity,
                           String unit, BigDecimal amount, String currency, LocalDate availableFrom,
                           LocalDate availableUntil, String horizon, List<Condition> conditions, String status) {
    }

    /** value: a number (MATCHING_FUNDS_REQUIRED, MIN_AUDIENCE), an array of region names (REGION_ONLY), or absent. */
    public record Condition(String code, String description, JsonNode value) {
    }
}

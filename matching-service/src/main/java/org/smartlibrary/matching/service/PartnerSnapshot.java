package org.smartlibrary.matching.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The payload of a partner-snapshot v1 event: the whole partner with all its offerings, in every status.
 * Unknown fields are ignored. The consumer decodes it; the use cases take it and read it back from the read model
 * ({@code partner.snapshot}), which is why it lives here and not in {@code messaging/}.
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

    /**
     * period, minOrder and minJointLibraries are since 1.1 and null when absent: a one-time amount (or a quantity),
     * no minimum order, a library may apply alone.
     */
    public record Offering(UUID offeringId, String category, String type, String description, BigDecimal quantity,
                           String unit, BigDecimal amount, String currency, String period, LocalDate availableFrom,
                           LocalDate availableUntil, String horizon, List<Condition> conditions, MinOrder minOrder,
                           Integer minJointLibraries, String status) {
    }

    /**
     * The smallest quantity (with unit) or amount (with currency) the partner accepts, in the offering's measure;
     * partner-service guarantees the unit or currency is the offering's own.
     */
    public record MinOrder(BigDecimal quantity, String unit, BigDecimal amount, String currency) {

        /** The minimum as one number in the offering's measure: the quantity, or else the amount. */
        public BigDecimal value() {
            return quantity != null ? quantity : amount;
        }
    }

    /** value: a number (MATCHING_FUNDS_REQUIRED, MIN_AUDIENCE), an array of region names (REGION_ONLY), or absent. */
    public record Condition(String code, String description, JsonNode value) {
    }
}

package org.smartlibrary.partner.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a partner offers libraries: a resource type, its capacity (with the period of an amount), window, horizon,
 * conditions and structured eligibility (minimum order, libraries that must apply together).
 */
@Entity
@Table(name = "offering")
public class Offering {

    public static final String ACTIVE = "ACTIVE";
    public static final String PAUSED = "PAUSED";
    public static final String WITHDRAWN = "WITHDRAWN";
    public static final String EXPIRED = "EXPIRED";
    /** The period of a money offering that states none: the amount is given once. */
    public static final String ONE_TIME = "ONE_TIME";

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    public Partner partner;

    public String category;

    public String type;

    public String description;

    public BigDecimal quantity;

    public String unit;

    public BigDecimal amount;

    public String currency;

    /** money_periods code of a money offering (ONE_TIME when it states none); null for a quantity offering. */
    public String period;

    /** The smallest order the partner accepts, in the offering's measure: quantity + unit or amount + currency. */
    @Column(name = "min_order_quantity")
    public BigDecimal minOrderQuantity;

    @Column(name = "min_order_unit")
    public String minOrderUnit;

    @Column(name = "min_order_amount")
    public BigDecimal minOrderAmount;

    @Column(name = "min_order_currency")
    public String minOrderCurrency;

    /** How many libraries must apply together (2..100); null = no such rule. */
    @Column(name = "min_joint_libraries")
    public Integer minJointLibraries;

    @Column(name = "available_from")
    public LocalDate availableFrom;

    @Column(name = "available_until")
    public LocalDate availableUntil;

    public String horizon;

    @Convert(converter = OfferingConditionsConverter.class)
    public List<OfferingCondition> conditions = new ArrayList<>();

    /** The source system's id of the offering (unique per partner); imports update the offering with the same one. */
    @Column(name = "external_id")
    public String externalId;

    /** The import that last created or changed the offering; null when the ordinary API did. */
    @Column(name = "import_id")
    public UUID importId;

    /** The stored status; {@link #effectiveStatus(LocalDate)} is what readers see. */
    public String status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public Long version;

    public long revision() {
        return version == null ? 1 : version + 1;
    }

    /** An ACTIVE offering whose window ended before today is EXPIRED, even before the expiry job stored it. */
    public String effectiveStatus(LocalDate today) {
        return isPastWindow(today) ? EXPIRED : status;
    }

    public boolean isPastWindow(LocalDate today) {
        return ACTIVE.equals(status) && availableUntil != null && availableUntil.isBefore(today);
    }

    /** Whether the offering states a minimum order (quantity + unit or amount + currency). */
    public boolean hasMinOrder() {
        return minOrderQuantity != null || minOrderAmount != null;
    }
}

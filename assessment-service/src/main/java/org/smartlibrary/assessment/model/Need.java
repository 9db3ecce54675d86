package org.smartlibrary.assessment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A resource the library needs. Money needs (FINANCIAL) carry amount + currency, the others quantity + unit;
 * current capacity is in the same unit or currency.
 */
@Entity
@Table(name = "assessment_need")
public class Need {

    @Id
    public UUID id;

    @Column(name = "revision_id")
    public UUID revisionId;

    @Column(name = "sort_order")
    public int sortOrder;

    public String category;

    public String type;

    public String description;

    public BigDecimal quantity;

    public String unit;

    public BigDecimal amount;

    public String currency;

    public String horizon;

    public int priority;

    @Column(name = "current_capacity")
    public BigDecimal currentCapacity;

    @Column(name = "goal_id")
    public UUID goalId;

    @Version
    public long version;

    /** What is asked for: the amount of a money need, otherwise the quantity. */
    public BigDecimal requested() {
        return amount != null ? amount : quantity;
    }
}

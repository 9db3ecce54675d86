package org.smartlibrary.assessment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.smartlibrary.assessment.taxonomy.Taxonomy;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A resource the library needs. Money needs (FINANCIAL) carry amount + currency + period (taxonomy
 * {@code money_periods}: ONE_TIME, MONTH, YEAR), the others quantity + unit and no period; current capacity is in
 * the same unit or currency (and, for money, per the same period).
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

    /** How often the amount is needed (ONE_TIME, MONTH, YEAR); null for a quantity need. */
    public String period;

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

    /** The period of a money need (ONE_TIME when none is stored); null for a quantity need. */
    public String moneyPeriod() {
        if (amount == null) {
            return null;
        }
        return period != null ? period : Taxonomy.ONE_TIME;
    }
}

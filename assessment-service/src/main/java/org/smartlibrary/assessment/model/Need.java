package org.smartlibrary.assessment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A resource the library needs. Money needs (FINANCIAL) carry amount + currency + period (taxonomy
 * {@code money_periods}: ONE_TIME, MONTH, YEAR), the others quantity + unit and no period; current capacity is in
 * the same unit or currency (and, for money, per the same period).
 */
@Entity
@Table(name = "assessment_need")
public class Need extends RevisionItem {

    /** The period of a money need stored without one: a single amount (the taxonomy's ONE_TIME). */
    public static final String ONE_TIME = "ONE_TIME";

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

    /** What is asked for: the amount of a money need, otherwise the quantity. */
    public BigDecimal requested() {
        return amount != null ? amount : quantity;
    }

    /** The period of a money need (ONE_TIME when none is stored); null for a quantity need. */
    public String moneyPeriod() {
        if (amount == null) {
            return null;
        }
        return period != null ? period : ONE_TIME;
    }
}

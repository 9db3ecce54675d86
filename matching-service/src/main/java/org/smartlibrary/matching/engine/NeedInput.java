package org.smartlibrary.matching.engine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One need of the assessment: a quantity + unit (e.g. 300 kits) or an amount + currency for money, given once or
 * per period.
 *
 * @param period          for money: ONE_TIME (also when null), MONTH or YEAR; null for a quantity
 * @param horizon         SHORT_TERM or LONG_TERM
 * @param priority        1..5, 5 is the most urgent
 * @param currentCapacity what the library already has, in the need's unit or currency (per period for recurring
 *                        money); the gap to close is quantity (or amount) minus current capacity
 * @param goalId          optional link to a goal of the assessment
 */
public record NeedInput(String id, String category, String type,
                        BigDecimal quantity, String unit, BigDecimal amount, String currency, String period,
                        String horizon, int priority, BigDecimal currentCapacity, String goalId) {

    public static final int MIN_PRIORITY = 1;
    public static final int MAX_PRIORITY = 5;

    public NeedInput {
        Objects.requireNonNull(id, "id");
        // interned, as PartnerOffering's: the category gate compares them for every candidate, usually by reference
        category = Objects.requireNonNull(category, "category").intern();
        Objects.requireNonNull(type, "type");
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("priority must be 1..5 but was " + priority);
        }
        MoneyPeriod.of(period);
    }

    Measure measure() {
        return Measure.of(quantity, unit, amount, currency, period);
    }

    boolean longTerm() {
        return Codes.LONG_TERM.equals(horizon);
    }

    /** The part of the need still to close: quantity (or amount) minus current capacity, never below 0. */
    BigDecimal gap() {
        Measure needed = measure();
        if (!needed.stated()) {
            return null;
        }
        BigDecimal gap = currentCapacity == null ? needed.value() : needed.value().subtract(currentCapacity);
        return gap.signum() < 0 ? BigDecimal.ZERO : gap;
    }
}

package org.smartlibrary.matching.engine;

import java.math.BigDecimal;

/**
 * A need's size or an offering's capacity: money (amount + currency, and how often it is given), a quantity
 * (+ unit), or not stated.
 */
record Measure(Kind kind, BigDecimal value, String unit, MoneyPeriod period) {

    enum Kind { MONEY, QUANTITY, NOT_STATED }

    static final Measure NOT_STATED = new Measure(Kind.NOT_STATED, null, null, MoneyPeriod.ONE_TIME);

    static Measure of(BigDecimal quantity, String unit, BigDecimal amount, String currency, String period) {
        if (amount != null) {
            return new Measure(Kind.MONEY, amount, currency, MoneyPeriod.of(period));
        }
        if (quantity != null) {
            return new Measure(Kind.QUANTITY, quantity, unit, MoneyPeriod.ONE_TIME);
        }
        return NOT_STATED;
    }

    boolean stated() {
        return kind != Kind.NOT_STATED;
    }

    /** Money given again and again (per month or per year). */
    boolean recurring() {
        return kind == Kind.MONEY && period.recurring();
    }

    /** The same kind and the same unit or currency (a null unit matches any); never converts currencies. */
    boolean comparableWith(Measure other) {
        return stated() && other.stated() && kind == other.kind && unitsMatch(other);
    }

    boolean unitsMatch(Measure other) {
        return unit == null || other.unit == null || unit.equals(other.unit) || unit.equalsIgnoreCase(other.unit);
    }

    String describe() {
        return describe(value);
    }

    /** e.g. "300 robots", "30000 USD per year". */
    String describe(BigDecimal figure) {
        String text = unit == null ? Figures.number(figure) : Figures.number(figure) + " " + unit;
        return recurring() ? text + " " + period.label() : text;
    }

    String kindLabel() {
        return switch (kind) {
            case MONEY -> "money";
            case QUANTITY -> "a quantity";
            case NOT_STATED -> "unstated";
        };
    }
}

package org.smartlibrary.matching.engine;

import java.math.BigDecimal;

/** A need's size or an offering's capacity: money (amount + currency), a quantity (+ unit), or not stated. */
record Measure(Kind kind, BigDecimal value, String unit) {

    enum Kind { MONEY, QUANTITY, NOT_STATED }

    static final Measure NOT_STATED = new Measure(Kind.NOT_STATED, null, null);

    static Measure of(BigDecimal quantity, String unit, BigDecimal amount, String currency) {
        if (amount != null) {
            return new Measure(Kind.MONEY, amount, currency);
        }
        if (quantity != null) {
            return new Measure(Kind.QUANTITY, quantity, unit);
        }
        return NOT_STATED;
    }

    boolean stated() {
        return kind != Kind.NOT_STATED;
    }

    /** Capacities can be compared only for the same kind and the same unit or currency (a null unit matches any). */
    boolean comparableWith(Measure other) {
        return stated() && other.stated() && kind == other.kind && unitsMatch(other);
    }

    boolean unitsMatch(Measure other) {
        return unit == null || other.unit == null || unit.equals(other.unit) || unit.equalsIgnoreCase(other.unit);
    }

    String describe() {
        return describe(value);
    }

    String describe(BigDecimal figure) {
        return unit == null ? Figures.number(figure) : Figures.number(figure) + " " + unit;
    }

    String kindLabel() {
        return switch (kind) {
            case MONEY -> "money";
            case QUANTITY -> "a quantity";
            case NOT_STATED -> "unstated";
        };
    }
}

package org.smartlibrary.matching.engine;

/** How often an amount of money is given (the taxonomy's money_periods); absent means ONE_TIME. */
enum MoneyPeriod {
    ONE_TIME(0),
    MONTH(12),
    YEAR(1);

    private final int perYear;

    MoneyPeriod(int perYear) {
        this.perYear = perYear;
    }

    static MoneyPeriod of(String code) {
        return code == null ? ONE_TIME : valueOf(code);
    }

    boolean recurring() {
        return perYear > 0;
    }

    /** How many times a year a recurring amount is paid: 12 for MONTH, 1 for YEAR. */
    int perYear() {
        return perYear;
    }

    /** "per year", "per month" or "one-time", for texts. */
    String label() {
        return switch (this) {
            case ONE_TIME -> "one-time";
            case MONTH -> "per month";
            case YEAR -> "per year";
        };
    }
}

package org.smartlibrary.matching.engine;

import java.math.BigDecimal;

/** Formats the figures that explanation texts name, independent of the JVM locale. */
final class Figures {

    private Figures() {
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** Two decimals, e.g. 0.60 (hand-rolled: String.format is slow on the per-candidate path). */
    static String ratio(double value) {
        long hundredths = Math.round(value * 100);
        long fraction = Math.abs(hundredths % 100);
        return (hundredths < 0 ? "-" : "") + Math.abs(hundredths / 100) + (fraction < 10 ? ".0" : ".") + fraction;
    }

    /** A sum of money rounded to whole units, e.g. 30000. */
    static String money(double amount) {
        return Long.toString(Math.round(amount));
    }

    static String years(double years) {
        long tenths = Math.round(years * 10);
        return tenths / 10 + "." + tenths % 10 + " years";
    }
}

package org.smartlibrary.partner.model;

import java.time.LocalDate;

/**
 * The suite's one definition of a stale listing, the same as matching-service's STALE_LISTING flag: a listing is
 * stale on a day when it was never confirmed, or when its last confirmation plus N months is before that day
 * (N = {@code slp.partner.freshness.stale-after-months}, 12 by default). Confirmed exactly N months ago is still
 * fresh; one day more is stale. Months are calendar months: a day that does not exist in the later month becomes
 * that month's last day (2023-02-28 plus 12 months is 2024-02-28, so it is stale on 2024-02-29), in Java
 * ({@link LocalDate#plusMonths}) and in PostgreSQL ({@code date + interval}) alike.
 */
public final class Freshness {

    private Freshness() {
    }

    public static boolean isStale(LocalDate lastConfirmed, LocalDate day, int staleAfterMonths) {
        return lastConfirmed == null || lastConfirmed.plusMonths(staleAfterMonths).isBefore(day);
    }

    /**
     * The same rule as a SQL predicate over a date column; {@code months} and {@code day} are the placeholders of an
     * integer and a date parameter.
     */
    public static String staleSql(String column, String months, String day) {
        return "(" + column + " IS NULL OR " + expiresSql(column, months) + " < " + day + ")";
    }

    /** The negation of {@link #staleSql}: confirmed, and not yet N months before the day. */
    public static String freshSql(String column, String months, String day) {
        return "(" + column + " IS NOT NULL AND " + expiresSql(column, months) + " >= " + day + ")";
    }

    /** last confirmation + N calendar months, as a date. */
    private static String expiresSql(String column, String months) {
        return "CAST(" + column + " + make_interval(months => CAST(" + months + " AS integer)) AS date)";
    }
}

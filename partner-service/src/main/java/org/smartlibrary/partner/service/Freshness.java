package org.smartlibrary.partner.service;

import java.time.LocalDate;

/**
 * The suite's one definition of a stale listing, the same as matching-service's STALE_LISTING flag: a listing is
 * stale on a day when it was never confirmed, or when its last confirmation plus N months is before that day
 * (N = {@code slp.partner.freshness.stale-after-months}, 12 by default). Confirmed exactly N months ago is still
 * fresh; one day more is stale. Months are calendar months: a day that does not exist in the later month becomes
 * that month's last day (2023-02-28 plus 12 months is 2024-02-28, so it is stale on 2024-02-29), in Java
 * ({@link LocalDate#plusMonths}) and in PostgreSQL ({@code date + interval}) alike. The search filter
 * {@code stale=true|false} states the same rule in SQL ({@link org.smartlibrary.partner.repository.SearchQuery});
 * StaleFilterTest checks that both agree.
 */
public final class Freshness {

    private Freshness() {
    }

    public static boolean isStale(LocalDate lastConfirmed, LocalDate day, int staleAfterMonths) {
        return lastConfirmed == null || lastConfirmed.plusMonths(staleAfterMonths).isBefore(day);
    }
}

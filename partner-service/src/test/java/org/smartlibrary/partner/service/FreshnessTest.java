package org.smartlibrary.partner.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one rule of a stale listing: stale ⇔ never confirmed, or last confirmation + N months is before the day. */
class FreshnessTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    @Test
    void confirmedExactlyNMonthsAgoIsFreshAndOneDayMoreIsStale() {
        assertFalse(Freshness.isStale(LocalDate.of(2025, 6, 15), DAY, 12));
        assertTrue(Freshness.isStale(LocalDate.of(2025, 6, 14), DAY, 12));
        assertFalse(Freshness.isStale(DAY, DAY, 12));
        assertFalse(Freshness.isStale(DAY.plusDays(1), DAY, 12));
        assertFalse(Freshness.isStale(LocalDate.of(2025, 12, 15), DAY, 6));
        assertTrue(Freshness.isStale(LocalDate.of(2025, 12, 14), DAY, 6));
    }

    @Test
    void neverConfirmedIsStale() {
        assertTrue(Freshness.isStale(null, DAY, 12));
    }

    /** Where "last confirmation + N months" and "day - N months" part ways: the rule counts from the confirmation. */
    @Test
    void monthsAreCountedFromTheConfirmationAtMonthEnds() {
        // 2023-02-28 + 12 months = 2024-02-28, before 2024-02-29 (day - 12 months would be 2023-02-28: not stale)
        assertTrue(Freshness.isStale(LocalDate.of(2023, 2, 28), LocalDate.of(2024, 2, 29), 12));
        assertFalse(Freshness.isStale(LocalDate.of(2023, 3, 1), LocalDate.of(2024, 2, 29), 12));
        // 2024-02-29 + 12 months = 2025-02-28: fresh that day, stale the next
        assertFalse(Freshness.isStale(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28), 12));
        assertTrue(Freshness.isStale(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 3, 1), 12));
        // 2025-02-28 + 6 months = 2025-08-28, three days before 2025-08-31 (day - 6 months would be 2025-02-28)
        assertTrue(Freshness.isStale(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 8, 31), 6));
        // 2025-08-31 + 6 months = 2026-02-28
        assertFalse(Freshness.isStale(LocalDate.of(2025, 8, 31), LocalDate.of(2026, 2, 28), 6));
        assertTrue(Freshness.isStale(LocalDate.of(2025, 8, 31), LocalDate.of(2026, 3, 1), 6));
    }
}

package org.smartlibrary.localtools;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An offering window that would already be over is moved forward by whole years, so the demo stays loadable. */
final class OfferingWindows {

    private OfferingWindows() {
    }

    /** Moves available_from/available_until forward by whole years when the window ended before {@code today}. */
    static boolean shiftIntoTheFuture(ObjectNode offering, LocalDate today) {
        if (!offering.hasNonNull("available_until")) {
            return false;
        }
        LocalDate end = LocalDate.parse(offering.get("available_until").asText());
        if (!end.isBefore(today)) {
            return false;
        }
        long years = ChronoUnit.YEARS.between(end, today) + 1;
        offering.put("available_until", end.plusYears(years).toString());
        if (offering.hasNonNull("available_from")) {
            offering.put("available_from", LocalDate.parse(offering.get("available_from").asText()).plusYears(years).toString());
        }
        return true;
    }
}

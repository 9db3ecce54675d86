package org.smartlibrary.matching.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One offering of a partner. Capacity is a quantity + unit or an amount + currency; both null means "not stated".
 *
 * @param availableFrom  first day available; null = already available
 * @param availableUntil last day available; null = open-ended
 * @param horizon        SHORT_TERM, LONG_TERM or ANY
 * @param status         ACTIVE, PAUSED, WITHDRAWN or EXPIRED
 */
public record OfferingInput(String id, String category, String type,
                            BigDecimal quantity, String unit, BigDecimal amount, String currency,
                            LocalDate availableFrom, LocalDate availableUntil, String horizon,
                            List<OfferingCondition> conditions, String status) {

    public OfferingInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(type, "type");
        conditions = List.copyOf(conditions == null ? List.of() : conditions);
    }

    Measure capacity() {
        return Measure.of(quantity, unit, amount, currency);
    }
}

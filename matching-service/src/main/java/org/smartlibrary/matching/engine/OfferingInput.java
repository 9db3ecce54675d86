package org.smartlibrary.matching.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One offering of a partner. Capacity is a quantity + unit or an amount + currency (given once or per period);
 * both null means "not stated".
 *
 * @param period            for money: ONE_TIME (also when null), MONTH or YEAR
 * @param availableFrom     first day available; null = already available
 * @param availableUntil    last day available; null = open-ended
 * @param horizon           SHORT_TERM, LONG_TERM or ANY
 * @param minOrder          the smallest quantity or amount accepted, in the offering's measure (and period); null = any
 * @param minJointLibraries libraries that must apply together; null = a library may apply alone
 * @param status            ACTIVE, PAUSED, WITHDRAWN or EXPIRED
 */
public record OfferingInput(String id, String category, String type,
                            BigDecimal quantity, String unit, BigDecimal amount, String currency, String period,
                            LocalDate availableFrom, LocalDate availableUntil, String horizon,
                            List<OfferingCondition> conditions, BigDecimal minOrder, Integer minJointLibraries,
                            String status) {

    public OfferingInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(type, "type");
        conditions = List.copyOf(conditions == null ? List.of() : conditions);
        MoneyPeriod.of(period);
    }

    Measure capacity() {
        return Measure.of(quantity, unit, amount, currency, period);
    }
}

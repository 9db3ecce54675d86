package org.smartlibrary.assessment.service;

import org.smartlibrary.assessment.mapping.Numbers;
import org.smartlibrary.assessment.model.Need;
import org.smartlibrary.assessment.rest.AssessmentSummary.MoneyTotal;
import org.smartlibrary.assessment.rest.AssessmentSummary.QuantityTotal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums of needs that can be added up: money per currency, quantities per unit (units compare case-insensitively).
 * Different units or currencies are never added together.
 */
final class NeedTotals {

    private final Map<String, BigDecimal[]> money = new TreeMap<>();
    private final Map<String, BigDecimal[]> quantities = new TreeMap<>();
    private final Map<String, String> unitSpelling = new LinkedHashMap<>();

    void add(Need need) {
        BigDecimal requested = need.requested();
        BigDecimal gap = gap(need);
        if (need.amount != null) {
            accumulate(money, need.currency, requested, gap);
        } else {
            String key = need.unit.toLowerCase(Locale.ROOT);
            unitSpelling.putIfAbsent(key, need.unit);
            accumulate(quantities, key, requested, gap);
        }
    }

    static NeedTotals of(Collection<Need> needs) {
        NeedTotals totals = new NeedTotals();
        needs.forEach(totals::add);
        return totals;
    }

    List<MoneyTotal> money() {
        return money.entrySet().stream()
                .map(entry -> new MoneyTotal(entry.getKey(), Numbers.plain(entry.getValue()[0]), Numbers.plain(entry.getValue()[1])))
                .toList();
    }

    List<QuantityTotal> quantities() {
        return quantities.entrySet().stream()
                .map(entry -> new QuantityTotal(unitSpelling.get(entry.getKey()), Numbers.plain(entry.getValue()[0]),
                        Numbers.plain(entry.getValue()[1])))
                .toList();
    }

    /** What is still missing: requested minus current capacity, never below zero. */
    static BigDecimal gap(Need need) {
        BigDecimal capacity = need.currentCapacity == null ? BigDecimal.ZERO : need.currentCapacity;
        return need.requested().subtract(capacity).max(BigDecimal.ZERO);
    }

    /** The unmet share of the need, 0..1 (1 when the library has nothing of it yet). */
    static BigDecimal gapRatio(Need need) {
        BigDecimal requested = need.requested();
        if (requested.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return gap(need).divide(requested, 4, RoundingMode.HALF_UP);
    }

    private static void accumulate(Map<String, BigDecimal[]> totals, String key, BigDecimal requested, BigDecimal gap) {
        BigDecimal[] sums = totals.computeIfAbsent(key, ignored -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
        sums[0] = sums[0].add(requested);
        sums[1] = sums[1].add(gap);
    }
}

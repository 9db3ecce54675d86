package org.smartlibrary.assessment.service;

import org.smartlibrary.assessment.api.AssessmentSummary.MoneyTotal;
import org.smartlibrary.assessment.api.AssessmentSummary.QuantityTotal;
import org.smartlibrary.assessment.events.Numbers;
import org.smartlibrary.assessment.model.Need;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums of needs that can be added up: money per currency and period (a yearly amount is not a one-time amount,
 * and MONTH is not converted to YEAR here), quantities per unit (units compare case-insensitively). Different
 * units, currencies or periods are never added together. Money totals come by currency, then in the order of the
 * money periods given (the taxonomy's).
 */
final class NeedTotals {

    /** What money is summed under. */
    private record MoneyKey(String currency, String period) {
    }

    private final Map<MoneyKey, BigDecimal[]> money;
    private final Map<String, BigDecimal[]> quantities = new TreeMap<>();
    private final Map<String, String> unitSpelling = new LinkedHashMap<>();

    private NeedTotals(List<String> periodOrder) {
        Comparator<String> byPeriod = Comparator.<String>comparingInt(period -> {
            int index = periodOrder.indexOf(period);
            return index < 0 ? periodOrder.size() : index;
        }).thenComparing(Comparator.naturalOrder());
        money = new TreeMap<>(Comparator.comparing(MoneyKey::currency).thenComparing(MoneyKey::period, byPeriod));
    }

    void add(Need need) {
        BigDecimal requested = need.requested();
        BigDecimal gap = gap(need);
        if (need.amount != null) {
            accumulate(money, new MoneyKey(need.currency, need.moneyPeriod()), requested, gap);
        } else {
            String key = need.unit.toLowerCase(Locale.ROOT);
            unitSpelling.putIfAbsent(key, need.unit);
            accumulate(quantities, key, requested, gap);
        }
    }

    /** The totals of the needs; {@code moneyPeriods} orders the money totals of one currency. */
    static NeedTotals of(Collection<Need> needs, Collection<String> moneyPeriods) {
        NeedTotals totals = new NeedTotals(List.copyOf(moneyPeriods));
        needs.forEach(totals::add);
        return totals;
    }

    List<MoneyTotal> money() {
        return money.entrySet().stream()
                .map(entry -> new MoneyTotal(entry.getKey().currency(), entry.getKey().period(),
                        Numbers.plain(entry.getValue()[0]), Numbers.plain(entry.getValue()[1])))
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

    private static <K> void accumulate(Map<K, BigDecimal[]> totals, K key, BigDecimal requested, BigDecimal gap) {
        BigDecimal[] sums = totals.computeIfAbsent(key, ignored -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
        sums[0] = sums[0].add(requested);
        sums[1] = sums[1].add(gap);
    }
}

package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The share of one need that several offerings cover together. Capacity adds up, time does not: on each day of
 * the need's horizon the covers serving that day add their level, capped at the whole need, so two offerings
 * that serve the same first half of a long-term horizon still leave the second half open.
 */
final class CombinedCover {

    private final List<Cover> covers = new ArrayList<>(2);
    private boolean allWhole = true;
    private double covered;

    /** What is covered now, 0..1. */
    double covered() {
        return covered;
    }

    List<Cover> covers() {
        return covers;
    }

    /** What would be covered with {@code extra} added, 0..1. */
    double coveredWith(Cover extra) {
        if (covers.isEmpty()) {
            return Math.min(1, extra.coverage());
        }
        if (allWhole && extra.wholeSpan()) {
            return Math.min(1, sumOfLevels() + extra.level());
        }
        return sweep(extra);
    }

    void add(Cover cover) {
        covered = coveredWith(cover);
        covers.add(cover);
        allWhole &= cover.wholeSpan();
    }

    private double sumOfLevels() {
        double sum = 0;
        for (Cover cover : covers) {
            sum += cover.level();
        }
        return sum;
    }

    /** Day by day over the spans: the sum of the levels serving each stretch of days, capped at 1. */
    private double sweep(Cover extra) {
        int count = covers.size() + 1;
        long[] days = new long[2 * count];
        double[] deltas = new double[2 * count];
        Integer[] order = new Integer[2 * count];
        for (int i = 0; i < count; i++) {
            Cover cover = i < covers.size() ? covers.get(i) : extra;
            days[2 * i] = cover.spanFrom();
            deltas[2 * i] = cover.level();
            days[2 * i + 1] = cover.spanTo() + 1;
            deltas[2 * i + 1] = -cover.level();
        }
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(days[a], days[b]));
        double total = 0;
        double active = 0;
        long previous = days[order[0]];
        for (int index : order) {
            total += Math.min(1, Math.max(0, active)) * (days[index] - previous);
            active += deltas[index];
            previous = days[index];
        }
        return Math.min(1, total / extra.horizonDays());
    }
}

package org.smartlibrary.deploy.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Summary statistics the benchmark reports share: n, min, median, p90, p99, max, mean (nearest-rank percentiles). */
final class Stats {

    private Stats() {
    }

    static Map<String, Double> of(double[] values) {
        Map<String, Double> stats = new LinkedHashMap<>();
        stats.put("n", (double) values.length);
        if (values.length == 0) {
            return stats;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        stats.put("min", round(sorted[0]));
        stats.put("median", round(percentile(sorted, 50)));
        stats.put("p90", round(percentile(sorted, 90)));
        stats.put("p99", round(percentile(sorted, 99)));
        stats.put("max", round(sorted[sorted.length - 1]));
        stats.put("mean", round(Arrays.stream(sorted).average().orElse(0)));
        return stats;
    }

    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static Object ratio(double value, double baseline) {
        return baseline <= 0 ? null : round(value / baseline);
    }
}

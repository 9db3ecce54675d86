package org.smartlibrary.matching.engine;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

import static org.smartlibrary.matching.engine.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The engine's time for a directory of 10^5 offerings: spread over all types (the usual case), and all in the
 * assessment's own types (the worst case: every offering is a candidate). Prints median and p99 of 200 matches.
 */
@Tag("benchmark")
class EngineBenchmarkTest {

    private static final int OFFERINGS = 100_000;
    private static final int RUNS = 100;

    private final AssessmentInput assessment = BenchmarkDirectory.FIVE_NEEDS;

    @Test
    void matchTimeFor100000Offerings() {
        measure("spread over all 19 types", BenchmarkDirectory.directory(OFFERINGS, Fixtures.ALL_TYPES));
        measure("all in the needs' 5 types", BenchmarkDirectory.directory(OFFERINGS, List.of("TECHNOLOGY.ROBOTICS",
                "FINANCIAL.PROGRAM", "HUMAN.WORKSHOP_VOLUNTEERS", "HUMAN.STAFF_SKILLS", "HUMAN.DESIGN_EXPERTISE")));
    }

    private void measure(String label, List<PartnerInput> directory) {
        long indexStart = System.nanoTime();
        OfferingIndex index = OfferingIndex.of(directory);
        long indexMillis = (System.nanoTime() - indexStart) / 1_000_000;
        assertEquals(OFFERINGS, index.offeringCount());
        MatchingEngine engine = new MatchingEngine(index, Fixtures.TAXONOMY_RELATIONS, ScoringWeights.defaults(),
                MatchLimits.DEFAULTS, MatchSettings.DEFAULTS);
        for (int i = 0; i < 10; i++) {
            engine.match(assessment, TODAY);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[RUNS];
        long[] cpuNanos = new long[RUNS];
        MatchResult result = null;
        for (int i = 0; i < RUNS; i++) {
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            result = engine.match(assessment, TODAY);
            nanos[i] = System.nanoTime() - started;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStarted;
        }
        assertFalse(result.recommendations().isEmpty());
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        System.out.printf("BENCHMARK engine, %d offerings %s: index built in %d ms; %d candidates examined, "
                        + "%d partners matched (%d kept), %d excluded; match median %.1f ms, p99 %.1f ms, max %.1f ms wall; "
                        + "CPU median %.1f ms, p99 %.1f ms (%d runs)%n",
                OFFERINGS, label, indexMillis, result.candidatesExamined(), result.partnersMatched(), result.recommendations().size(),
                result.excludedTotal(), nanos[RUNS / 2] / 1e6, nanos[RUNS * 99 / 100] / 1e6,
                nanos[RUNS - 1] / 1e6, cpuNanos[RUNS / 2] / 1e6, cpuNanos[RUNS * 99 / 100] / 1e6, RUNS);
    }
}

package org.smartlibrary.matching.engine;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.smartlibrary.matching.engine.Fixtures.TODAY;
import static org.smartlibrary.matching.engine.Fixtures.assessment;
import static org.smartlibrary.matching.engine.Fixtures.need;
import static org.smartlibrary.matching.engine.Fixtures.offering;
import static org.smartlibrary.matching.engine.Fixtures.partner;
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

    private final AssessmentInput assessment = assessment(
            need("robots", "TECHNOLOGY.ROBOTICS").quantity("300", "kits").priority(5).currentCapacity("20").build(),
            need("grant", "FINANCIAL.PROGRAM").money("45000", "EUR").longTerm().priority(4).build(),
            need("volunteers", "HUMAN.WORKSHOP_VOLUNTEERS").quantity("12", "volunteers").longTerm().priority(4).build(),
            need("training", "HUMAN.STAFF_SKILLS").quantity("8", "staff").priority(3).build(),
            need("design", "HUMAN.DESIGN_EXPERTISE").quantity("80", "hours").longTerm().priority(2).build())
            .offers("SPACE", "VISIBILITY").build();

    @Test
    void matchTimeFor100000Offerings() {
        measure("spread over all 19 types", directory(Fixtures.ALL_TYPES));
        measure("all in the needs' 5 types", directory(List.of("TECHNOLOGY.ROBOTICS", "FINANCIAL.PROGRAM",
                "HUMAN.WORKSHOP_VOLUNTEERS", "HUMAN.STAFF_SKILLS", "HUMAN.DESIGN_EXPERTISE")));
    }

    private void measure(String label, List<PartnerInput> directory) {
        long indexStart = System.nanoTime();
        OfferingIndex index = OfferingIndex.of(directory);
        long indexMillis = (System.nanoTime() - indexStart) / 1_000_000;
        assertEquals(OFFERINGS, index.offeringCount());
        MatchingEngine engine = new MatchingEngine(index, Fixtures.TAXONOMY_RELATIONS);
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

    private static String unitOf(String type) {
        return switch (type) {
            case "HUMAN.WORKSHOP_VOLUNTEERS" -> "volunteers";
            case "HUMAN.STAFF_SKILLS" -> "staff";
            case "HUMAN.DESIGN_EXPERTISE" -> "hours";
            default -> "kits";
        };
    }

    private static List<PartnerInput> directory(List<String> types) {
        Random random = new Random(42);
        String[] statuses = {"ACTIVE", "ACTIVE", "ACTIVE", "PAUSED", "WITHDRAWN", "EXPIRED"};
        String[] cities = {"Springfield", "Shelbyville", "Capital City", "Ogdenville"};
        List<PartnerInput> partners = new ArrayList<>();
        for (int p = 0; p < OFFERINGS / 5; p++) {
            Fixtures.PartnerBuilder builder = partner("partner-" + p).seeks("SPACE");
            switch (random.nextInt(4)) {
                case 0 -> builder.remote();
                case 1 -> builder.national();
                default -> builder.cities(cities[random.nextInt(cities.length)]);
            }
            for (int o = 0; o < 5; o++) {
                String type = types.get(random.nextInt(types.size()));
                Fixtures.OfferingBuilder offering = offering("offering-" + p + "-" + o, type)
                        .status(statuses[random.nextInt(statuses.length)]);
                if (!type.startsWith("FINANCIAL.")) {
                    offering.quantity(String.valueOf(1 + random.nextInt(600)), unitOf(type));
                }
                builder.offering(offering);
            }
            partners.add(builder.build());
        }
        return partners;
    }
}

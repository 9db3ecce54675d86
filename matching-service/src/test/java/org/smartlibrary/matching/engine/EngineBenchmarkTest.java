package org.smartlibrary.matching.engine;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.smartlibrary.matching.engine.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmarks' data, and the engine's time for a directory of 10^5 offerings.
 *
 * <p>Untagged (in every build): the pooled benchmark's consortium ({@link BenchmarkConsortium}) is what it claims to
 * be, so {@code deploy/bench/engine} measures a realistic pooled re-match. Tagged {@code benchmark} (run on request,
 * see the pom): one library's match with the directory spread over all types (the usual case) and all in the
 * assessment's own types (the worst case: every offering is a candidate), and the consortium's pooled re-match;
 * each prints median and p99 of 100 runs.
 */
class EngineBenchmarkTest {

    private static final int OFFERINGS = 100_000;
    private static final int RUNS = 100;
    private static final List<String> SHARED_TYPES = List.of("TECHNOLOGY.ROBOTICS", "FINANCIAL.PROGRAM",
            "HUMAN.WORKSHOP_VOLUNTEERS", "HUMAN.STAFF_SKILLS", "HUMAN.DESIGN_EXPERTISE");

    private final AssessmentInput assessment = BenchmarkDirectory.FIVE_NEEDS;

    @Test
    void theConsortiumPoolsFiftyMembersNeedsIntoTheFiveSharedTypesAndThreeOwnOnes() {
        List<AssessmentInput> members = BenchmarkConsortium.members(BenchmarkConsortium.MEMBERS);

        ConsortiumPool pool = ConsortiumPool.of(BenchmarkConsortium.KEY, members);

        assertEquals(50, pool.members().size());
        assertEquals(50, members.stream().map(member -> member.library().id()).distinct().count(),
                "one assessment per library");
        Map<String, PooledNeed> byType = pool.needs().stream()
                .collect(Collectors.toMap(pooled -> pooled.need().type(), Function.identity()));
        assertEquals(Set.of("TECHNOLOGY.ROBOTICS", "FINANCIAL.PROGRAM", "HUMAN.WORKSHOP_VOLUNTEERS",
                "HUMAN.STAFF_SKILLS", "HUMAN.DESIGN_EXPERTISE", "TECHNOLOGY.DEVICES", "TECHNOLOGY.FABRICATION",
                "FINANCIAL.EQUIPMENT"), byType.keySet(), "one pooled need per type: units and currency agree");
        assertEquals(8, pool.needs().size());
        for (String type : SHARED_TYPES) {
            assertTrue(byType.get(type).libraries() >= 25,
                    type + " is a need of most members: " + byType.get(type).libraries());
        }
        assertEquals(List.of("member-05", "member-17"), libraries(byType.get("TECHNOLOGY.DEVICES")));
        assertEquals(new BigDecimal("55"), byType.get("TECHNOLOGY.DEVICES").need().quantity());
        assertEquals(List.of("member-29"), libraries(byType.get("TECHNOLOGY.FABRICATION")));
        assertEquals(List.of("member-41"), libraries(byType.get("FINANCIAL.EQUIPMENT")));
        assertEquals(new BigDecimal("15000"), byType.get("FINANCIAL.EQUIPMENT").need().amount());
    }

    @Test
    void eachPooledNeedSumsTheGapsOfTheMembersThatStillNeedSomething() {
        List<AssessmentInput> members = BenchmarkConsortium.members(BenchmarkConsortium.MEMBERS);
        Map<String, BigDecimal> expectedTotal = new TreeMap<>();
        Map<String, Set<String>> expectedLibraries = new TreeMap<>();
        Set<String> withRobotsNeed = new HashSet<>();
        for (AssessmentInput member : members) {
            for (NeedInput need : member.needs()) {
                if (need.type().equals("TECHNOLOGY.ROBOTICS")) {
                    withRobotsNeed.add(member.library().id());
                }
                BigDecimal asked = need.quantity() != null ? need.quantity() : need.amount();
                BigDecimal gap = need.currentCapacity() == null ? asked : asked.subtract(need.currentCapacity());
                if (gap.signum() > 0) {
                    expectedTotal.merge(need.type(), gap, BigDecimal::add);
                    expectedLibraries.computeIfAbsent(need.type(), type -> new HashSet<>()).add(member.library().id());
                }
            }
        }

        ConsortiumPool pool = ConsortiumPool.of(BenchmarkConsortium.KEY, members);

        Map<String, BigDecimal> pooledTotal = new TreeMap<>();
        for (PooledNeed pooled : pool.needs()) {
            NeedInput need = pooled.need();
            pooledTotal.put(need.type(), need.quantity() != null ? need.quantity() : need.amount());
            assertEquals(expectedLibraries.get(need.type()), new HashSet<>(libraries(pooled)), need.id());
            assertEquals(pooled.contributions().stream().map(PoolContribution::gap).reduce(BigDecimal.ZERO,
                    BigDecimal::add), pooledTotal.get(need.type()), need.id() + " is the sum of its contributions");
        }
        assertEquals(expectedTotal, pooledTotal);
        List<String> robotsContributors = libraries(pool.needs().stream()
                .filter(pooled -> pooled.need().type().equals("TECHNOLOGY.ROBOTICS")).findFirst().orElseThrow());
        assertTrue(withRobotsNeed.containsAll(List.of("member-03", "member-28")));
        assertFalse(robotsContributors.contains("member-03"), "member-03 already has its kits");
        assertFalse(robotsContributors.contains("member-28"), "member-28 already has its kits");
    }

    @Test
    void thePooledMatchFindsRemoteOrNationalPartnersForEverySharedNeed() {
        List<PartnerInput> directory = BenchmarkDirectory.directory(10_000, Fixtures.ALL_TYPES);
        Map<String, PartnerInput> partners = directory.stream()
                .collect(Collectors.toMap(PartnerInput::id, Function.identity()));
        MatchingEngine engine = Fixtures.engine(OfferingIndex.of(directory));
        ConsortiumPool pool = BenchmarkConsortium.pool(BenchmarkConsortium.MEMBERS);

        PooledMatchResult pooled = engine.matchPool(pool, TODAY);

        assertFalse(pooled.result().recommendations().isEmpty());
        Set<String> coveredTypes = new HashSet<>();
        for (PartnerRecommendation recommendation : pooled.result().recommendations()) {
            ServiceArea area = partners.get(recommendation.partnerId()).serviceArea();
            for (NeedCoverage cover : recommendation.coveredNeeds()) {
                coveredTypes.add(cover.needType());
                if (SHARED_TYPES.contains(cover.needType())) {
                    assertTrue(area.remote() || area.national(), recommendation.partnerId()
                            + " covers " + cover.needId() + " for members in six towns: it must serve them all");
                }
            }
        }
        assertTrue(coveredTypes.containsAll(SHARED_TYPES), "covered: " + coveredTypes);
        assertEquals(pool.needs().stream().mapToInt(need -> need.contributions().size()).sum(),
                pooled.shares().size(), "one share per contribution");
        MatchResult individual = engine.match(assessment, TODAY);
        assertTrue(pooled.result().candidatesExamined() > individual.candidatesExamined(),
                "the pool's three own types add buckets to the five the individual assessment examines");
    }

    @Test
    @Tag("benchmark")
    void matchTimeFor100000Offerings() {
        measure("spread over all 19 types", BenchmarkDirectory.directory(OFFERINGS, Fixtures.ALL_TYPES));
        measure("all in the needs' 5 types", BenchmarkDirectory.directory(OFFERINGS, SHARED_TYPES));
    }

    @Test
    @Tag("benchmark")
    void pooledRematchTimeFor100000Offerings() {
        MatchingEngine engine = engine(BenchmarkDirectory.directory(OFFERINGS, Fixtures.ALL_TYPES));
        List<AssessmentInput> members = BenchmarkConsortium.members(BenchmarkConsortium.MEMBERS);
        Timings<PooledMatchResult> timings = time(() -> engine.matchPool(ConsortiumPool.of(BenchmarkConsortium.KEY, members), TODAY));
        MatchResult result = timings.last().result();
        assertFalse(result.recommendations().isEmpty());
        System.out.printf("BENCHMARK pooled re-match, %d members, %d offerings spread over all 19 types: %d pooled "
                        + "needs, %d candidates examined, %d partners matched (%d kept); %s%n",
                members.size(), OFFERINGS, timings.last().needs().size(), result.candidatesExamined(),
                result.partnersMatched(), result.recommendations().size(), timings);
    }

    private void measure(String label, List<PartnerInput> directory) {
        long indexStart = System.nanoTime();
        MatchingEngine engine = engine(directory);
        long indexMillis = (System.nanoTime() - indexStart) / 1_000_000;
        Timings<MatchResult> timings = time(() -> engine.match(assessment, TODAY));
        MatchResult result = timings.last();
        assertFalse(result.recommendations().isEmpty());
        System.out.printf("BENCHMARK engine, %d offerings %s: index built in %d ms; %d candidates examined, "
                        + "%d partners matched (%d kept), %d excluded; %s%n",
                OFFERINGS, label, indexMillis, result.candidatesExamined(), result.partnersMatched(),
                result.recommendations().size(), result.excludedTotal(), timings);
    }

    private static MatchingEngine engine(List<PartnerInput> directory) {
        OfferingIndex index = OfferingIndex.of(directory);
        assertEquals(OFFERINGS, index.offeringCount());
        return new MatchingEngine(index, Fixtures.TAXONOMY_RELATIONS, ScoringWeights.defaults(),
                MatchLimits.DEFAULTS, MatchSettings.DEFAULTS);
    }

    /** Wall and CPU times of {@link #RUNS} runs after 10 warm-up runs, sorted, and the last run's result. */
    private record Timings<T>(long[] nanos, long[] cpuNanos, T last) {

        @Override
        public String toString() {
            return String.format("median %.1f ms, p99 %.1f ms, max %.1f ms wall; CPU median %.1f ms, p99 %.1f ms "
                            + "(%d runs)", nanos[RUNS / 2] / 1e6, nanos[RUNS * 99 / 100] / 1e6, nanos[RUNS - 1] / 1e6,
                    cpuNanos[RUNS / 2] / 1e6, cpuNanos[RUNS * 99 / 100] / 1e6, RUNS);
        }
    }

    private static <T> Timings<T> time(Supplier<T> run) {
        for (int i = 0; i < 10; i++) {
            run.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[RUNS];
        long[] cpuNanos = new long[RUNS];
        T last = null;
        for (int i = 0; i < RUNS; i++) {
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            last = run.get();
            nanos[i] = System.nanoTime() - started;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStarted;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        return new Timings<>(nanos, cpuNanos, last);
    }

    private static List<String> libraries(PooledNeed pooled) {
        return pooled.contributions().stream().map(PoolContribution::libraryId).distinct().toList();
    }
}

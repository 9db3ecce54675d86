package org.smartlibrary.matching.engine;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.smartlibrary.matching.engine.Fixtures.TODAY;

/**
 * JMH benchmark of the matching engine ({@code deploy/bench/engine}): one {@link MatchingEngine#match} of a
 * five-need assessment against a directory of {@code offerings} offerings, a consortium's pooled re-match against the
 * same directory, and a plain scan of the same directory's feature data held in primitive arrays (the
 * memory-bandwidth floor of "look at every offering once").
 *
 * <p>The directory and assessment are {@link BenchmarkDirectory}'s (as {@link EngineBenchmarkTest}'s): {@code offerings / 5} partners with five offerings each, types
 * spread over all 19 taxonomy types, statuses 3/6 ACTIVE, service areas remote / national / one of four cities, seed
 * 42. The assessment is the same five needs (robotics, grant, volunteers, staff skills, design), so the engine examines
 * the buckets of those types as candidates (and reads their related types' buckets for alternatives only).
 *
 * <p>The scan does one pass over {@code type[]} (byte), {@code status[]} (byte), {@code area[]} (int: remote, national
 * or a city id) and {@code amount[]} (long: quantity, or amount for money) of every offering (14 bytes each) and, for
 * an offering whose type is the exact type of {@code k} needs, is ACTIVE and serves the library's city, adds
 * {@code k × amount} and {@code k}: the cheapest filter + sum over the features the engine's gates read first,
 * branch-free. Both results go to the {@link Blackhole}, so the JIT cannot drop the loop.
 *
 * <p>The pooled benchmark is a consortium's re-match as the service does it, less reading the members' stored payloads
 * and writing one row: {@link ConsortiumPool#of} over the current assessments of {@code poolMembers} member libraries
 * ({@link BenchmarkConsortium}: 50 by default, 8 pooled needs, five of them the same types as the individual
 * assessment's) and {@link MatchingEngine#matchPool} against the same engine, so pooling and the pooled match are
 * timed together. The members' assessments are built once per trial (the service has them from its store).
 *
 * <p>Not a JUnit class. {@code deploy/bench/engine} runs it through {@link EngineBenchmarkRunner} (SampleTime mode,
 * µs per invocation). The JMH annotation processor ({@code jmh-generator-annprocess}, test scope) generates the
 * harness into {@code ...engine.jmh_generated} at test compilation; surefire excludes those classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MICROSECONDS)
public class EngineJmhBenchmark {

    static final String[] TYPES = Fixtures.ALL_TYPES.toArray(String[]::new);
    static final byte ACTIVE = 0;
    static final int REMOTE = -1;
    static final int NATIONAL = -2;
    static final String[] CITIES = BenchmarkDirectory.CITIES;

    @Param({"10000", "100000", "1000000"})
    public int offerings;

    /** Member libraries of the pooled benchmark's consortium. */
    @Param({"50"})
    public int poolMembers;

    private final AssessmentInput assessment = BenchmarkDirectory.FIVE_NEEDS;

    private MatchingEngine engine;

    /** The consortium members' current completed assessments, as the service reads them before pooling. */
    private List<AssessmentInput> consortiumMembers;

    // the scan's feature arrays, one slot per offering, in directory order
    private byte[] type;
    private byte[] status;
    private int[] area;
    private long[] amount;
    /** per type code: for how many of the assessment's needs that type is a candidate type (0 = none) */
    private int[] needsPerType;
    private int libraryCity;

    @Setup(Level.Trial)
    public void setUp() {
        long started = System.nanoTime();
        List<PartnerInput> directory = BenchmarkDirectory.directory(offerings, Fixtures.ALL_TYPES);
        long generated = System.nanoTime();
        OfferingIndex index = OfferingIndex.of(directory);
        long indexed = System.nanoTime();
        if (index.offeringCount() != offerings) {
            throw new IllegalStateException("index holds " + index.offeringCount() + " offerings, not " + offerings);
        }
        engine = new MatchingEngine(index, Fixtures.TAXONOMY_RELATIONS, ScoringWeights.defaults(), MatchLimits.DEFAULTS,
                MatchSettings.DEFAULTS);
        buildScanArrays(directory);

        MatchResult result = engine.match(assessment, TODAY);
        if (result.recommendations().isEmpty()) {
            throw new IllegalStateException("the engine recommended nobody: the benchmark would measure nothing useful");
        }
        long[] scan = scanOnce();
        consortiumMembers = BenchmarkConsortium.members(poolMembers);
        PooledMatchResult pooled = pooled();
        ConsortiumPool pool = ConsortiumPool.of(BenchmarkConsortium.KEY, consortiumMembers);
        if (pool.members().size() != poolMembers || pooled.result().recommendations().isEmpty()) {
            throw new IllegalStateException("the pool has " + pool.members().size() + " members and "
                    + pooled.result().recommendations().size() + " recommended partners: the pooled benchmark would "
                    + "measure nothing useful");
        }
        System.gc();
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        writeSetupFacts(String.join("\n",
                "offerings=" + offerings,
                "partners=" + directory.size(),
                "generate_ms=" + (generated - started) / 1_000_000,
                "index_build_ms=" + (indexed - generated) / 1_000_000,
                "candidates_examined=" + result.candidatesExamined(),
                "recommended_partners=" + result.recommendations().size(),
                "partners_matched=" + result.partnersMatched(),
                "excluded_candidates=" + result.excludedTotal(),
                "scan_candidates=" + scan[1],
                "pool_members=" + pool.members().size(),
                "pool_member_needs=" + consortiumMembers.stream().mapToInt(member -> member.needs().size()).sum(),
                "pooled_needs=" + pool.needs().size(),
                "pool_contributions=" + pool.needs().stream().mapToInt(need -> need.contributions().size()).sum(),
                "pooled_candidates_examined=" + pooled.result().candidatesExamined(),
                "pooled_recommended_partners=" + pooled.result().recommendations().size(),
                "pooled_partners_matched=" + pooled.result().partnersMatched(),
                "pooled_excluded_candidates=" + pooled.result().excludedTotal(),
                "pooled_member_shares=" + pooled.shares().size(),
                "heap_used_after_setup_mib=" + heapUsed / (1024 * 1024),
                "heap_max_mib=" + Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ""));
    }

    @Benchmark
    public MatchResult engine() {
        return engine.match(assessment, TODAY);
    }

    /** Pooling the members' assessments and matching the pool: a consortium's re-match, short of the store. */
    @Benchmark
    public PooledMatchResult pooled() {
        return engine.matchPool(ConsortiumPool.of(BenchmarkConsortium.KEY, consortiumMembers), TODAY);
    }

    @Benchmark
    public void scan(Blackhole blackhole) {
        long[] result = scanOnce();
        blackhole.consume(result[0]);
        blackhole.consume(result[1]);
    }

    /**
     * The scan's loop: {sum, candidates}. Branch-free (the filters are turned into 0/1 factors), so its cost is the
     * reading of the arrays, not branch mispredictions on random data (which would also let the branch predictor
     * learn a small directory by heart and make 10^4 look far cheaper per offering than 10^5).
     */
    long[] scanOnce() {
        byte[] type = this.type;
        byte[] status = this.status;
        int[] area = this.area;
        long[] amount = this.amount;
        int[] needsPerType = this.needsPerType;
        int city = libraryCity;
        long sum = 0;
        long candidates = 0;
        for (int i = 0; i < type.length; i++) {
            int a = area[i];
            int active = (status[i] - 1) >>> 31;                           // 1 iff status == ACTIVE (0)
            int serves = (a >>> 31) | (((a ^ city) - 1) >>> 31);          // 1 iff remote / national (< 0) or the city
            long k = needsPerType[type[i]] & -(active & serves);
            sum += k * amount[i];
            candidates += k;
        }
        return new long[] {sum, candidates};
    }

    private void buildScanArrays(List<PartnerInput> directory) {
        type = new byte[offerings];
        status = new byte[offerings];
        area = new int[offerings];
        amount = new long[offerings];
        needsPerType = new int[TYPES.length];
        for (NeedInput need : assessment.needs()) {
            // only an offering of the need's exact type is a candidate cover (related types are ideas, not covers)
            needsPerType[typeCode(need.type())]++;
        }
        libraryCity = cityCode(assessment.library().city());
        int i = 0;
        for (PartnerInput partner : directory) {
            ServiceArea serviceArea = partner.serviceArea();
            int areaCode = serviceArea.remote() ? REMOTE
                    : serviceArea.national() ? NATIONAL
                    : cityCode(serviceArea.cities().iterator().next());
            for (OfferingInput offering : partner.offerings()) {
                type[i] = (byte) typeCode(offering.type());
                status[i] = (byte) switch (offering.status()) {
                    case "ACTIVE" -> ACTIVE;
                    case "PAUSED" -> 1;
                    case "WITHDRAWN" -> 2;
                    default -> 3;
                };
                area[i] = areaCode;
                BigDecimal value = offering.quantity() != null ? offering.quantity() : offering.amount();
                amount[i] = value == null ? 0 : value.longValue();
                i++;
            }
        }
    }

    private static int typeCode(String typeName) {
        for (int t = 0; t < TYPES.length; t++) {
            if (TYPES[t].equals(typeName)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown type " + typeName);
    }

    private static int cityCode(String city) {
        for (int c = 0; c < CITIES.length; c++) {
            if (CITIES[c].equalsIgnoreCase(city)) {
                return c;
            }
        }
        return CITIES.length;
    }

    /** For the report: written to {@code bench.engine.setup-dir} (a system property of the forked JVM), if set. */
    private void writeSetupFacts(String facts) {
        String directory = System.getProperty("bench.engine.setup-dir");
        if (directory == null) {
            return;
        }
        try {
            Path dir = Path.of(directory);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("setup-" + offerings + ".properties"), facts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.smartlibrary.matching.engine;

import static org.smartlibrary.matching.engine.Fixtures.assessment;
import static org.smartlibrary.matching.engine.Fixtures.library;
import static org.smartlibrary.matching.engine.Fixtures.need;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The pooled benchmark's consortium ({@link EngineJmhBenchmark#pooled}, {@link EngineBenchmarkTest}): member
 * libraries {@code member-00}, {@code member-01}, ..., each with one completed assessment, matched against
 * {@link BenchmarkDirectory}'s directory.
 *
 * <p>Every member draws its needs from the five types of {@link BenchmarkDirectory#FIVE_NEEDS} (each with
 * probability 3/4; robotics and the grant when fewer than three were drawn), in the directory's units and in EUR, one-time, so the
 * same types pool across the members: robotics 10-100 kits (a quarter of the members already have a few), grant
 * 2,000-20,000 EUR, volunteers 2-12, staff skills 2-10 staff, design 10-80 hours; priorities 1-5, horizons mixed.
 * Members 3 and 28 already have all the kits they need (a gap of 0: they do not contribute to the robotics pool). A
 * few members have a need of their own type: devices (members 5 and 17, pooled together), fabrication (29) and
 * equipment money (41). So 50 members pool into 8 needs.
 *
 * <p>The members live in six towns of two regions: the directory's four cities and two it has no city partner in,
 * so a partner serving one city can serve a pooled need only when every contributing member is in that city (only
 * the own-type needs); the shared needs are served by remote and national partners. Member {@code i} is the same
 * whatever the number of members (its own seed), so 20 members are the first 20 of the 50.
 */
final class BenchmarkConsortium {

    static final String KEY = "bench-consortium";
    static final int MEMBERS = 50;

    /** Town, region: the directory's four cities first, then two towns no city partner of the directory serves. */
    private static final String[][] TOWNS = {
            {"Springfield", "North"}, {"Shelbyville", "South"}, {"Capital City", "North"}, {"Ogdenville", "South"},
            {"Lakeside", "North"}, {"Hilltop", "South"}};

    private BenchmarkConsortium() {
    }

    /** The members' current completed assessments, {@code count} of them, one per library. */
    static List<AssessmentInput> members(int count) {
        List<AssessmentInput> members = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            members.add(member(i));
        }
        return members;
    }

    /** The pool of the first {@code count} members. */
    static ConsortiumPool pool(int count) {
        return ConsortiumPool.of(KEY, members(count));
    }

    private static AssessmentInput member(int index) {
        Random random = new Random(1_000 + index);
        String libraryId = String.format("member-%02d", index);
        String[] town = TOWNS[index % TOWNS.length];
        List<NeedInput> needs = new ArrayList<>();
        boolean robots = random.nextInt(4) > 0;
        boolean grant = random.nextInt(4) > 0;
        boolean volunteers = random.nextInt(4) > 0;
        boolean training = random.nextInt(4) > 0;
        boolean design = random.nextInt(4) > 0;
        if ((robots ? 1 : 0) + (grant ? 1 : 0) + (volunteers ? 1 : 0) + (training ? 1 : 0) + (design ? 1 : 0) < 3) {
            robots = true;
            grant = true;
        }
        if (robots || index % 25 == 3) {
            int kits = 10 + random.nextInt(91);
            Fixtures.NeedBuilder robotics = need("robots", "TECHNOLOGY.ROBOTICS").quantity(String.valueOf(kits), "kits")
                    .priority(priority(random));
            if (index % 25 == 3) {
                robotics.currentCapacity(String.valueOf(kits));
            } else if (random.nextInt(4) == 0) {
                robotics.currentCapacity(String.valueOf(1 + random.nextInt(9)));
            }
            needs.add(robotics.build());
        }
        if (grant) {
            needs.add(horizon(need("grant", "FINANCIAL.PROGRAM")
                    .money(String.valueOf(2_000 + 500 * random.nextInt(37)), "EUR").priority(priority(random)), random));
        }
        if (volunteers) {
            needs.add(horizon(need("volunteers", "HUMAN.WORKSHOP_VOLUNTEERS")
                    .quantity(String.valueOf(2 + random.nextInt(11)), "volunteers").priority(priority(random)), random));
        }
        if (training) {
            needs.add(horizon(need("training", "HUMAN.STAFF_SKILLS")
                    .quantity(String.valueOf(2 + random.nextInt(9)), "staff").priority(priority(random)), random));
        }
        if (design) {
            needs.add(horizon(need("design", "HUMAN.DESIGN_EXPERTISE")
                    .quantity(String.valueOf(10 + random.nextInt(71)), "hours").priority(priority(random)), random));
        }
        switch (index) {
            case 5 -> needs.add(need("devices", "TECHNOLOGY.DEVICES").quantity("20", "kits").priority(4).build());
            case 17 -> needs.add(need("devices", "TECHNOLOGY.DEVICES").quantity("35", "kits").priority(3).build());
            case 29 -> needs.add(need("makerspace", "TECHNOLOGY.FABRICATION").quantity("12", "kits").priority(3)
                    .longTerm().build());
            case 41 -> needs.add(need("equipment", "FINANCIAL.EQUIPMENT").money("15000", "EUR").priority(2).build());
            default -> {
            }
        }
        Fixtures.AssessmentBuilder assessment = assessment(needs.toArray(NeedInput[]::new))
                .id("assessment-" + libraryId)
                .revision(1 + index % 3)
                .library(library(libraryId, town[1], town[0]))
                .offers("SPACE", random.nextBoolean() ? "VISIBILITY" : "AUDIENCE_REACH");
        if (index % 4 == 0) {
            assessment.matchingFunds();
        }
        return assessment.build();
    }

    private static int priority(Random random) {
        return NeedInput.MIN_PRIORITY + random.nextInt(NeedInput.MAX_PRIORITY);
    }

    private static NeedInput horizon(Fixtures.NeedBuilder need, Random random) {
        return (random.nextBoolean() ? need.longTerm() : need).build();
    }
}

package org.smartlibrary.matching.engine;

import static org.smartlibrary.matching.engine.Fixtures.assessment;
import static org.smartlibrary.matching.engine.Fixtures.need;
import static org.smartlibrary.matching.engine.Fixtures.offering;
import static org.smartlibrary.matching.engine.Fixtures.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The engine benchmarks' data ({@link EngineBenchmarkTest}, {@link EngineJmhBenchmark}): a five-need assessment and a
 * synthetic directory of any size, {@code size / 5} partners with five offerings each, seed 42, statuses 3/6 ACTIVE,
 * service areas remote / national / one of {@link #CITIES}.
 */
final class BenchmarkDirectory {

    static final String[] CITIES = {"Springfield", "Shelbyville", "Capital City", "Ogdenville"};

    /** Robotics, grant, volunteers, staff skills, design; the library offers SPACE and VISIBILITY. */
    static final AssessmentInput FIVE_NEEDS = assessment(
            need("robots", "TECHNOLOGY.ROBOTICS").quantity("300", "kits").priority(5).currentCapacity("20").build(),
            need("grant", "FINANCIAL.PROGRAM").money("45000", "EUR").longTerm().priority(4).build(),
            need("volunteers", "HUMAN.WORKSHOP_VOLUNTEERS").quantity("12", "volunteers").longTerm().priority(4).build(),
            need("training", "HUMAN.STAFF_SKILLS").quantity("8", "staff").priority(3).build(),
            need("design", "HUMAN.DESIGN_EXPERTISE").quantity("80", "hours").longTerm().priority(2).build())
            .offers("SPACE", "VISIBILITY").build();

    private BenchmarkDirectory() {
    }

    /** {@code size} offerings whose types are drawn from {@code types}. */
    static List<PartnerInput> directory(int size, List<String> types) {
        Random random = new Random(42);
        String[] statuses = {"ACTIVE", "ACTIVE", "ACTIVE", "PAUSED", "WITHDRAWN", "EXPIRED"};
        List<PartnerInput> partners = new ArrayList<>(size / 5);
        for (int p = 0; p < size / 5; p++) {
            Fixtures.PartnerBuilder builder = partner("partner-" + p).seeks("SPACE");
            switch (random.nextInt(4)) {
                case 0 -> builder.remote();
                case 1 -> builder.national();
                default -> builder.cities(CITIES[random.nextInt(CITIES.length)]);
            }
            for (int o = 0; o < 5; o++) {
                String offeringType = types.get(random.nextInt(types.size()));
                Fixtures.OfferingBuilder offering = offering("offering-" + p + "-" + o, offeringType)
                        .status(statuses[random.nextInt(statuses.length)]);
                if (!offeringType.startsWith("FINANCIAL.")) {
                    offering.quantity(String.valueOf(1 + random.nextInt(600)), unitOf(offeringType));
                }
                builder.offering(offering);
            }
            partners.add(builder.build());
        }
        return partners;
    }

    private static String unitOf(String offeringType) {
        return switch (offeringType) {
            case "HUMAN.WORKSHOP_VOLUNTEERS" -> "volunteers";
            case "HUMAN.STAFF_SKILLS" -> "staff";
            case "HUMAN.DESIGN_EXPERTISE" -> "hours";
            default -> "kits";
        };
    }
}

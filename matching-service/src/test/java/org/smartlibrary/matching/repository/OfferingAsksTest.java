package org.smartlibrary.matching.repository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.smartlibrary.matching.repository.OfferingAsks.Ask;
import org.smartlibrary.matching.repository.OfferingAsks.Demand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demand a match reads as the other libraries' ({@link OfferingAsks#demandOfOthers}), on the real database: the
 * kept totals minus the matched libraries' own asks must always equal the one rule applied to every stored ask (a
 * library counts once per offering, with its largest ask), however the owners' asks are replaced.
 * <p>
 * Each case runs in one transaction that is rolled back; its offering types are its own, so rows of other tests and
 * of the match worker never enter its answers.
 */
@QuarkusTest
class OfferingAsksTest {

    @Inject
    OfferingAsks asks;

    @Test
    void aLibraryCountsOnceWithItsLargestAskAndNeverAsItsOwnOther() {
        String kits = uniqueType();
        UUID offering = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID riverside = UUID.randomUUID();
        UUID hillcrest = UUID.randomUUID();
        UUID lakeside = UUID.randomUUID();

        inRolledBackTransaction(() -> {
            // Riverside asks 30 kits through its own assessment and 20 as its share of its consortium's pooled set:
            // two routes to the same need, so it counts once, with 30. Hillcrest asks 50.
            asks.replace(OfferingAsks.assessmentOwner(UUID.randomUUID()),
                    List.of(new Ask(riverside, offering, partner, kits, new BigDecimal("30"))));
            asks.replace(OfferingAsks.consortiumOwner("river-valley"),
                    List.of(new Ask(riverside, offering, partner, kits, new BigDecimal("20"))));
            String hillcrestOwner = OfferingAsks.assessmentOwner(UUID.randomUUID());
            asks.replace(hillcrestOwner, List.of(new Ask(hillcrest, offering, partner, kits, new BigDecimal("50"))));

            assertThat(asks.demandOfOthers(List.of(lakeside), List.of(kits)))
                    .containsExactlyEntriesOf(Map.of(offering, new Demand(new BigDecimal("80.0000"), 2)));
            assertThat(asks.demandOfOthers(List.of(riverside), List.of(kits)))
                    .containsExactlyEntriesOf(Map.of(offering, new Demand(new BigDecimal("50.0000"), 1)));
            assertThat(asks.demandOfOthers(List.of(hillcrest), List.of(kits)))
                    .containsExactlyEntriesOf(Map.of(offering, new Demand(new BigDecimal("30.0000"), 1)));
            assertThat(asks.demandOfOthers(List.of(riverside, hillcrest), List.of(kits))).isEmpty();
            assertThat(asks.demandOfOthers(List.of(lakeside), List.of(uniqueType()))).isEmpty();

            // Hillcrest's set is gone: only Riverside asks
            asks.replace(hillcrestOwner, List.of());
            assertThat(asks.demandOfOthers(List.of(lakeside), List.of(kits)))
                    .containsExactlyEntriesOf(Map.of(offering, new Demand(new BigDecimal("30.0000"), 1)));
            assertThat(asks.demandOfOthers(List.of(riverside), List.of(kits))).isEmpty();
            return null;
        });
    }

    @Test
    void theOthersDemandAlwaysEqualsTheRuleOverEveryStoredAsk() {
        Random random = new Random(20261205);
        List<String> types = List.of(uniqueType(), uniqueType(), uniqueType());
        List<UUID> libraries = randomIds(6);
        Map<UUID, String> offeringTypes = new LinkedHashMap<>();
        randomIds(9).forEach(offering -> offeringTypes.put(offering, types.get(random.nextInt(types.size()))));
        List<UUID> offerings = new ArrayList<>(offeringTypes.keySet());
        List<String> owners = new ArrayList<>();
        randomIds(5).forEach(assessment -> owners.add(OfferingAsks.assessmentOwner(assessment)));
        owners.add(OfferingAsks.consortiumOwner("north-" + UUID.randomUUID()));
        owners.add(OfferingAsks.consortiumOwner("south-" + UUID.randomUUID()));
        UUID partner = UUID.randomUUID();
        Map<String, List<Ask>> stored = new HashMap<>();

        inRolledBackTransaction(() -> {
            for (int step = 0; step < 60; step++) {
                String owner = owners.get(random.nextInt(owners.size()));
                List<Ask> replacement = randomAsks(random, owner, libraries, offerings, offeringTypes, partner);
                asks.replace(owner, replacement);
                stored.put(owner, replacement);

                Set<UUID> matched = randomSubset(random, libraries);
                List<String> needed = List.copyOf(randomSubset(random, types));
                assertThat(asks.demandOfOthers(matched, needed))
                        .as("step %d: others of %s, types %s", step, matched, needed)
                        .containsExactlyInAnyOrderEntriesOf(byTheRule(stored, matched, needed));
            }
            return null;
        });
    }

    /** One row per library and offering: a consortium's set may ask for several libraries, an assessment's for one. */
    private static List<Ask> randomAsks(Random random, String owner, List<UUID> libraries, List<UUID> offerings,
                                        Map<UUID, String> offeringTypes, UUID partner) {
        if (random.nextInt(5) == 0) {
            return List.of();
        }
        List<UUID> asking = OfferingAsks.assessmentOf(owner).isPresent()
                ? List.of(libraries.get(Math.floorMod(owner.hashCode(), libraries.size())))
                : List.copyOf(randomSubset(random, libraries));
        List<Ask> rows = new ArrayList<>();
        for (UUID library : asking) {
            for (UUID offering : randomSubset(random, offerings)) {
                rows.add(new Ask(library, offering, partner, offeringTypes.get(offering),
                        BigDecimal.valueOf(random.nextInt(4000), 2)));
            }
        }
        return rows;
    }

    /** The rule, over every stored ask of the types, leaving out the matched libraries. */
    private static Map<UUID, Demand> byTheRule(Map<String, List<Ask>> stored, Set<UUID> matched, List<String> types) {
        Map<UUID, Map<UUID, BigDecimal>> largestPerLibrary = new HashMap<>();
        stored.values().forEach(rows -> rows.stream()
                .filter(ask -> types.contains(ask.offeringType()) && !matched.contains(ask.libraryId()))
                .forEach(ask -> largestPerLibrary.computeIfAbsent(ask.offeringId(), offering -> new HashMap<>())
                        .merge(ask.libraryId(), ask.quantity(), BigDecimal::max)));
        Map<UUID, Demand> demand = new HashMap<>();
        largestPerLibrary.forEach((offering, perLibrary) -> demand.put(offering, new Demand(
                perLibrary.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(4),
                perLibrary.size())));
        return demand;
    }

    private static <T> Set<T> randomSubset(Random random, List<T> items) {
        Set<T> subset = new HashSet<>();
        items.forEach(item -> {
            if (random.nextBoolean()) {
                subset.add(item);
            }
        });
        return subset;
    }

    private static List<UUID> randomIds(int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    private static String uniqueType() {
        return "TEST." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void inRolledBackTransaction(Supplier<Void> work) {
        QuarkusTransaction.begin();
        try {
            work.get();
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}

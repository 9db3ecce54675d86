package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.matching.engine.Fixtures.MENTORING;
import static org.smartlibrary.matching.engine.Fixtures.ROBOTICS;
import static org.smartlibrary.matching.engine.Fixtures.SOFTWARE;
import static org.smartlibrary.matching.engine.Fixtures.offering;
import static org.smartlibrary.matching.engine.Fixtures.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OfferingIndexTest {

    @Test
    void indexesOfferingsByTheirType() {
        OfferingIndex index = OfferingIndex.of(List.of(
                partner("p1").offering(offering("o1", ROBOTICS)).offering(offering("o2", ROBOTICS))
                        .offering(offering("o3", SOFTWARE)).build(),
                partner("p2").offering(offering("o4", ROBOTICS)).build()));

        assertEquals(Set.of("o1", "o2", "o4"), offeringIds(index, ROBOTICS));
        assertEquals(Set.of("o3"), offeringIds(index, SOFTWARE));
        assertEquals(Set.of(), offeringIds(index, MENTORING));
        assertEquals(3, index.bucketSize(ROBOTICS));
        assertEquals(0, index.bucketSize(MENTORING));
        assertEquals(2, index.partnerCount());
        assertEquals(4, index.offeringCount());
    }

    @Test
    void upsertReplacesThePartnersWholeSnapshot() {
        OfferingIndex index = OfferingIndex.of(List.of(
                partner("p1").offering(offering("o1", ROBOTICS)).offering(offering("o2", ROBOTICS)).build(),
                partner("p2").offering(offering("o9", ROBOTICS)).build()));

        index.upsertPartner(partner("p1").name("Renamed").offering(offering("o3", SOFTWARE)).build());

        assertEquals(Set.of("o9"), offeringIds(index, ROBOTICS), "offerings absent from the new snapshot are gone");
        assertEquals(Set.of("o3"), offeringIds(index, SOFTWARE));
        assertEquals("Renamed", index.offeringsOfType(SOFTWARE).get(0).partner().name());
        assertEquals("Renamed", index.partner("p1").orElseThrow().name());
        assertEquals(2, index.offeringCount());
    }

    @Test
    void upsertOfTheSameTypesReplacesTheOfferingsInPlace() {
        OfferingIndex index = OfferingIndex.of(List.of(partner("p1").offering(offering("o1", ROBOTICS)).build()));

        index.upsertPartner(partner("p1").offering(offering("o1", ROBOTICS).status("PAUSED"))
                .offering(offering("o2", ROBOTICS)).build());

        assertEquals(Set.of("o1", "o2"), offeringIds(index, ROBOTICS));
        assertEquals("PAUSED", index.offeringsOfType(ROBOTICS).stream()
                .filter(c -> c.offering().id().equals("o1")).findFirst().orElseThrow().offering().status());
        assertEquals(2, index.offeringCount());
    }

    @Test
    void aBucketAlreadyReadShowsEveryLaterChangeOnTheNextRead() {
        OfferingIndex index = OfferingIndex.of(List.of(partner("p1").offering(offering("o1", ROBOTICS)).build()));
        List<PartnerOffering> before = index.offeringsOfType(ROBOTICS);
        assertEquals(Set.of("o1"), offeringIds(index, ROBOTICS));

        index.upsertPartner(partner("p2").offering(offering("o2", ROBOTICS)).build());
        assertEquals(Set.of("o1", "o2"), offeringIds(index, ROBOTICS));
        index.upsertPartner(partner("p1").offering(offering("o1", ROBOTICS).status("PAUSED")).build());
        assertEquals("PAUSED", index.offeringsOfType(ROBOTICS).stream()
                .filter(c -> c.offering().id().equals("o1")).findFirst().orElseThrow().offering().status());
        index.removePartner("p2");
        assertEquals(Set.of("o1"), offeringIds(index, ROBOTICS));

        assertEquals(1, before.size(), "a list handed out earlier is a snapshot: later changes do not alter it");
        assertEquals("ACTIVE", before.get(0).offering().status());
    }

    @Test
    void removePartnerRemovesItFromEveryBucketAndIsIdempotent() {
        OfferingIndex index = OfferingIndex.of(List.of(
                partner("p1").offering(offering("o1", ROBOTICS)).offering(offering("o2", SOFTWARE)).build(),
                partner("p2").offering(offering("o3", ROBOTICS)).build()));

        index.removePartner("p1");
        index.removePartner("p1");
        index.removePartner("unknown");

        assertEquals(Set.of("o3"), offeringIds(index, ROBOTICS));
        assertEquals(Set.of(), offeringIds(index, SOFTWARE));
        assertTrue(index.partner("p1").isEmpty());
        assertEquals(1, index.partnerCount());
        assertEquals(1, index.offeringCount());
    }

    /**
     * One writer keeps replacing partner "moving" (version n has n % 4 + 1 ROBOTICS offerings, all tagged with n,
     * and on odd versions also a SOFTWARE offering) while readers read the ROBOTICS bucket. A reader must always see
     * the stable partner whole and the moving partner's offerings from exactly one snapshot, complete.
     */
    @Test
    void concurrentReadersSeeWholePerTypeSnapshotsWhileOneWriterUpdates() throws Exception {
        OfferingIndex index = new OfferingIndex();
        index.upsertPartner(partner("stable").offering(offering("s1", ROBOTICS)).offering(offering("s2", ROBOTICS))
                .offering(offering("s3", ROBOTICS)).build());
        index.upsertPartner(movingPartner(0));
        int readers = 4;
        int versions = 5_000;
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong reads = new AtomicLong();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(readers + 1);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                tasks.add(pool.submit(() -> {
                    await(start);
                    do {
                        checkSnapshot(index.offeringsOfType(ROBOTICS), failures);
                        reads.incrementAndGet();
                    } while (writing.get());
                }));
            }
            tasks.add(pool.submit(() -> {
                await(start);
                for (int version = 1; version <= versions; version++) {
                    index.upsertPartner(movingPartner(version));
                }
                writing.set(false);
            }));
            start.countDown();
            for (Future<?> task : tasks) {
                task.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertTrue(failures.isEmpty(), () -> "torn reads: " + failures.stream().limit(5).toList());
        assertTrue(reads.get() >= readers, "every reader read at least once");
        assertEquals(movingPartner(versions).offerings().size() + 3, index.offeringCount());
    }

    private static PartnerInput movingPartner(int version) {
        Fixtures.PartnerBuilder builder = partner("moving").name("v" + version);
        for (int i = 0; i < version % 4 + 1; i++) {
            builder.offering(offering("v" + version + "-" + i, ROBOTICS));
        }
        if (version % 2 == 1) {
            builder.offering(offering("v" + version + "-software", SOFTWARE));
        }
        return builder.build();
    }

    private static void checkSnapshot(List<PartnerOffering> robotics, Queue<String> failures) {
        long stable = robotics.stream().filter(c -> c.partner().id().equals("stable")).count();
        if (stable != 3) {
            failures.add("stable partner had " + stable + " offerings");
        }
        Set<String> versions = robotics.stream().filter(c -> c.partner().id().equals("moving"))
                .map(c -> c.partner().name()).collect(Collectors.toSet());
        if (versions.size() != 1) {
            failures.add("moving partner seen in versions " + versions);
            return;
        }
        int version = Integer.parseInt(versions.iterator().next().substring(1));
        long seen = robotics.stream().filter(c -> c.partner().id().equals("moving"))
                .filter(c -> c.offering().id().startsWith("v" + version + "-")).count();
        if (seen != version % 4 + 1) {
            failures.add("version " + version + " had " + seen + " offerings");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static Set<String> offeringIds(OfferingIndex index, String type) {
        return index.offeringsOfType(type).stream().map(c -> c.offering().id()).collect(Collectors.toSet());
    }
}

package org.smartlibrary.deploy.bench;

import org.smartlibrary.deploy.system.Workload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The directory and assessments of {@link RematchThroughputIT}, and the partner changes it applies.
 * {@value #LIBRARIES_PER_REGION} libraries in each of {@value #REGIONS} regions; {@value #PARTNERS_PER_REGION}
 * partners serving each region and {@value #NATIONAL_PARTNERS} national ones, each with offerings of two of the three
 * need types; completed assessments spread over the libraries, every other one with one need, the others with two.
 * Change {@code c} is made by regional partner {@code (c × 37) mod partners} (so consecutive changes are in different
 * regions): a capacity change of one of its offerings, or (every fourth change, once per partner) an offering of its
 * third type. Every change's applied time (its answer) is kept per partner.
 */
final class RematchDirectory {

    static final int REGIONS = 25;
    static final int LIBRARIES_PER_REGION = 8;
    static final int PARTNERS_PER_REGION = 10;
    static final int NATIONAL_PARTNERS = 2;

    private final FlowClient client;
    private final int clients;
    private final List<String> libraries = new ArrayList<>();
    private final List<String> partners = new ArrayList<>();
    private final Map<String, List<String[]>> offerings = new ConcurrentHashMap<>();
    private final Map<String, Boolean> thirdTypeAdded = new ConcurrentHashMap<>();
    private final Map<String, List<Instant>> appliedAt = new ConcurrentHashMap<>();
    private final Map<String, Integer> regionOfPartner = new ConcurrentHashMap<>();
    private final AtomicInteger added = new AtomicInteger();

    RematchDirectory(FlowClient client, int clients) {
        this.client = client;
        this.clients = clients;
    }

    static String region(int r) {
        return "Rematch Region " + r;
    }

    void seedDirectory() throws Exception {
        for (int r = 0; r < REGIONS; r++) {
            for (int l = 0; l < LIBRARIES_PER_REGION; l++) {
                libraries.add(client.library(r * LIBRARIES_PER_REGION + l, region(r), null));
            }
        }
        int count = REGIONS * PARTNERS_PER_REGION + NATIONAL_PARTNERS;
        String[] ids = new String[count];
        parallel(count, p -> {
            boolean regional = p < REGIONS * PARTNERS_PER_REGION;
            String partner = client.partner(p, regional ? region(p / PARTNERS_PER_REGION) : null);
            List<String[]> own = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                String type = Workload.NEED_TYPES[(p + t) % Workload.NEED_TYPES.length];
                own.add(new String[] {client.offering(partner, type, 20 + 37 * p, "o" + t), type});
            }
            offerings.put(partner, own);
            if (regional) {
                regionOfPartner.put(partner, p / PARTNERS_PER_REGION);
            }
            ids[p] = partner;
        });
        for (int p = 0; p < REGIONS * PARTNERS_PER_REGION; p++) {
            partners.add(ids[p]);
        }
    }

    /** {@code count} completed assessments (a draft with its needs, then its completion), by the clients. */
    void seedAssessments(int count) throws Exception {
        parallel(count, i -> {
            String library = libraries.get(i % libraries.size());
            String[] needs = i % 2 == 0 ? new String[] {Workload.NEED_TYPES[(i / 2) % 3]}
                    : new String[] {Workload.NEED_TYPES[i % 3], Workload.NEED_TYPES[(i + 1) % 3]};
            String assessment = client.draft(library, "s" + i, needs);
            client.complete(library, assessment, 1);
        });
    }

    /** The partner change {@code c} makes (see the class comment). */
    String partnerOf(int c) {
        return partners.get((int) ((c * 37L) % partners.size()));
    }

    /** The need types the partner offers once change {@code c} is applied. */
    List<String> typesAfter(int c) {
        String partner = partnerOf(c);
        List<String> types = new ArrayList<>(offerings.get(partner).stream().map(o -> o[1]).toList());
        int p = partners.indexOf(partner);
        if (c % 4 == 3 || thirdTypeAdded.containsKey(partner)) {
            types.add(Workload.NEED_TYPES[(p + 2) % Workload.NEED_TYPES.length]);
        }
        return types;
    }

    String regionOf(String partner) {
        return region(regionOfPartner.get(partner));
    }

    /** Applies change {@code c}; returns when partner-service answered it. */
    void change(int c) {
        String partner = partnerOf(c);
        List<String[]> own = offerings.get(partner);
        if (c % 4 == 3 && thirdTypeAdded.putIfAbsent(partner, true) == null) {
            int p = partners.indexOf(partner);
            client.offering(partner, Workload.NEED_TYPES[(p + 2) % Workload.NEED_TYPES.length], 60 + c, "added" + c);
            added.incrementAndGet();
        } else {
            String[] offering = own.get(c % 2);
            synchronized (offering) {
                client.updateOffering(partner, offering[0], offering[1], (c / 2) % 2 == 0 ? 7 : 903);
            }
        }
        appliedAt.computeIfAbsent(partner, k -> Collections.synchronizedList(new ArrayList<>())).add(Instant.now());
    }

    /** The newest change of the partner applied at or before {@code at}; {@code null} if none. */
    Instant latestChange(String partner, Instant at) {
        List<Instant> applied = appliedAt.getOrDefault(partner, List.of());
        Instant latest = null;
        synchronized (applied) {
            for (Instant instant : applied) {
                if (!instant.isAfter(at) && (latest == null || instant.isAfter(latest))) {
                    latest = instant;
                }
            }
        }
        return latest;
    }

    int offeringsAdded() {
        return added.get();
    }

    int libraries() {
        return libraries.size();
    }

    int partners() {
        return partners.size() + NATIONAL_PARTNERS;
    }

    /** Runs {@code task(i)} for every i in [0, count) on {@code clients} threads. */
    void parallel(int count, IntConsumer task) throws Exception {
        ParallelTasks.run(count, clients, task);
    }
}

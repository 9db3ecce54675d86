package org.smartlibrary.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.smartlibrary.deploy.system.Workload;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

import static org.awaitility.Awaitility.await;

/**
 * The completions of {@link RetentionGrowthIT}, each kind of row retention deals with among them. Directory:
 * {@value #LIBRARIES_PER_REGION} libraries in each of {@value #REGIONS} regions (those of the first two regions each
 * a consortium), {@value #PARTNERS_PER_REGION} partners per region and {@value #NATIONAL_PARTNERS} national ones, two
 * offerings each (of the three need types). Completions: half complete new assessments with two needs; the other half
 * are the {@value #COMPLETIONS_PER_BUSY} completions (1 + revisions) of a twentieth as many busy assessments. A
 * revision follows once the library has read the recommendations of the revision before (READY); on revisions
 * {@link #FEEDBACK_AFTER} the library records feedback on the set it read, and on one new assessment in
 * {@value #FEEDBACK_EVERY} once its set is READY. Every {@code partnerChangeEvery} completions a regional partner
 * changes an offering's capacity (two times in three) or adds an offering of its third type.
 *
 * <p>Each client (of {@code workers}) owns its share of the new and busy assessments and alternates between them,
 * taking its busy assessments in turn, so revisions of one assessment are never sent at once.
 */
final class RetentionFlow {

    static final int REGIONS = 16;
    static final int LIBRARIES_PER_REGION = 3;
    static final int CONSORTIUM_REGIONS = 2;
    static final int PARTNERS_PER_REGION = 16;
    static final int NATIONAL_PARTNERS = 2;
    static final int COMPLETIONS_PER_BUSY = 20;
    static final int FEEDBACK_EVERY = 10;
    /** Revisions of a busy assessment after whose READY set the library records feedback. */
    static final List<Integer> FEEDBACK_AFTER = List.of(2, 6);
    static final Duration READY_WITHIN = Duration.ofMinutes(10);

    private final FlowClient client;
    private final int completions;
    private final int workers;
    private final int partnerChangeEvery;
    private final int busy;
    private final int fresh;
    private final List<String> libraries = new ArrayList<>();
    /** Regional partners, and each one's offerings with their types. */
    private final List<String> partners = new ArrayList<>();
    private final Map<String, List<String[]>> offerings = new LinkedHashMap<>();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger partnerChanges = new AtomicInteger();
    private final AtomicInteger offeringsAdded = new AtomicInteger();
    private final AtomicInteger feedback = new AtomicInteger();
    private final AtomicInteger revisionsStarted = new AtomicInteger();

    RetentionFlow(FlowClient client, int completions, int workers, int partnerChangeEvery) {
        this.client = client;
        this.completions = completions;
        this.workers = workers;
        this.partnerChangeEvery = partnerChangeEvery;
        this.busy = Math.max(1, completions / (2 * COMPLETIONS_PER_BUSY));
        this.fresh = completions - busy * COMPLETIONS_PER_BUSY;
        if (fresh < 0) {
            throw new IllegalArgumentException("at least " + COMPLETIONS_PER_BUSY + " completions");
        }
    }

    static String region(int r) {
        return "Bench Region " + r;
    }

    /** Libraries and partners with their offerings. */
    void seed() throws Exception {
        for (int r = 0; r < REGIONS; r++) {
            for (int l = 0; l < LIBRARIES_PER_REGION; l++) {
                libraries.add(client.library(r * LIBRARIES_PER_REGION + l, region(r),
                        r < CONSORTIUM_REGIONS ? "Bench Consortium " + r : null));
            }
        }
        int count = REGIONS * PARTNERS_PER_REGION + NATIONAL_PARTNERS;
        String[] ids = new String[count];
        List<List<String[]>> offered = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            offered.add(new ArrayList<>());
        }
        parallel(count, p -> {
            String partner = client.partner(p, p < REGIONS * PARTNERS_PER_REGION ? region(p / PARTNERS_PER_REGION)
                    : null);
            for (int t = 0; t < 2; t++) {
                String type = Workload.NEED_TYPES[(p + t) % Workload.NEED_TYPES.length];
                offered.get(p).add(new String[] {client.offering(partner, type, 20 + 37 * p, "o" + t), type});
            }
            ids[p] = partner;
        });
        for (int p = 0; p < REGIONS * PARTNERS_PER_REGION; p++) {
            partners.add(ids[p]);
            offerings.put(ids[p], offered.get(p));
        }
    }

    /** All completions, by {@code workers} clients. */
    void run() throws Exception {
        parallel(workers, this::runClient);
    }

    private void runClient(int worker) {
        List<Integer> ownFresh = new ArrayList<>();
        for (int f = worker; f < fresh; f += workers) {
            ownFresh.add(f);
        }
        List<Integer> ownBusy = new ArrayList<>();
        for (int b = worker; b < busy; b += workers) {
            ownBusy.add(b);
        }
        String[] busyIds = new String[ownBusy.size()];
        int busySteps = ownBusy.size() * COMPLETIONS_PER_BUSY;
        Deque<String[]> awaitingFeedback = new ArrayDeque<>();
        int nextFresh = 0;
        int nextBusy = 0;
        while (nextFresh < ownFresh.size() || nextBusy < busySteps) {
            boolean freshTurn = nextBusy >= busySteps || (nextFresh < ownFresh.size() && nextFresh <= nextBusy);
            if (freshTurn) {
                int f = ownFresh.get(nextFresh++);
                String library = libraries.get(f % libraries.size());
                String assessment = client.draft(library, "f" + f, needTypes(f));
                client.complete(library, assessment, 1);
                afterCompletion();
                if (f % FEEDBACK_EVERY == 0) {
                    awaitingFeedback.add(new String[] {library, assessment});
                }
                if (!awaitingFeedback.isEmpty() && readyAt(awaitingFeedback.peek(), 1) != null) {
                    String[] ready = awaitingFeedback.poll();
                    feedbackOn(ready[0], ready[1], readyAt(ready, 1), "f");
                }
            } else {
                int slot = nextBusy % ownBusy.size();
                int revision = nextBusy / ownBusy.size() + 1;
                nextBusy++;
                int b = ownBusy.get(slot);
                String library = libraries.get((b * 7 + 1) % libraries.size());
                if (revision == 1) {
                    busyIds[slot] = client.draft(library, "b" + b, needTypes(b + 1));
                } else {
                    String[] assessment = {library, busyIds[slot]};
                    JsonNode read = awaitReady(assessment, revision - 1);
                    if (FEEDBACK_AFTER.contains(revision - 1)) {
                        feedbackOn(library, busyIds[slot], read, "r" + (revision - 1));
                    }
                    client.revise(library, busyIds[slot], revision);
                    revisionsStarted.incrementAndGet();
                }
                client.complete(library, busyIds[slot], revision);
                afterCompletion();
            }
        }
        for (String[] assessment : awaitingFeedback) {
            feedbackOn(assessment[0], assessment[1], awaitReady(assessment, 1), "f");
        }
    }

    private void afterCompletion() {
        int n = completed.incrementAndGet();
        if (n % partnerChangeEvery == 0) {
            changePartner(n / partnerChangeEvery);
        }
    }

    /** Change {@code c}: a capacity change of one of the partner's first two offerings, or a third offering. */
    private void changePartner(int c) {
        String partner = partners.get((c * 7) % partners.size());
        List<String[]> own = offerings.get(partner);
        if (c % 3 == 2) {
            int p = partners.indexOf(partner);
            String type = Workload.NEED_TYPES[(p + 2) % Workload.NEED_TYPES.length];
            client.offering(partner, type, 50 + c, "added" + c);
            offeringsAdded.incrementAndGet();
        } else {
            String[] offering = own.get(c % 2);
            client.updateOffering(partner, offering[0], offering[1], c % 4 < 2 ? 5 : 900);
        }
        partnerChanges.incrementAndGet();
    }

    private void feedbackOn(String library, String assessment, JsonNode recommendations, String key) {
        JsonNode first = recommendations.path("recommendations").path(0).path("partner_id");
        if (first.isTextual()) {
            client.feedback(library, assessment, first.asText(), assessment + "-" + key);
            feedback.incrementAndGet();
        }
    }

    /** The recommendations if READY for this revision (or a newer one), else {@code null}. */
    private JsonNode readyAt(String[] assessment, int revision) {
        JsonNode body = client.recommendations(assessment[0], assessment[1]);
        return body != null && body.path("status").asText().equals("READY")
                && body.path("revision").asInt() >= revision ? body : null;
    }

    private JsonNode awaitReady(String[] assessment, int revision) {
        AtomicReference<JsonNode> ready = new AtomicReference<>();
        await("recommendations of " + assessment[1] + " revision " + revision).atMost(READY_WITHIN)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).until(() -> {
                    ready.set(readyAt(assessment, revision));
                    return ready.get() != null;
                });
        return ready.get();
    }

    static String[] needTypes(int i) {
        return new String[] {Workload.NEED_TYPES[i % 3], Workload.NEED_TYPES[(i + 1) % 3]};
    }

    /** Distinct assessments of the flow. */
    long assessments() {
        return busy + fresh;
    }

    /** The sum of their newest revisions. */
    long revisions() {
        return (long) busy * COMPLETIONS_PER_BUSY + fresh;
    }

    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("completions", completed.get());
        summary.put("new_assessments", fresh);
        summary.put("busy_assessments", busy);
        summary.put("completions_per_busy_assessment", COMPLETIONS_PER_BUSY);
        summary.put("revisions_started", revisionsStarted.get());
        summary.put("feedback_recorded", feedback.get());
        summary.put("partner_changes", partnerChanges.get());
        summary.put("of_which_offerings_added", offeringsAdded.get());
        summary.put("libraries", libraries.size());
        summary.put("regions", REGIONS);
        summary.put("consortia", CONSORTIUM_REGIONS);
        summary.put("partners", REGIONS * PARTNERS_PER_REGION + NATIONAL_PARTNERS);
        summary.put("idempotent_posts", client.idempotentPosts());
        return summary;
    }

    /** Runs {@code task(i)} for every i in [0, count) on as many threads as clients (at most {@code count}). */
    private void parallel(int count, IntConsumer task) throws Exception {
        ParallelTasks.run(count, workers, task);
    }
}

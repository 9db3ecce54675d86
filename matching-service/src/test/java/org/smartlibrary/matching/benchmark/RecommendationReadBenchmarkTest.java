package org.smartlibrary.matching.benchmark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.Api;
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Events;
import org.smartlibrary.matching.Events.Place;
import org.smartlibrary.testkit.TestTokens;
import org.smartlibrary.testkit.bench.MachineFacts;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time per {@code GET /api/v1/assessments/{id}/recommendations} of a large READY set (60 partners in the library's
 * region, 50 kept), read in a loop with a plain HTTP client (no RestAssured filters) against the running test
 * application: per request, the CPU time of the threads that serve HTTP, the test JVM's CPU time (client, server,
 * broker and garbage collection share the JVM) and the wall time. Forms: JSON from the kept bytes; JSON built from
 * the stored set on every read (the path every read took before the bytes were kept); JSON with
 * {@code Accept-Encoding: gzip} (encoded only when the run turns compression on, e.g. with
 * QUARKUS_HTTP_ENABLE_COMPRESSION=true and QUARKUS_HTTP_COMPRESS_MEDIA_TYPES=application/json in the environment;
 * the service leaves it off); CSV. The forms take turns, round by round, so they share the machine's load. Printed
 * as BENCHMARK lines with the load average.
 */
@QuarkusTest
@Tag("benchmark")
class RecommendationReadBenchmarkTest {

    private static final int WARM_UP = 500;
    private static final int ROUNDS = 3;
    private static final int READS = 1000;

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    @TestHTTPResource("/")
    URL base;

    @Test
    void readsOfALargeRecommendationSet() throws Exception {
        String assessmentId = largeReadySet();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create(base.toString()).resolve("/api/v1/assessments/" + assessmentId + "/recommendations");
        // a flag filter that keeps every recommendation: the view built from the stored JSON on every read, which is
        // what every read did before the document was kept with the set
        URI view = URI.create(uri + "?exclude_flag=VIA_CONSORTIUM");
        String token = TestTokens.platformAdmin();
        Map<String, HttpRequest> forms = new LinkedHashMap<>();
        forms.put("JSON, kept bytes", request(uri, token, "application/json", null));
        forms.put("JSON, view built per read", request(view, token, "application/json", null));
        forms.put("JSON, kept bytes, Accept-Encoding: gzip", request(uri, token, "application/json", "gzip"));
        forms.put("CSV", request(uri, token, "text/csv", null));
        System.out.println("BENCHMARK machine " + MachineFacts.machine());
        for (Map.Entry<String, HttpRequest> form : forms.entrySet()) {
            HttpRequest request = form.getValue();
            System.out.println("BENCHMARK headers of " + form.getKey() + ": "
                    + client.send(request, HttpResponse.BodyHandlers.discarding()).headers().map());
            for (int i = 0; i < WARM_UP; i++) {
                assertThat(client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(200);
            }
        }
        for (int round = 1; round <= ROUNDS; round++) {
            for (Map.Entry<String, HttpRequest> form : forms.entrySet()) {
                measure(client, form.getValue(), form.getKey() + ", round " + round);
            }
        }
    }

    private String largeReadySet() {
        Events events = new Events(clients);
        try {
            Place place = Place.unique();
            List<ObjectNode> partners = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                for (String example : List.of("partner-snapshot-it-company", "partner-snapshot-university-remote",
                        "partner-snapshot-foundation")) {
                    ObjectNode partner = Events.partner(example, place, 1);
                    partners.add(partner);
                    events.send(Events.PARTNERS, partner);
                }
            }
            rows.awaitPartners(partners.toArray(ObjectNode[]::new));
            ObjectNode assessment = Events.assessment(place);
            events.send(Events.ASSESSMENTS, assessment);
            String assessmentId = Events.id(assessment);
            Api.awaitReadyWhere(assessmentId, json -> !json.getBoolean("refresh_pending"));
            return assessmentId;
        } finally {
            events.close();
        }
    }

    private static HttpRequest request(URI uri, String token, String accept, String encoding) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", accept);
        if (encoding != null) {
            builder.header("Accept-Encoding", encoding);
        }
        return builder.GET().build();
    }

    private static void measure(HttpClient client, HttpRequest request, String form)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> first = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long[] nanos = new long[READS];
        long serverCpuBefore = serverThreadsCpuNanos();
        long processCpuBefore = processCpuNanos();
        long started = System.nanoTime();
        for (int i = 0; i < READS; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos[i] = System.nanoTime() - start;
            assertThat(response.statusCode()).isEqualTo(200);
        }
        long wall = System.nanoTime() - started;
        long processCpu = processCpuNanos() - processCpuBefore;
        long serverCpu = serverThreadsCpuNanos() - serverCpuBefore;
        Arrays.sort(nanos);
        System.out.printf("BENCHMARK GET recommendations, %s (%d bytes, Content-Encoding %s), %d reads: server threads "
                        + "CPU %.3f ms per read, process CPU %.3f ms per read, wall mean %.3f ms, median %.3f ms, "
                        + "p99 %.3f ms; load average %s%n", form, first.body().length,
                first.headers().firstValue("Content-Encoding").orElse("none"), READS, serverCpu / 1e6 / READS,
                processCpu / 1e6 / READS, wall / 1e6 / READS, nanos[READS / 2] / 1e6, nanos[READS * 99 / 100] / 1e6,
                MachineFacts.loadAverage());
    }

    /**
     * CPU time of the threads that serve HTTP requests (Vert.x event loops and the Quarkus worker pool), so the
     * client, the in-process broker and the JIT do not count; garbage collection does not count either.
     */
    private static long serverThreadsCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && (thread.getThreadName().startsWith("vert.x-eventloop-thread")
                    || thread.getThreadName().startsWith("executor-thread"))) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}

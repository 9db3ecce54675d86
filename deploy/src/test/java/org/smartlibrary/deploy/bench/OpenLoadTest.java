package org.smartlibrary.deploy.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenLoadTest {

    private HttpServer server;
    private final Set<String> clientPorts = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/slow", exchange -> {
            clientPorts.add(Integer.toString(exchange.getRemoteAddress().getPort()));
            takeTime(Long.parseLong(exchange.getRequestURI().getQuery().replace("ms=", "")));
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            int status = exchange.getRequestURI().getPath().endsWith("/missing") ? 404 : 200;
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void sendsEveryRequestAtItsRateOverNoMoreConnectionsThanSenders() {
        OpenLoad.Result result = new OpenLoad(4).run(200, Duration.ofMillis(1000), 200, i -> get("/slow?ms=5"));

        assertEquals(200, result.sent());
        assertEquals(200, result.ok());
        assertEquals(0, result.failed());
        assertNull(result.firstFailure());
        assertTrue(result.seconds() >= 0.99, "the last request is due after 995 ms: " + result.seconds());
        assertTrue(Arrays.stream(result.latenciesMs()).allMatch(ms -> ms >= 5), "each waited for the 5 ms answer");
        assertTrue(clientPorts.size() <= 4, "connections used: " + clientPorts.size());
    }

    @Test
    void aServerSlowerThanTheRateMakesLaterRequestsLateAndTheirLatencyCountsFromTheirDueTime() {
        // 40 requests due over 400 ms, one sender, 50 ms each: the last is sent ~1.95 s after its due time
        OpenLoad.Result result = new OpenLoad(1).run(100, Duration.ofMillis(400), 200, i -> get("/slow?ms=50"));

        assertEquals(40, result.ok());
        double[] latencies = result.latenciesMs();
        assertTrue(latencies[0] >= 50 && latencies[0] < 1000, "the first is on time: " + latencies[0]);
        assertTrue(latencies[39] >= 1500, "the last waited behind the others: " + latencies[39]);
    }

    @Test
    void countsOtherStatusesApartFromTheExpectedOne() {
        OpenLoad.Result result = new OpenLoad(2).run(50, Duration.ofMillis(200), 200, i -> get("/slow/missing?ms=1"));

        assertEquals(10, result.sent());
        assertEquals(0, result.ok());
        assertEquals(Map.of(404, 10), result.otherStatuses());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path)).build();
    }

    /**
     * The stand-in server's own work: it answers {@code millis} later, which is the slow server these tests need
     * (nothing is waited for here; the generator's timing is what the assertions read).
     */
    private static void takeTime(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

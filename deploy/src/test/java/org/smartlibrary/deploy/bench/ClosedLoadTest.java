package org.smartlibrary.deploy.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClosedLoadTest {

    private HttpServer server;
    private final AtomicInteger served = new AtomicInteger();

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fixed", exchange -> {
            byte[] body = "{\"id\":\"fixed\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            served.incrementAndGet();
        });
        server.createContext("/chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0); // length 0: chunked transfer encoding
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 3; i++) {
                    out.write(("{\"part\":" + i + ",\"padding\":\"" + "x".repeat(5000) + "\"}")
                            .getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
            served.incrementAndGet();
        });
        server.createContext("/missing", exchange -> {
            byte[] body = "{\"status\":404}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            served.incrementAndGet();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void keepsEveryConnectionBusyAndCountsEachAnswerOnce() throws Exception {
        String host = "127.0.0.1:" + server.getAddress().getPort();
        ClosedLoad load = new ClosedLoad("127.0.0.1", server.getAddress().getPort(), 4, 2);

        ClosedLoad.Result result = load.run(Duration.ofMillis(1500), 200,
                List.of(ClosedLoad.get(host, "/fixed", Map.of()), ClosedLoad.get(host, "/chunked", Map.of("X-Test", "1"))));

        assertTrue(result.ok() > 10, "answers in 1.5 s: " + result.ok());
        assertEquals(0, result.failed());
        assertTrue(result.otherStatuses().isEmpty(), result.otherStatuses().toString());
        assertEquals(result.ok(), result.latenciesMs().length);
        // at most one request per connection was still in flight when the window closed
        assertTrue(served.get() - result.ok() <= 4, served.get() + " served, " + result.ok() + " counted");
        assertTrue(result.okPerSecond() > 0);
    }

    @Test
    void countsAnswersOfAnotherStatusApart() throws Exception {
        String host = "127.0.0.1:" + server.getAddress().getPort();
        ClosedLoad load = new ClosedLoad("127.0.0.1", server.getAddress().getPort(), 2, 1);

        ClosedLoad.Result result = load.run(Duration.ofMillis(500), 200, List.of(ClosedLoad.get(host, "/missing",
                Map.of())));

        assertEquals(0, result.ok());
        assertEquals(0, result.failed());
        assertTrue(result.otherStatuses().getOrDefault(404, 0L) > 0, result.otherStatuses().toString());
        assertEquals(result.otherStatuses().get(404).intValue(), result.latenciesMs().length);
    }

    @Test
    void readsAResponseWhateverWayItsBytesArrive() throws Exception {
        String chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n"
                + "5;ext=1\r\nhello\r\n1a\r\n" + "y".repeat(26) + "\r\n0\r\nX-Trailer: t\r\n\r\n";
        String fixed = "HTTP/1.1 201 Created\r\ncontent-length: 4\r\nconnection: close\r\n\r\n{}{}";
        for (String response : List.of(chunked, fixed)) {
            byte[] bytes = response.getBytes(StandardCharsets.US_ASCII);
            ClosedLoad.HttpResponseReader reader = new ClosedLoad.HttpResponseReader();
            for (int i = 0; i < bytes.length - 1; i++) {
                assertFalse(reader.consume(ByteBuffer.wrap(bytes, i, 1)), "complete before byte " + i);
            }
            assertTrue(reader.consume(ByteBuffer.wrap(bytes, bytes.length - 1, 1)));

            reader.reset();
            assertTrue(reader.consume(ByteBuffer.wrap(bytes)), "all at once");
            assertEquals(response.equals(chunked) ? 200 : 201, reader.status());
            assertEquals(response.equals(fixed), reader.closes());
        }
    }
}

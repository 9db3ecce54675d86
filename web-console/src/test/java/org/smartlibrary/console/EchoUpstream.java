package org.smartlibrary.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A stand-in service for the proxy tests (the JDK's HTTP server): it answers every call with a JSON description of
 * what it received (method, raw path and query, headers, body), and a few paths answer like the services do
 * (201 with Location, 304, a 404 problem). The console's assessment and matching upstreams point at it; its partner
 * upstream points at a port where nothing listens.
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    public static final String ETAG = "\"3.1\"";
    public static final String LOCATION = "http://127.0.0.1/api/v1/assessments/6f1c9a52-4d7e-4b8a-9f0e-2a1b3c4d5e6f";
    public static final String PROBLEM = "{\"type\":\"https://smartlibrary.org/problems/not-found\",\"title\":\"Not found\","
            + "\"status\":404,\"detail\":\"assessment 6f1c9a52-4d7e-4b8a-9f0e-2a1b3c4d5e6f does not exist\"}";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", EchoUpstream::answer);
        server.start();
        String echo = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "slp.console.upstream.assessment", echo,
                "slp.console.upstream.matching", echo + "/",
                "slp.console.upstream.partner", "http://127.0.0.1:" + portWhereNothingListens());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        byte[] received;
        try (InputStream in = exchange.getRequestBody()) {
            received = in.readAllBytes();
        }
        switch (path) {
            case "/api/v1/missing" -> {
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                send(exchange, 404, PROBLEM.getBytes(StandardCharsets.UTF_8));
            }
            case "/api/v1/unchanged" -> {
                exchange.getResponseHeaders().add("ETag", ETAG);
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
            }
            case "/api/v1/created" -> {
                exchange.getResponseHeaders().add("Location", LOCATION);
                exchange.getResponseHeaders().add("ETag", ETAG);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                send(exchange, 201, describe(exchange, received));
            }
            default -> {
                exchange.getResponseHeaders().add("ETag", ETAG);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                send(exchange, 200, describe(exchange, received));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] describe(HttpExchange exchange, byte[] body) {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String uri = exchange.getRequestURI().getRawPath() + (rawQuery == null ? "" : "?" + rawQuery);
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        String headerJson = headers.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        String json = "{\"method\":" + quote(exchange.getRequestMethod())
                + ",\"uri\":" + quote(uri)
                + ",\"headers\":" + headerJson
                + ",\"body\":" + quote(new String(body, StandardCharsets.UTF_8)) + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static int portWhereNothingListens() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

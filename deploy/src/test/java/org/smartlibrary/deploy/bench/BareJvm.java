package org.smartlibrary.deploy.bench;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The baseline of {@code deploy/bench/startup}: the smallest JVM program, started with the services' JVM options.
 * <ul>
 *   <li>{@code BareJvm exit}: prints one line and exits (launch → exit of a bare JVM);</li>
 *   <li>{@code BareJvm serve <port>}: the JDK's own HTTP server answering {@code /q/health/ready} with
 *   {@code {"status":"UP"}} (and {@code /q/openapi} with a line), so it is probed, warmed up and measured (RSS) exactly
 *   like a service; stops on SIGTERM.</li>
 * </ul>
 * Uses nothing but the JDK (its class path is the test classes directory).
 */
public final class BareJvm {

    private BareJvm() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || "exit".equals(args[0])) {
            System.out.println("bare JVM started and exiting");
            return;
        }
        if (!"serve".equals(args[0]) || args.length < 2) {
            throw new IllegalArgumentException("usage: BareJvm exit | BareJvm serve <port>");
        }
        // answer each request at once: without TCP_NODELAY the JDK server's separate header and body writes meet
        // the client's delayed ACK (~40 ms per request). Read when the server classes load, so set before create()
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.parseInt(args[1])), 50);
        server.createContext("/q/health/ready", exchange -> answer(exchange, "{\"status\":\"UP\",\"checks\":[]}"));
        server.createContext("/q/openapi", exchange -> answer(exchange, "openapi: 3.1.0\n"));
        server.start();
        System.out.println("bare JVM serving on " + args[1]);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

package org.smartlibrary.deploy.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.core.ConditionTimeoutException;
import org.smartlibrary.deploy.system.Suite;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A validating proxy in front of a service, as a client developer would put one: Stoplight Prism in proxy mode
 * ({@code prism proxy <document> <service>}), which forwards every request and reports what departs from the
 * document in the {@code sl-violations} response header, for the request and for the response.
 */
final class ValidatingProxy implements AutoCloseable {

    /** What the proxy found in one exchange, as "code: message at location". */
    record Violations(List<String> request, List<String> response) {
    }

    private final Process process;
    private final int port;

    private ValidatingProxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ValidatingProxy start(String prism, Path document, String upstream, Path workDirectory) throws IOException {
        int port = Suite.freePort();
        Process process = new ProcessBuilder(prism, "proxy", document.toString(), upstream, "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--errors", "false",
                // its log formatting fails on some malformed request targets and takes the process down
                "--verboseLevel", "silent")
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve("prism-" + port + ".log").toFile())
                .start();
        Path log = workDirectory.resolve("prism-" + port + ".log");
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> listening(port) || !process.isAlive());
        } catch (ConditionTimeoutException silent) {
            process.destroyForcibly();
            throw new IllegalStateException("prism did not listen on " + port + " within 60 s; see " + log);
        }
        if (!process.isAlive()) {
            throw new IllegalStateException("prism exited with " + process.exitValue() + "; see " + log);
        }
        return new ValidatingProxy(process, port);
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The violations of the {@code sl-violations} header (none when the header is absent). */
    static Violations violations(Map<String, List<String>> headers) {
        List<String> request = new ArrayList<>();
        List<String> response = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (!header.getKey().equalsIgnoreCase("sl-violations")) {
                continue;
            }
            for (String value : header.getValue()) {
                JsonNode list;
                try {
                    list = SchemaValues.JSON.readTree(value);
                } catch (IOException unreadable) {
                    response.add("unreadable sl-violations header: " + value);
                    continue;
                }
                for (JsonNode violation : list) {
                    String location = violation.path("location").toString();
                    String text = violation.path("code").asText() + ": " + violation.path("message").asText()
                            + " at " + location;
                    if (violation.path("location").path(0).asText().equals("request")) {
                        request.add(text);
                    } else {
                        response.add(text);
                    }
                }
            }
        }
        return new Violations(request, response);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

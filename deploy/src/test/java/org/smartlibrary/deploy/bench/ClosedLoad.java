package org.smartlibrary.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A saturating closed-loop load generator, as wrk works: {@code connections} HTTP/1.1 keep-alive connections spread
 * over {@code threads} threads, each thread driving its connections with one NIO selector; a connection sends its
 * next request as soon as the previous one has answered (no pipelining, no think time). Requests are prepared bytes
 * taken in turn from a list, so building them costs nothing while measuring. A response counts when its last byte
 * arrived within the measured window; its latency runs from the first byte written to the last byte read. Requests
 * still in flight when the window closes are dropped, not counted.
 */
final class ClosedLoad {

    /**
     * What one run measured; {@code failed}: requests that got no response (the connection broke), the first one's
     * reason in {@code firstFailure} (null if none); {@code generatorCpuSeconds}: CPU time of the load threads.
     */
    record Result(int connections, int threads, double seconds, long ok, Map<Integer, Long> otherStatuses,
                  long failed, String firstFailure, double[] latenciesMs, double generatorCpuSeconds) {

        double okPerSecond() {
            return seconds <= 0 ? 0 : ok / seconds;
        }
    }

    private final InetSocketAddress server;
    private final int connections;
    private final int threads;

    ClosedLoad(String host, int port, int connections, int threads) {
        if (connections < threads || threads < 1) {
            throw new IllegalArgumentException("need at least one connection per thread: " + connections + " over "
                    + threads);
        }
        this.server = new InetSocketAddress(host, port);
        this.connections = connections;
        this.threads = threads;
    }

    /** A GET of {@code path} with {@code Accept: application/json} and these headers, as bytes to send. */
    static byte[] get(String hostAndPort, String path, Map<String, String> headers) {
        StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\nHost: ").append(hostAndPort)
                .append("\r\nAccept: application/json\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        return request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends {@code requests} in turn for {@code duration}; a response is OK when its status is {@code expected}. */
    Result run(Duration duration, int expected, List<byte[]> requests) throws InterruptedException {
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("no requests");
        }
        List<Driver> drivers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int mine = connections / threads + (t < connections % threads ? 1 : 0);
            drivers.add(new Driver(mine, requests, t * requests.size() / threads, expected));
        }
        CountDownLatch connected = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Driver driver = drivers.get(t);
            Thread thread = new Thread(() -> driver.drive(connected, go, window), "closed-load-" + t);
            thread.setDaemon(true);
            running.add(thread);
            thread.start();
        }
        if (!connected.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("could not open " + connections + " connections to " + server);
        }
        for (Driver driver : drivers) {
            if (driver.error != null) {
                throw new UncheckedIOException("could not connect to " + server, driver.error);
            }
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + duration.toNanos();
        go.countDown();
        for (Thread thread : running) {
            thread.join(duration.toMillis() + 60_000);
        }
        for (Driver driver : drivers) {
            if (driver.error != null) {
                throw new UncheckedIOException("the load against " + server + " failed", driver.error);
            }
        }
        long ok = 0;
        long failed = 0;
        String firstFailure = null;
        double cpu = 0;
        Map<Integer, Long> statuses = new HashMap<>();
        int samples = drivers.stream().mapToInt(d -> d.samples).sum();
        double[] latencies = new double[samples];
        int next = 0;
        for (Driver driver : drivers) {
            ok += driver.ok;
            failed += driver.failed;
            firstFailure = firstFailure != null ? firstFailure : driver.firstFailure;
            cpu += driver.cpuNanos / 1e9;
            driver.otherStatuses.forEach((status, count) -> statuses.merge(status, count, Long::sum));
            for (int i = 0; i < driver.samples; i++) {
                latencies[next++] = driver.latencyNanos[i] / 1e6;
            }
        }
        return new Result(connections, threads, duration.toNanos() / 1e9, ok, Map.copyOf(statuses), failed,
                firstFailure, latencies, cpu);
    }

    /** One thread: its connections on one selector. Fields are read by {@link #run} after the thread ended. */
    private final class Driver {
        private final int connectionCount;
        private final List<byte[]> requests;
        private final int expected;
        private int nextRequest;
        private final Map<Integer, Long> otherStatuses = new HashMap<>();
        private long[] latencyNanos = new long[1 << 16];
        private int samples;
        private long ok;
        private long failed;
        private String firstFailure;
        private long cpuNanos;
        private volatile IOException error;

        Driver(int connectionCount, List<byte[]> requests, int firstRequest, int expected) {
            this.connectionCount = connectionCount;
            this.requests = requests;
            this.nextRequest = firstRequest;
            this.expected = expected;
        }

        void drive(CountDownLatch connected, CountDownLatch go, long[] window) {
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            try (Selector selector = Selector.open()) {
                List<Connection> open = new ArrayList<>();
                try {
                    for (int c = 0; c < connectionCount; c++) {
                        open.add(new Connection(selector));
                    }
                } catch (IOException e) {
                    error = e;
                }
                connected.countDown();
                go.await();
                if (error != null) {
                    return;
                }
                cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long end = window[1];
                for (Connection connection : open) {
                    connection.send(System.nanoTime());
                }
                while (System.nanoTime() < end && !selector.keys().isEmpty()) {
                    long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                    selector.select(Math.max(1, left));
                    for (SelectionKey key : selector.selectedKeys()) {
                        ((Connection) key.attachment()).ready(selector, end);
                    }
                    selector.selectedKeys().clear();
                }
                for (SelectionKey key : selector.keys()) {
                    key.channel().close();
                }
            } catch (IOException e) {
                error = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                cpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
            }
        }

        private byte[] nextRequest() {
            byte[] request = requests.get(nextRequest);
            nextRequest = (nextRequest + 1) % requests.size();
            return request;
        }

        private void record(int status, long nanos) {
            if (status == expected) {
                ok++;
            } else {
                otherStatuses.merge(status, 1L, Long::sum);
            }
            if (samples == latencyNanos.length) {
                latencyNanos = Arrays.copyOf(latencyNanos, samples * 2);
            }
            latencyNanos[samples++] = nanos;
        }

        /** One keep-alive connection: writes a request, reads its response, and starts the next one. */
        private final class Connection {
            private SocketChannel channel;
            private SelectionKey key;
            private ByteBuffer out;
            private final ByteBuffer in = ByteBuffer.allocateDirect(64 * 1024);
            private final HttpResponseReader response = new HttpResponseReader();
            private long sentAt;

            Connection(Selector selector) throws IOException {
                open(selector);
            }

            private void open(Selector selector) throws IOException {
                channel = SocketChannel.open(server);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                channel.configureBlocking(false);
                key = channel.register(selector, 0, this);
            }

            void send(long now) throws IOException {
                sentAt = now;
                out = ByteBuffer.wrap(nextRequest());
                response.reset();
                channel.write(out);
                key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
            }

            void ready(Selector selector, long end) {
                try {
                    if (key.isWritable()) {
                        channel.write(out);
                        if (!out.hasRemaining()) {
                            key.interestOps(SelectionKey.OP_READ);
                        }
                        return;
                    }
                    in.clear();
                    int read = channel.read(in);
                    if (read < 0) {
                        throw new IOException("the server closed the connection");
                    }
                    in.flip();
                    if (!response.consume(in)) {
                        return;
                    }
                    long now = System.nanoTime();
                    if (now > end) {
                        return; // answered after the window closed: not counted
                    }
                    record(response.status(), now - sentAt);
                    if (response.closes()) {
                        reconnect(selector);
                    }
                    send(System.nanoTime());
                } catch (IOException e) {
                    failed++;
                    firstFailure = firstFailure != null ? firstFailure : e.toString();
                    try {
                        reconnect(selector);
                        send(System.nanoTime());
                    } catch (IOException again) {
                        key.cancel(); // this connection is lost for the rest of the run
                    }
                }
            }

            private void reconnect(Selector selector) throws IOException {
                key.cancel();
                channel.close();
                open(selector);
            }
        }
    }

    /**
     * Reads one HTTP/1.1 response incrementally: the status line, the headers it needs ({@code Content-Length},
     * {@code Transfer-Encoding: chunked}, {@code Connection: close}) and the end of the body. The body is skipped.
     */
    static final class HttpResponseReader {
        private static final int NO_LENGTH = -1;

        private final StringBuilder head = new StringBuilder();
        private boolean inBody;
        private int status;
        private boolean closes;
        private boolean chunked;
        private long bodyLeft;
        /** Chunked: the bytes of the current size or trailer line; -1 while inside chunk data. */
        private final StringBuilder line = new StringBuilder();
        private long chunkLeft;
        private boolean trailers;
        private boolean complete;

        void reset() {
            head.setLength(0);
            line.setLength(0);
            inBody = false;
            status = 0;
            closes = false;
            chunked = false;
            bodyLeft = 0;
            chunkLeft = 0;
            trailers = false;
            complete = false;
        }

        int status() {
            return status;
        }

        boolean closes() {
            return closes;
        }

        /** Consumes bytes of the response; true once it is complete (bytes after its end are not expected). */
        boolean consume(ByteBuffer bytes) throws IOException {
            while (bytes.hasRemaining() && !complete) {
                if (!inBody) {
                    readHead(bytes);
                } else if (chunked) {
                    readChunked(bytes);
                } else {
                    int skip = (int) Math.min(bodyLeft, bytes.remaining());
                    bytes.position(bytes.position() + skip);
                    bodyLeft -= skip;
                    complete = bodyLeft == 0;
                }
            }
            return complete;
        }

        private void readHead(ByteBuffer bytes) throws IOException {
            while (bytes.hasRemaining()) {
                head.append((char) (bytes.get() & 0xff));
                int n = head.length();
                if (n >= 4 && head.charAt(n - 1) == '\n' && head.charAt(n - 2) == '\r' && head.charAt(n - 3) == '\n'
                        && head.charAt(n - 4) == '\r') {
                    parseHead();
                    return;
                }
            }
        }

        private void parseHead() throws IOException {
            String[] lines = head.toString().split("\r\n");
            String[] statusLine = lines[0].split(" ", 3);
            if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.x response: " + lines[0]);
            }
            status = Integer.parseInt(statusLine[1]);
            long length = NO_LENGTH;
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.contains("chunked");
                    case "connection" -> closes = value.contains("close");
                    default -> { }
                }
            }
            inBody = true;
            if (chunked) {
                return;
            }
            if (status == 204 || status == 304 || status / 100 == 1) {
                complete = true;
            } else if (length == NO_LENGTH) {
                throw new IOException("a response without Content-Length or chunked encoding (status " + status + ")");
            } else {
                bodyLeft = length;
                complete = length == 0;
            }
        }

        private void readChunked(ByteBuffer bytes) throws IOException {
            if (chunkLeft > 0) {
                int skip = (int) Math.min(chunkLeft, bytes.remaining());
                bytes.position(bytes.position() + skip);
                chunkLeft -= skip;
                return;
            }
            while (bytes.hasRemaining()) {
                line.append((char) (bytes.get() & 0xff));
                int n = line.length();
                if (n < 2 || line.charAt(n - 2) != '\r' || line.charAt(n - 1) != '\n') {
                    continue;
                }
                String text = line.substring(0, n - 2);
                line.setLength(0);
                if (trailers) {
                    complete = text.isEmpty(); // the empty line after the last chunk (and any trailers)
                    return;
                }
                if (text.isEmpty()) {
                    continue; // the CRLF that ends a chunk's data
                }
                int extension = text.indexOf(';');
                long size = Long.parseLong((extension < 0 ? text : text.substring(0, extension)).trim(), 16);
                if (size == 0) {
                    trailers = true;
                } else {
                    chunkLeft = size;
                }
                return;
            }
        }
    }
}

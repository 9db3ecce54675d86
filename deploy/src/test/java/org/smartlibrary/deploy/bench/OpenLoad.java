package org.smartlibrary.deploy.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-model load generator: request {@code i} is due at {@code start + i / rate}, whether or not earlier ones
 * have answered, and its latency counts from that due time (so a slow server cannot hide its queueing — no
 * coordinated omission). A fixed number of senders, each with one HTTP/1.1 keep-alive connection, take the requests
 * in order: a sender waits for the next request's due time, sends it and waits for its answer; when every sender is
 * busy, the next request goes out late and its lateness counts in its latency. A fixed set of connections keeps the
 * generator's own cost flat at high rates (an unbounded client opens a connection per waiting request and ends up
 * measuring itself).
 */
final class OpenLoad {

    /** Senders (and connections) unless the caller says otherwise. */
    static final int DEFAULT_SENDERS = 32;

    /** What one run at a fixed rate measured; {@code firstFailure}: why the first failed request failed, or null. */
    record Result(double ratePerSecond, int sent, int ok, Map<Integer, Integer> otherStatuses, int failed,
                  String firstFailure, double[] latenciesMs, double seconds) {

        double achievedPerSecond() {
            return seconds <= 0 ? 0 : ok / seconds;
        }
    }

    private final int senders;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    OpenLoad() {
        this(DEFAULT_SENDERS);
    }

    OpenLoad(int senders) {
        if (senders < 1) {
            throw new IllegalArgumentException("senders must be at least 1: " + senders);
        }
        this.senders = senders;
    }

    /**
     * Sends {@code rate × duration} requests built by {@code request} (given the request's index) at a fixed rate;
     * a request is OK when its status is {@code expectedStatus}.
     */
    Result run(double rate, Duration duration, int expectedStatus, IntFunction<HttpRequest> request) {
        int total = (int) Math.round(rate * duration.toMillis() / 1000.0);
        long intervalNanos = Math.round(1e9 / rate);
        double[] latencies = new double[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        Runnable sender = () -> {
            for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                long due = start + i * intervalNanos;
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                try {
                    int status = http.send(request.apply(i), HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == expectedStatus) {
                        ok.incrementAndGet();
                    } else {
                        statuses.merge(status, 1, Integer::sum);
                    }
                } catch (IOException | RuntimeException e) {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                latencies[i] = (System.nanoTime() - due) / 1e6;
            }
        };
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < Math.min(senders, Math.max(total, 1)); s++) {
            Thread thread = new Thread(sender, "open-load-" + s);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofMinutes(2).plus(duration).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the senders", e);
            }
            if (thread.isAlive()) {
                throw new IllegalStateException("requests did not finish within 2 minutes of the last one's due time");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(rate, total, ok.get(), Map.copyOf(statuses), failed.get(), firstFailure.get(), latencies,
                seconds);
    }
}

package org.smartlibrary.deploy.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-model load generator: request {@code i} is due at {@code start + i / rate}, whether or not earlier ones
 * have answered, and its latency counts from that due time (so a slow server cannot hide its queueing — no
 * coordinated omission). Requests go out asynchronously over HTTP/1.1 keep-alive connections.
 */
final class OpenLoad {

    /** What one run at a fixed rate measured; {@code firstFailure}: why the first failed request failed, or null. */
    record Result(double ratePerSecond, int sent, int ok, Map<Integer, Integer> otherStatuses, int failed,
                  String firstFailure, double[] latenciesMs, double seconds) {

        double achievedPerSecond() {
            return seconds <= 0 ? 0 : ok / seconds;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /**
     * Sends {@code rate × duration} requests built by {@code request} (given the request's index) at a fixed rate;
     * a request is OK when its status is {@code expectedStatus}.
     */
    Result run(double rate, Duration duration, int expectedStatus, IntFunction<HttpRequest> request) {
        int total = (int) Math.round(rate * duration.toMillis() / 1000.0);
        long intervalNanos = Math.round(1e9 / rate);
        double[] latencies = new double[total];
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            HttpRequest built = request.apply(i);
            inFlight.add(http.sendAsync(built, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
                latencies[index] = (System.nanoTime() - due) / 1e6;
                if (error != null) {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, (error.getCause() != null ? error.getCause() : error).toString());
                } else if (response.statusCode() == expectedStatus) {
                    ok.incrementAndGet();
                } else {
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                }
                return null;
            }));
        }
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("requests did not finish within 2 minutes of the last send", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(rate, total, ok.get(), Map.copyOf(statuses), failed.get(), firstFailure.get(), latencies,
                seconds);
    }
}

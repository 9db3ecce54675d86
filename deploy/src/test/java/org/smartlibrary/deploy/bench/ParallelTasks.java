package org.smartlibrary.deploy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs numbered tasks on a few threads, as the benchmarks' REST clients do when they seed or drive a flow. */
final class ParallelTasks {

    private ParallelTasks() {
    }

    /**
     * Runs {@code task(i)} for every i in [0, count) on {@code threads} threads (at least 1, at most {@code count}),
     * each taking the next i; rethrows the first failure.
     */
    static void run(int count, int threads, IntConsumer task) throws Exception {
        int used = Math.max(1, Math.min(count, threads));
        ExecutorService pool = Executors.newFixedThreadPool(used);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < used; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        task.accept(i);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

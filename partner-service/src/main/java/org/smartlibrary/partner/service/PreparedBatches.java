package org.smartlibrary.partner.service;

import org.smartlibrary.partner.service.DirectoryImportRows.PreparedRow;
import org.smartlibrary.partner.service.directory.DirectoryReader;
import org.smartlibrary.partner.service.directory.ImportRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The rows of an import file in batches, read and checked by the API's rules on a thread of their own while the
 * runner stores the batch before: parsing and checking a batch overlaps with the database's work on the previous
 * one. At most two batches wait, so memory stays flat in the file's size. Closing stops the thread.
 */
final class PreparedBatches implements AutoCloseable {

    private static final int WAITING_BATCHES = 2;

    /** What the reading thread hands over: a batch, the end of the file (an empty batch), or why reading stopped. */
    private record Handover(List<PreparedRow> batch, Throwable failure) {
    }

    private final BlockingQueue<Handover> ready = new ArrayBlockingQueue<>(WAITING_BATCHES);
    private final Thread thread;
    private volatile boolean closed;

    /**
     * Starts reading {@code source}, skipping the rows up to {@code resumeAfterLine}, in batches of
     * {@code batchSize} rows, each row checked by {@code prepare}.
     */
    PreparedBatches(DirectoryReader source, long resumeAfterLine, int batchSize,
                    Function<ImportRow, PreparedRow> prepare) {
        thread = new Thread(() -> read(source, resumeAfterLine, batchSize, prepare), "directory-import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next batch of checked rows, in file order; empty at the end of the file. */
    List<PreparedRow> next() throws Exception {
        Handover next = ready.take();
        if (next.failure() instanceof Exception failure) {
            throw failure;
        }
        if (next.failure() != null) {
            throw new IllegalStateException("reading the file failed: " + next.failure(), next.failure());
        }
        return next.batch();
    }

    private void read(DirectoryReader source, long resumeAfterLine, int batchSize,
                      Function<ImportRow, PreparedRow> prepare) {
        try {
            List<PreparedRow> batch = new ArrayList<>(batchSize);
            Optional<ImportRow> row;
            while (!closed && (row = source.next()).isPresent()) {
                if (row.get().line() <= resumeAfterLine) {
                    continue;
                }
                batch.add(prepare.apply(row.get()));
                if (batch.size() >= batchSize) {
                    handOver(new Handover(batch, null));
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (!batch.isEmpty()) {
                handOver(new Handover(batch, null));
            }
            handOver(new Handover(List.of(), null));
        } catch (Throwable failure) {
            handOver(new Handover(null, failure));
        }
    }

    /** Waits for room in the queue, unless the runner closed this (then nobody takes batches any more). */
    private void handOver(Handover handover) {
        try {
            while (!closed) {
                if (ready.offer(handover, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the reading thread (it finishes the row it is reading) and waits for it. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

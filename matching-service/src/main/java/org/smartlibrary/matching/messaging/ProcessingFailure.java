package org.smartlibrary.matching.messaging;

import org.apache.kafka.common.KafkaException;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * What a failed attempt at a record says about the record, read from the failure's causes (the cause chain, the
 * suppressed exceptions and {@link SQLException#getNextException()}), so {@link ConsumerLoop} knows whether to wait
 * or to dead-letter.
 *
 * <ul>
 *   <li>{@link Kind#TRANSIENT}: the database or the broker cannot serve <em>anyone</em> right now, or the
 *       transaction lost to a concurrent one. Nothing is wrong with the record; it is retried with backoff, its
 *       partition paused, <b>without limit and without counting</b>. These are: no SQLState at all (the connection
 *       pool's failures, e.g. an acquisition timeout: the database never answered), SQLState class 08 (connection),
 *       53 (insufficient resources), 58 (system error, e.g. I/O), 40001 (serialization failure), 40P01 (deadlock),
 *       40003 (commit outcome unknown), 55P03 (lock not available), 57014 (statement or lock timeout cancelled the
 *       query), 57P01, 57P02, 57P03, 57P05 (shutdown, crash recovery, starting up, idle session ended), 25006 (a
 *       read-only transaction: a standby answered during a fail-over); a socket failure (e.g.
 *       {@code java.net.ConnectException}); a {@link TimeoutException}; a {@link KafkaException}; the dead-letter
 *       publisher failing. A transaction that failed to commit is whatever its cause is.</li>
 *   <li>{@link Kind#POISON}: the database refused the record's data: SQLState class 23 (integrity constraint, e.g.
 *       23505 unique, 23514 check, 23502 not null) or 40002, and class 22 (data exception, e.g. 22001 value too long
 *       for its column, 22P02 invalid text representation, 22003 numeric out of range). The same record gets the
 *       same answer every time, so it is dead-lettered at once. (The handlers lock before they write and record
 *       event ids with {@code ON CONFLICT DO NOTHING}, so a unique violation is not a race between deliveries.)</li>
 *   <li>{@link Kind#UNEXPECTED}: anything else (a bug, another SQLState such as 42xxx or XX000, a persistence or
 *       transaction error without a SQL cause). Retried with backoff; dead-lettered once the <em>same</em> failure
 *       (see {@link #sameAs}: same class and message of the root cause) has happened {@code max-attempts} times in a
 *       row for the record.</li>
 * </ul>
 *
 * <p><b>Telling "the same poison failure each time" from "the database is down".</b> Only failures the database or
 * the code actually answered about this record count towards {@code max-attempts}. Transient failures never count,
 * even when they repeat word for word (a database in crash recovery answers 57P03 identically for minutes; a
 * connection refused is the same message every time), so a database or broker that is down, overloaded or locked
 * for longer than all the backoffs together holds its partitions back until it is back and dead-letters nothing.
 * A transient failure between two counted ones neither counts nor breaks the run; a different counted failure
 * starts the run again. When a chain has both kinds of cause, transient wins: an unavailable database must never
 * dead-letter a record.
 */
public record ProcessingFailure(Kind kind, String sqlState, String root) {

    /** What the loop does with a failed record. */
    public enum Kind {
        /** Retried with backoff without limit; never counts towards {@code max-attempts}. */
        TRANSIENT,
        /** Refused by the database for its data: dead-lettered at once. */
        POISON,
        /** Retried; dead-lettered after {@code max-attempts} identical failures in a row. */
        UNEXPECTED
    }

    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "58");
    private static final Set<String> TRANSIENT_STATES = Set.of(
            "40001", "40P01", "40003", "55P03", "57014", "57P01", "57P02", "57P03", "57P05", "25006");
    private static final Set<String> POISON_CLASSES = Set.of("22", "23");
    private static final Set<String> POISON_STATES = Set.of("40002");

    /** Classifies a failure of {@link RecordHandler#handle} (or of the dead-letter send). */
    public static ProcessingFailure of(Throwable failure) {
        boolean transientCause = false;
        String poisonState = null;
        String otherState = null;
        for (Throwable cause : causesOf(failure)) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null || isTransient(state)) {
                    transientCause = true;
                } else if (isPoison(state)) {
                    poisonState = poisonState == null ? state : poisonState;
                } else {
                    otherState = otherState == null ? state : otherState;
                }
            } else if (cause instanceof SocketException || cause instanceof SocketTimeoutException
                    || cause instanceof UnknownHostException || cause instanceof TimeoutException
                    || cause instanceof KafkaException || cause instanceof DeadLetterPublisher.DeadLetterFailedException) {
                transientCause = true;
            }
        }
        String root = describe(rootOf(failure));
        if (transientCause) {
            return new ProcessingFailure(Kind.TRANSIENT, null, root);
        }
        if (poisonState != null) {
            return new ProcessingFailure(Kind.POISON, poisonState, root);
        }
        return new ProcessingFailure(Kind.UNEXPECTED, otherState, root);
    }

    private static boolean isTransient(String state) {
        return TRANSIENT_STATES.contains(state) || TRANSIENT_CLASSES.contains(sqlClass(state));
    }

    private static boolean isPoison(String state) {
        return POISON_STATES.contains(state) || POISON_CLASSES.contains(sqlClass(state));
    }

    private static String sqlClass(String state) {
        return state.length() < 2 ? state : state.substring(0, 2);
    }

    /** Whether this is the same failure as {@code other}: same kind, same class and message of the root cause. */
    public boolean sameAs(ProcessingFailure other) {
        return other != null && kind == other.kind && root.equals(other.root);
    }

    /** The dead letter's {@code dlt-detail} for a POISON or UNEXPECTED failure that happened {@code repeats} times. */
    public String detail(int repeats) {
        if (kind == Kind.POISON) {
            return "the database refused the record (SQLState " + sqlState + "): " + root;
        }
        return "failed " + repeats + " times in a row with the same error"
                + (sqlState == null ? "" : " (SQLState " + sqlState + ")") + ": " + root;
    }

    /** The failure and every cause, suppressed and next exception under it, each once, outermost first. */
    private static List<Throwable> causesOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> causes = new ArrayList<>();
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable next = pending.poll();
            if (!seen.add(next)) {
                continue;
            }
            causes.add(next);
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            Collections.addAll(pending, next.getSuppressed());
            if (next instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException());
            }
        }
        return causes;
    }

    private static Throwable rootOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable root = failure;
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        return root;
    }

    private static String describe(Throwable root) {
        String message = root.getMessage();
        return message == null ? root.getClass().getName() : root.getClass().getName() + ": " + message;
    }
}

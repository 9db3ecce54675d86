package org.smartlibrary.testkit.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The SQL statements a service sends to some of its tables while a request runs, each with the transaction it ran in,
 * to prove what a request costs the database. A service's test feeds it from a Hibernate statement inspector
 * ({@link #sent}); a statement outside a transaction runs in auto-commit, a database transaction of its own. Tables
 * that background jobs touch (outboxes, purges) are best left out of {@code tables}, as those jobs run whenever they
 * like.
 */
public final class StatementLog {

    /** What a request sent: the statement and its transaction (null: auto-commit). */
    public record Sent(String sql, Object transaction) {
    }

    /** The statements of one request, in order. */
    public record Recording(List<Sent> statements) {

        /** How many database transactions the statements ran in. */
        public int transactions() {
            Set<Object> transactions = new HashSet<>();
            int autoCommitted = 0;
            for (Sent sent : statements) {
                if (sent.transaction() == null) {
                    autoCommitted++;
                } else {
                    transactions.add(sent.transaction());
                }
            }
            return transactions.size() + autoCommitted;
        }

        /** How many statements ran inside a JTA transaction (rather than in auto-commit). */
        public long inTransactions() {
            return statements.stream().filter(sent -> sent.transaction() != null).count();
        }

        /** How many statements read the table. */
        public long reading(String table) {
            return statements.stream().filter(sent -> names(sent.sql(), table)).count();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(statements.size() + " statements in " + transactions()
                    + " transactions:");
            statements.forEach(sent -> text.append("\n  [").append(sent.transaction()).append("] ").append(sent.sql()));
            return text.toString();
        }
    }

    private final List<String> tables;
    private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();
    private volatile boolean recording;

    /** Records statements that name one of these tables. */
    public StatementLog(List<String> tables) {
        this.tables = List.copyOf(tables);
    }

    /** Called by the inspector for every statement, with the current transaction's key (null outside one). */
    public void sent(String sql, Object transaction) {
        if (recording && tables.stream().anyMatch(table -> names(sql, table))) {
            sent.add(new Sent(sql, transaction));
        }
    }

    /** Runs the request (on the test's thread; the server handles it meanwhile) and answers what it sent. */
    public synchronized Recording of(Runnable request) {
        sent.clear();
        recording = true;
        try {
            request.run();
        } finally {
            recording = false;
        }
        return new Recording(new ArrayList<>(sent));
    }

    private static boolean names(String sql, String table) {
        return (" " + sql.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", " ") + " ").contains(" " + table + " ");
    }
}

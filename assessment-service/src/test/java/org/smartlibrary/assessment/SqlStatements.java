package org.smartlibrary.assessment;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The SQL statements Hibernate sends to the service's own tables while a request runs, each with the transaction it
 * ran in, to prove what a request costs the database. A statement outside a transaction runs in auto-commit: a
 * database transaction of its own. Statements of the outbox relay and the idempotency purge, which run on their own
 * threads whenever they like, touch neither libraries nor assessments and are left out.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatements implements StatementInspector {

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

        /** How many statements read the table. */
        public long reading(String table) {
            return statements.stream().filter(sent -> names(sent.sql(), table)).count();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(statements.size() + " statements in " + transactions() + " transactions:");
            statements.forEach(sent -> text.append("\n  [").append(sent.transaction()).append("] ").append(sent.sql()));
            return text.toString();
        }
    }

    private static final List<String> DOMAIN_TABLES = List.of("library", "assessment", "assessment_revision",
            "assessment_goal", "assessment_need", "assessment_offer");

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();
    private volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording && DOMAIN_TABLES.stream().anyMatch(table -> names(sql, table))) {
            sent.add(new Sent(sql, transactions.getTransactionKey()));
        }
        return sql;
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

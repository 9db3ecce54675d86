package org.smartlibrary.testkit.sql;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.smartlibrary.testkit.sql.StatementLog.Recording;

import java.util.List;

/**
 * A Hibernate statement inspector that feeds a {@link StatementLog} with every statement and the JTA transaction it
 * runs in. A service's tests declare it once, naming the tables to record:
 * <pre>
 * &#64;PersistenceUnitExtension
 * &#64;ApplicationScoped
 * public class SqlStatements extends StatementRecorder {
 *     public SqlStatements() {
 *         super(List.of("partner", "offering"));
 *     }
 * }
 * </pre>
 */
public abstract class StatementRecorder implements StatementInspector {

    private final StatementLog log;
    private volatile TransactionSynchronizationRegistry transactions;

    protected StatementRecorder(List<String> tables) {
        this.log = new StatementLog(tables);
    }

    @Override
    public String inspect(String sql) {
        log.sent(sql, transactions().getTransactionKey());
        return sql;
    }

    /** Runs the request and answers what it sent ({@link StatementLog#of}). */
    public Recording of(Runnable request) {
        return log.of(request);
    }

    private TransactionSynchronizationRegistry transactions() {
        if (transactions == null) {
            transactions = CDI.current().select(TransactionSynchronizationRegistry.class).get();
        }
        return transactions;
    }
}

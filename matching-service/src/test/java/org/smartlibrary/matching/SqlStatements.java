package org.smartlibrary.matching;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.smartlibrary.testkit.sql.StatementLog;
import org.smartlibrary.testkit.sql.StatementLog.Recording;

import java.util.List;

/**
 * The statements Hibernate sends to the recommendation set tables while a request runs ({@link StatementLog}). The
 * match worker also writes them, so a test records only once the sets it reads are stored; the retention purge runs
 * an hour after start, after any test.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatements implements StatementInspector {

    private final StatementLog log = new StatementLog(List.of("recommendation_set", "consortium_recommendation_set"));

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public String inspect(String sql) {
        log.sent(sql, transactions.getTransactionKey());
        return sql;
    }

    /** Runs the request and answers what it sent ({@link StatementLog#of}). */
    public Recording of(Runnable request) {
        return log.of(request);
    }
}

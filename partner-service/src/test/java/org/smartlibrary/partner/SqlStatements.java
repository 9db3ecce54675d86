package org.smartlibrary.partner;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.smartlibrary.testkit.sql.StatementLog;
import org.smartlibrary.testkit.sql.StatementLog.Recording;

import java.util.List;

/**
 * The statements Hibernate sends to the partner and offering tables while a request runs ({@link StatementLog}).
 * The offering expiry job, which also reads offerings, does not run in tests unless a test runs it.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatements implements StatementInspector {

    private final StatementLog log = new StatementLog(List.of("partner", "offering"));

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

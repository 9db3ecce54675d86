package org.smartlibrary.assessment;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.smartlibrary.testkit.sql.StatementLog;
import org.smartlibrary.testkit.sql.StatementLog.Recording;

import java.util.List;

/**
 * The statements Hibernate sends to the assessment tables while a request runs ({@link StatementLog}). The outbox
 * relay and the idempotency purge, which run on their own threads whenever they like, touch neither libraries nor
 * assessments and are left out.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatements implements StatementInspector {

    private final StatementLog log = new StatementLog(List.of("library", "assessment", "assessment_revision",
            "assessment_goal", "assessment_need", "assessment_offer"));

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

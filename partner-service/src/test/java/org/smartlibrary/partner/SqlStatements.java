package org.smartlibrary.partner;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.smartlibrary.testkit.sql.StatementRecorder;

import java.util.List;

/**
 * The statements Hibernate sends to the partner and offering tables while a request runs ({@link StatementRecorder}).
 * The offering expiry job, which also reads offerings, does not run in tests unless a test runs it.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatements extends StatementRecorder {

    public SqlStatements() {
        super(List.of("partner", "offering"));
    }
}

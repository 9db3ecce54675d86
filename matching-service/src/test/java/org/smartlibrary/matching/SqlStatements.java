package org.smartlibrary.matching;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.smartlibrary.testkit.sql.StatementRecorder;

import java.util.List;

/**
 * The statements Hibernate sends to the recommendation set tables while a request runs ({@link StatementRecorder}).
 * The match worker also writes them, so a test records only once the sets it reads are stored; the retention purge
 * runs an hour after start, after any test.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatements extends StatementRecorder {

    public SqlStatements() {
        super(List.of("recommendation_set", "consortium_recommendation_set"));
    }
}

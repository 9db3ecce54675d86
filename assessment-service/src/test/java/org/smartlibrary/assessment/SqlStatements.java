package org.smartlibrary.assessment;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.smartlibrary.testkit.sql.StatementRecorder;

import java.util.List;

/**
 * The statements Hibernate sends to the assessment tables while a request runs ({@link StatementRecorder}). The outbox
 * relay and the idempotency purge, which run on their own threads whenever they like, touch neither libraries nor
 * assessments and are left out.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatements extends StatementRecorder {

    public SqlStatements() {
        super(List.of("library", "assessment", "assessment_revision",
                "assessment_goal", "assessment_need", "assessment_offer"));
    }
}

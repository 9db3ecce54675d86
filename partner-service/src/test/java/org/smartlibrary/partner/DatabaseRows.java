package org.smartlibrary.partner;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct SQL for assertions on what was (not) written, and for moving data in time. */
@ApplicationScoped
public class DatabaseRows {

    @Inject
    AgroalDataSource dataSource;

    /** Rows of the partner, offering, outbox and idempotency tables, in one consistent read. */
    public record Counts(long partners, long offerings, long outbox, long idempotency) {
    }

    public Counts counts() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT (SELECT count(*) FROM partner), (SELECT count(*) FROM offering), "
                             + "(SELECT count(*) FROM outbox_message), (SELECT count(*) FROM idempotency_record)");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return new Counts(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single number a query returns, e.g. a count. */
    public long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.smartlibrary.kit.problem;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUnavailableTest {

    @Test
    void recognisesConnectionFailuresDeepInTheCauseChain() {
        assertTrue(DatabaseUnavailable.causedIt(new PersistenceException("flush failed",
                new JDBCConnectionException("unable to acquire JDBC Connection", new SQLException("refused", "08001")))));
        assertTrue(DatabaseUnavailable.causedIt(new RuntimeException(
                new SQLTransientConnectionException("Acquisition timeout while waiting for new connection"))));
        assertTrue(DatabaseUnavailable.causedIt(new IllegalStateException(new SQLException("terminated", "08006"))));
        assertTrue(DatabaseUnavailable.causedIt(new PersistenceException(new org.hibernate.exception.GenericJDBCException(
                "Unable to acquire JDBC Connection",
                new SQLException("the database system is not yet accepting connections", "57P03")))));
    }

    @Test
    void otherFailuresAreNotUnavailability() {
        assertFalse(DatabaseUnavailable.causedIt(new IllegalStateException("a bug")));
        assertFalse(DatabaseUnavailable.causedIt(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.causedIt(new SQLException("no state")));
    }
}

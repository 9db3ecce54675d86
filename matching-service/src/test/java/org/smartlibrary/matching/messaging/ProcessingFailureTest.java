package org.smartlibrary.matching.messaging;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import org.apache.kafka.common.errors.TimeoutException;
import org.hibernate.exception.DataException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartlibrary.matching.messaging.ProcessingFailure.Kind;

import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** How a failed attempt is classified: by SQLState and exception type, anywhere in its causes. */
class ProcessingFailureTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "08000", "08001", "08003", "08006", "08P01", // connection
            "40001", "40P01", "40003", // serialization failure, deadlock, commit outcome unknown
            "55P03", "57014", // lock not available, statement or lock timeout
            "57P01", "57P02", "57P03", "57P05", // admin / crash shutdown, cannot connect now, idle session ended
            "53000", "53100", "53200", "53300", // insufficient resources: disk full, out of memory, too many connections
            "58030", // I/O error
            "25006"}) // read-only transaction (a standby answered)
    void sqlStatesOfAnUnavailableOrContendedDatabaseAreTransient(String state) {
        assertThat(ProcessingFailure.of(wrapped(new SQLException("answer " + state, state))).kind())
                .isEqualTo(Kind.TRANSIENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "23000", "23502", "23503", "23505", "23514", "23P01", // integrity constraints
            "40002", // an integrity constraint checked at commit
            "22001", "22P02", "22003", "22007", "22008", "22021", "22023", "22P05"}) // data exceptions
    void sqlStatesOfRefusedDataArePoison(String state) {
        ProcessingFailure failure = ProcessingFailure.of(wrapped(new SQLException("answer " + state, state)));
        assertThat(failure.kind()).isEqualTo(Kind.POISON);
        assertThat(failure.sqlState()).isEqualTo(state);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42P01", "42703", "XX000", "25P02", "54000", "0A000"})
    void otherSqlStatesAreUnexpected(String state) {
        ProcessingFailure failure = ProcessingFailure.of(wrapped(new SQLException("answer " + state, state)));
        assertThat(failure.kind()).isEqualTo(Kind.UNEXPECTED);
        assertThat(failure.sqlState()).isEqualTo(state);
    }

    @Test
    void aValueTooLongForItsColumnAsHibernateReportsItIsPoison() {
        SQLException driver = new SQLException("ERROR: value too long for type character varying(500)", "22001");
        ProcessingFailure failure = ProcessingFailure.of(new DataException("could not execute statement", driver));

        assertThat(failure.kind()).isEqualTo(Kind.POISON);
        assertThat(failure.detail(1)).isEqualTo("the database refused the record (SQLState 22001): "
                + "java.sql.SQLException: ERROR: value too long for type character varying(500)");
    }

    @Test
    void aCommitThatFailedIsWhatItsCauseIs() {
        RollbackException deadlocked = new RollbackException("ARJUNA016053: Could not commit transaction.");
        deadlocked.initCause(new SQLException("ERROR: deadlock detected", "40P01"));
        RollbackException refused = new RollbackException("ARJUNA016053: Could not commit transaction.");
        refused.addSuppressed(new SQLException("ERROR: duplicate key value violates unique constraint", "23505"));
        RollbackException bare = new RollbackException("ARJUNA016053: Could not commit transaction.");

        assertThat(ProcessingFailure.of(new QuarkusTransactionException(deadlocked)).kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(ProcessingFailure.of(new QuarkusTransactionException(refused)).kind()).isEqualTo(Kind.POISON);
        assertThat(ProcessingFailure.of(new QuarkusTransactionException(bare)).kind()).isEqualTo(Kind.UNEXPECTED);
    }

    @Test
    void theDatabaseBeingDownIsTransientWhateverTheWrapper() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001",
                new ConnectException("Connection refused"));
        SQLException poolTimeout = new SQLException("Sorry, acquisition timeout!");
        SQLException poolCreation = new SQLException("Exception while creating new connection", refused);

        assertThat(ProcessingFailure.of(new JDBCConnectionException("Unable to acquire JDBC Connection", refused))
                .kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(ProcessingFailure.of(new PersistenceException(poolTimeout)).kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(ProcessingFailure.of(new PersistenceException(poolCreation)).kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(ProcessingFailure.of(new IllegalStateException(new ConnectException("Connection refused"))).kind())
                .isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void theBrokerAndTheDeadLetterPublisherFailingAreTransient() {
        assertThat(ProcessingFailure.of(new TimeoutException("Topic not present in metadata")).kind())
                .isEqualTo(Kind.TRANSIENT);
        assertThat(ProcessingFailure.of(new DeadLetterPublisher.DeadLetterFailedException(
                new java.util.concurrent.TimeoutException())).kind()).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void transientWinsWhenAChainHasBothKinds() {
        SQLException refused = new SQLException("ERROR: value too long", "22001");
        refused.setNextException(new SQLException("This connection has been closed.", "08003"));

        assertThat(ProcessingFailure.of(wrapped(refused)).kind()).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void theNextExceptionOfABatchIsRead() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "", new int[0]);
        batch.setNextException(new SQLException("ERROR: new row violates check constraint", "23514"));

        assertThat(ProcessingFailure.of(wrapped(batch)).kind()).isEqualTo(Kind.POISON);
        assertThat(ProcessingFailure.of(wrapped(batch)).sqlState()).isEqualTo("23514");
    }

    @Test
    void failuresWithoutADatabaseAnswerAreUnexpected() {
        assertThat(ProcessingFailure.of(new IllegalStateException("a bug")).kind()).isEqualTo(Kind.UNEXPECTED);
        assertThat(ProcessingFailure.of(new PersistenceException("not-null property references a null value"))
                .kind()).isEqualTo(Kind.UNEXPECTED);
        assertThat(ProcessingFailure.of(new NullPointerException()).root()).isEqualTo("java.lang.NullPointerException");
    }

    @Test
    void theSameFailureIsTheSameRootClassAndMessageWhateverWrapsIt() {
        ProcessingFailure first = ProcessingFailure.of(new PersistenceException(new IllegalStateException("a bug")));
        ProcessingFailure again = ProcessingFailure.of(new RuntimeException("other wrapper",
                new IllegalStateException("a bug")));
        ProcessingFailure otherMessage = ProcessingFailure.of(new IllegalStateException("another bug"));
        ProcessingFailure otherClass = ProcessingFailure.of(new IllegalArgumentException("a bug"));

        assertThat(first.sameAs(again)).isTrue();
        assertThat(first.sameAs(otherMessage)).isFalse();
        assertThat(first.sameAs(otherClass)).isFalse();
        assertThat(first.sameAs(null)).isFalse();
        assertThat(first.detail(3)).isEqualTo("failed 3 times in a row with the same error: "
                + "java.lang.IllegalStateException: a bug");
    }

    @Test
    void aCauseCycleEnds() {
        CyclicFailure failure = new CyclicFailure();

        assertThat(ProcessingFailure.of(failure).kind()).isEqualTo(Kind.UNEXPECTED);
    }

    /** getCause() returns itself through another exception, as some libraries' exceptions do. */
    private static final class CyclicFailure extends RuntimeException {
        private final RuntimeException inner = new RuntimeException("inner", this);

        CyclicFailure() {
            super("outer");
        }

        @Override
        public synchronized Throwable getCause() {
            return inner;
        }
    }

    /** As Hibernate and the transaction manager deliver a driver exception to the consumer loop. */
    private static RuntimeException wrapped(SQLException driver) {
        return new QuarkusTransactionException(new PersistenceException("could not execute statement", driver));
    }
}

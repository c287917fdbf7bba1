package org.attune.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures mean the database is out of reach (answered {@code unavailable}), and which do not. */
class DatabaseOutageTest {

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08003", "08006", "08004", "57P01", "57P02", "57P03", "57014"})
    void aConnectionClassStateAnywhereInTheCausesIsAnOutage(String state) {
        SQLException sql = new SQLException("reason with what someone typed", state);
        PersistenceException hibernate = new PersistenceException("could not execute batch", sql);

        assertThat(DatabaseOutage.causedBy(sql)).isTrue();
        assertThat(DatabaseOutage.causedBy(new TransactionFailedException(hibernate)))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "23514", "22001", "42P01", "40001", "42501"})
    void aRefusalOfWhatWasAskedIsNot(String state) {
        assertThat(DatabaseOutage.causedBy(new PersistenceException(new SQLException("refused", state))))
                .isFalse();
    }

    @Test
    void failuresWithoutADatabaseStateAreNot() {
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLIntegrityConstraintViolationException("dup")))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(null)).isFalse();
    }

    @Test
    void theJdbcConnectionClassesAreOutagesWhateverTheirState() {
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLTransientConnectionException("pool"))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLRecoverableException("gone"))))
                .isTrue();
    }

    @Test
    void thePoolThatCannotGetAConnectionIsAnOutage() {
        // As IronJacamar's WrapperDataSource throws them: an SQLException without a state around the pool's failure.
        SQLException refused = new SQLException(new ResourceException(
                "IJ000453: Unable to get managed connection for java:jboss/datasources/AttuneDS",
                new ResourceException("IJ031084: Unable to create connection", new ConnectException("refused"))));
        SQLException timedOut = new SQLException(new ResourceException(
                "IJ000453: Unable to get managed connection for java:jboss/datasources/AttuneDS",
                new ResourceException("IJ000655: No managed connections available within configured blocking"
                        + " timeout (5000 [ms])")));

        assertThat(DatabaseOutage.causedBy(new PersistenceException(refused))).isTrue();
        assertThat(DatabaseOutage.causedBy(timedOut)).isTrue();
        assertThat(DatabaseOutage.causedBy(new ResourceException("IJ000000: something else")))
                .isFalse();
    }

    @Test
    void aCommitWhoseResourceFailedIsAnOutageAlsoWhenTheCauseIsOnlySuppressedOrNext() {
        RollbackException rolledBack = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rolledBack.addSuppressed(new XAException(XAException.XAER_RMFAIL));
        SQLException batch = new SQLException("Batch entry 0 was aborted", "08006");
        SQLException outer = new SQLException("batch failed", (String) null);
        outer.setNextException(batch);

        assertThat(DatabaseOutage.causedBy(new TransactionFailedException(rolledBack)))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(outer)).isTrue();
        assertThat(DatabaseOutage.causedBy(new XAException(XAException.XA_RBINTEGRITY)))
                .isFalse();
    }

    @Test
    void aRollbackThatThePoolSetOnAFailedConnectionIsAnOutageAndOtherRollbacksAreNot() {
        // As Narayana and the WildFly transaction client report it: the commit's rollback, with a record
        // of each place that marked the transaction rollback-only among its suppressed failures.
        RollbackException marked = new RollbackException();
        marked.setStackTrace(new StackTraceElement[] {
            frame("org.wildfly.transaction.client.AbstractTransaction", "setRollbackOnly"),
            frame("org.jboss.jca.core.connectionmanager.listener.TxConnectionListener", "haltCatchFire"),
            frame(
                    "org.jboss.jca.core.connectionmanager.listener.AbstractConnectionListener",
                    "connectionErrorOccurred"),
            frame("org.jboss.jca.adapters.jdbc.WrappedConnection", "checkException"),
        });
        RollbackException atCommit = new RollbackException();
        atCommit.addSuppressed(marked);

        RollbackException byTheApplication = new RollbackException();
        RollbackException setElsewhere = new RollbackException();
        setElsewhere.setStackTrace(new StackTraceElement[] {
            frame("org.wildfly.transaction.client.AbstractTransaction", "setRollbackOnly"),
            frame("org.hibernate.engine.transaction.internal.TransactionImpl", "markRollbackOnly"),
        });
        byTheApplication.addSuppressed(setElsewhere);

        assertThat(DatabaseOutage.causedBy(new TransactionFailedException(atCommit)))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new TransactionFailedException(byTheApplication)))
                .isFalse();
    }

    private static StackTraceElement frame(String className, String method) {
        return new StackTraceElement(className, method, null, -1);
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(DatabaseOutage.causedBy(b)).isFalse();
    }
}

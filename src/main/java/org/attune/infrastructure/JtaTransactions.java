package org.attune.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.attune.application.TransactionFailedException;
import org.attune.application.Transactions;
import org.jboss.logging.Logger;

/**
 * {@link Transactions} on the server's JTA transaction manager and Attune's
 * datasource: an outer transaction is suspended while the work runs in its own.
 *
 * <p>On the embedded H2 database, commits (with the flush of their inserts)
 * take turns: H2 2.2's store can fail a commit, or a read during an insert,
 * when two threads write at once ("Position 0", "File corrupted while reading
 * record"), as the live rooms' shards did under load. H2 writes one commit at a
 * time anyway, so the work before the commit still runs in parallel and little
 * is lost. PostgreSQL commits freely.
 *
 * <p>The inserts are flushed just before the commit, here, rather than by the
 * transaction manager during it: a database that refuses a row then fails the
 * work in Attune's hands, which log it without its message, instead of in the
 * transaction manager's, which would log the database's message and with it
 * the refused values (what someone wrote).
 */
@ApplicationScoped
public class JtaTransactions implements Transactions {

    private static final Logger LOG = Logger.getLogger(JtaTransactions.class);

    @Resource(lookup = "java:/TransactionManager")
    TransactionManager transactions;

    @Resource(lookup = "java:jboss/datasources/AttuneDS")
    DataSource dataSource;

    @PersistenceContext(unitName = "attune")
    EntityManager entityManager;

    /** Commits take turns on this lock; {@code null} when they need not. */
    private ReentrantLock commitTurns;

    @PostConstruct
    void chooseCommitOrder() {
        try (Connection connection = dataSource.getConnection()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                commitTurns = new ReentrantLock();
                LOG.info("Embedded H2 database: commits take turns");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }

    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
        Transaction outer = suspend();
        try {
            transactions.begin();
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                rollBack(e);
                throw e;
            }
            if (commitTurns != null) {
                commitTurns.lock();
            }
            try {
                flush();
                transactions.commit();
            } finally {
                if (commitTurns != null) {
                    commitTurns.unlock();
                }
            }
            return result;
        } catch (NotSupportedException
                | SystemException
                | RollbackException
                | HeuristicMixedException
                | HeuristicRollbackException e) {
            throw new TransactionFailedException(e);
        } finally {
            resume(outer);
        }
    }

    /** Writes what the work changed, or rolls it back and throws the refusal. */
    private void flush() {
        try {
            if (entityManager.isJoinedToTransaction()) {
                entityManager.flush();
            }
        } catch (RuntimeException e) {
            rollBack(e);
            throw e;
        }
    }

    private Transaction suspend() {
        try {
            return transactions.getTransaction() == null ? null : transactions.suspend();
        } catch (SystemException e) {
            throw new TransactionFailedException(e);
        }
    }

    private void resume(Transaction outer) {
        if (outer == null) {
            return;
        }
        try {
            transactions.resume(outer);
        } catch (Exception e) {
            throw new TransactionFailedException(e);
        }
    }

    private void rollBack(Throwable cause) {
        try {
            transactions.rollback();
        } catch (SystemException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}

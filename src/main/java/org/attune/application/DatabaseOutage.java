package org.attune.application;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Whether a failure means the database could not be reached, or dropped the
 * connection, rather than that it refused what was asked: then the same work
 * succeeds once the database is back, and nobody's input was at fault.
 *
 * <p>What counts, anywhere in the failure's causes (and suppressed failures,
 * and a {@link SQLException}'s next ones):
 *
 * <ul>
 *   <li>an SQL state of class {@code 08} (connection exception);
 *   <li>PostgreSQL's {@code 57P01} (admin shutdown: a stopping server, or
 *       {@code pg_terminate_backend}), {@code 57P02} (crash shutdown),
 *       {@code 57P03} (cannot connect now: starting up) and {@code 57014} (query
 *       cancelled: the datasource's query timeout ran out, e.g. on a lock);
 *   <li>{@link SQLTransientConnectionException} and {@link SQLRecoverableException};
 *   <li>Hibernate's {@code JDBCConnectionException};
 *   <li>the connection pool's "could not get a connection" ({@code IJ000453})
 *       and "none free within the blocking timeout" ({@code IJ000655});
 *   <li>an XA resource manager that failed ({@code XAER_RMFAIL});
 *   <li>a transaction that the connection pool marked rollback-only because its
 *       connection failed: the pool does so as it sees the connection error, and
 *       Hibernate then answers a {@code find} on that connection with nothing
 *       instead of the error (HHH-12472), so the failure only shows at the
 *       commit, as a rollback whose suppressed failures record where
 *       rollback-only was set ({@code connectionErrorOccurred}).
 * </ul>
 */
public final class DatabaseOutage {

    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "57014");
    private static final String HIBERNATE_CONNECTION = "org.hibernate.exception.JDBCConnectionException";
    private static final String RESOURCE_EXCEPTION = "jakarta.resource.ResourceException";
    private static final String ROLLBACK = "jakarta.transaction.RollbackException";
    private static final String CONNECTION_LISTENER = "org.jboss.jca.core.connectionmanager.listener.";
    private static final String CONNECTION_ERROR = "connectionErrorOccurred";

    private DatabaseOutage() {}

    /** Whether the failure, or one of its causes, says the database is out of reach. */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (isOutage(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
            todo.addAll(List.of(t.getSuppressed()));
        }
        return false;
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || STATES.contains(state);
        }
        if (t instanceof XAException xa) {
            return xa.errorCode == XAException.XAER_RMFAIL;
        }
        if (isA(t, HIBERNATE_CONNECTION)) {
            return true;
        }
        if (isA(t, ROLLBACK) && markedByAConnectionError(t)) {
            return true;
        }
        if (isA(t, RESOURCE_EXCEPTION)) {
            String message = t.getMessage();
            return message != null && (message.startsWith("IJ000453") || message.startsWith("IJ000655"));
        }
        return false;
    }

    /** Whether the rollback, or one recorded with it, was set by the connection pool's handling of a failed connection. */
    private static boolean markedByAConnectionError(Throwable rollback) {
        List<Throwable> records = new ArrayList<>(List.of(rollback.getSuppressed()));
        records.add(rollback);
        for (Throwable record : records) {
            for (StackTraceElement frame : record.getStackTrace()) {
                if (frame.getMethodName().equals(CONNECTION_ERROR)
                        && frame.getClassName().startsWith(CONNECTION_LISTENER)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the failure is of the named class or a subclass, without depending on where it comes from. */
    private static boolean isA(Throwable t, String className) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    /** A JDBC URL without {@code jdbc:driver://}, a {@code user:password@}, or its parameters: where the database is, for the log. */
    static String address(String url) {
        String rest = url.replaceFirst("^jdbc:[a-z0-9]+:(//)?", "");
        int parameters = rest.indexOf('?') >= 0 ? rest.indexOf('?') : rest.indexOf(';');
        rest = parameters >= 0 ? rest.substring(0, parameters) : rest;
        int at = rest.lastIndexOf('@');
        return at >= 0 ? rest.substring(at + 1) : rest;
    }
}

package org.attune.application.live;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.domain.room.RoomCommand;

/**
 * Failures and jobs as the log may name them: by their kind, never by their
 * messages or contents. A database's message quotes the value it refused
 * ("Value too long for column …: 'what somebody typed'"), so the log keeps the
 * exception classes, the SQL state and where the innermost one was thrown.
 */
final class Failures {

    private Failures() {}

    /** E.g. {@code RollbackException <- DataException <- JdbcSQLDataException, SQL state 22001}. */
    static String describe(Throwable failure) {
        List<String> classes = new ArrayList<>();
        String sqlState = null;
        Throwable innermost = failure;
        for (Throwable t = failure; t != null && classes.size() < 10; t = t.getCause()) {
            classes.add(t.getClass().getSimpleName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                sqlState = sql.getSQLState();
            }
            innermost = t;
            if (t.getCause() == t) {
                break;
            }
        }
        StringBuilder out = new StringBuilder(String.join(" <- ", classes));
        if (sqlState != null) {
            out.append(", SQL state ").append(sqlState);
        }
        StackTraceElement[] trace = innermost.getStackTrace();
        if (trace.length > 0) {
            out.append(", at ").append(trace[0]);
        }
        return out.toString();
    }

    /** A command's type as the live protocol names it, e.g. {@code say}, {@code raise_hand}. */
    static String kindOf(RoomCommand command) {
        Object named = command instanceof RoomCommand.Turn turn ? turn.turn() : command;
        return named.getClass()
                .getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
    }
}

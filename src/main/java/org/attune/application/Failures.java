package org.attune.application;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Failures as the server's log may show them: each exception of the chain by
 * its class, where it was thrown and, for a database's refusal, its SQL state
 * and error code; never its message. Messages can carry what people wrote: a
 * database that refuses a row quotes its values, a parser the text it choked on.
 */
public final class Failures {

    private Failures() {}

    /**
     * A copy of the failure and its causes, with the same classes' names, stack
     * traces and SQL states, and no messages: to hand to a logger instead of
     * the failure itself.
     */
    public static Throwable withoutMessages(Throwable failure) {
        return copy(failure, new IdentityHashMap<>());
    }

    private static Throwable copy(Throwable t, Map<Throwable, Throwable> seen) {
        Throwable known = seen.get(t);
        if (known != null) {
            return known;
        }
        Scrubbed copy = new Scrubbed(describe(t));
        seen.put(t, copy);
        copy.setStackTrace(t.getStackTrace());
        if (t.getCause() != null && t.getCause() != t && !seen.containsKey(t.getCause())) {
            copy.initCause(copy(t.getCause(), seen));
        }
        if (t instanceof SQLException sql
                && sql.getNextException() != null
                && !seen.containsKey(sql.getNextException())) {
            copy.addSuppressed(copy(sql.getNextException(), seen));
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (!seen.containsKey(suppressed)) {
                copy.addSuppressed(copy(suppressed, seen));
            }
        }
        return copy;
    }

    private static String describe(Throwable t) {
        String name = t.getClass().getName();
        return t instanceof SQLException sql
                ? name + " (SQL state " + sql.getSQLState() + ", error code " + sql.getErrorCode() + ")"
                : name;
    }

    /** Stands in for an exception of another class, whose name is its message. */
    private static final class Scrubbed extends RuntimeException {
        Scrubbed(String description) {
            super(description);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}

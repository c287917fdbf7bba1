package org.attune.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    private static final String WORDS = "I never felt safe with you";

    @Test
    void aLoggedFailureShowsItsClassesWhereAndTheSqlStateButNoneOfItsMessages() {
        SQLIntegrityConstraintViolationException refused = new SQLIntegrityConstraintViolationException(
                "Unique index violation VALUES ('room-1', '" + WORDS + "')", "23505", 23505);
        refused.setNextException(new java.sql.SQLException("next: " + WORDS));
        IllegalStateException failure = new IllegalStateException("could not execute statement: " + WORDS, refused);
        failure.addSuppressed(new RuntimeException("suppressed " + WORDS));

        String logged = printed(Failures.withoutMessages(failure));

        assertThat(logged)
                .doesNotContain(WORDS)
                .contains(IllegalStateException.class.getName())
                .contains(SQLIntegrityConstraintViolationException.class.getName()
                        + " (SQL state 23505, error code 23505)")
                .contains("at " + FailuresTest.class.getName());
        assertThat(printed(failure)).contains(WORDS);
    }

    @Test
    void aFailureThatIsItsOwnCauseIsCopiedOnce() {
        RuntimeException a = new RuntimeException(WORDS);
        RuntimeException b = new RuntimeException(WORDS, a);
        a.addSuppressed(b);

        assertThat(printed(Failures.withoutMessages(b))).doesNotContain(WORDS);
    }

    private static String printed(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}

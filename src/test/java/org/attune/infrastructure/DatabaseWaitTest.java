package org.attune.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** At startup Attune waits a while for a database that is not up yet, and says so; a refused login fails at once. */
class DatabaseWaitTest {

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Logger log = Logger.getLogger(DatabaseMigrations.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(java.text.MessageFormat.format(
                    record.getMessage().replace("'", "''").replaceAll("%s", "{0}"), record.getParameters()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    @Test
    void aDatabaseThatComesUpWithinTheWaitIsUsed() {
        AtomicInteger attempts = new AtomicInteger();
        DataSource upAfterThree = dataSource(() -> {
            if (attempts.incrementAndGet() <= 3) {
                throw refused();
            }
            return connection();
        });

        Connection connection =
                DatabaseMigrations.awaitDatabase(upAfterThree, "db:5432/attune", Duration.ofSeconds(10));

        assertThat(connection).isNotNull();
        assertThat(attempts).hasValue(4);
        assertThat(String.join("\n", logged))
                .contains("Waiting for the database at")
                .doesNotContain("secret");
    }

    @Test
    void aDatabaseThatStaysAwayFailsTheStartWithWhereItLooked() {
        DataSource down = dataSource(() -> {
            throw refused();
        });
        long start = System.nanoTime();

        assertThatThrownBy(() -> DatabaseMigrations.awaitDatabase(down, "db:5432/attune", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The database at db:5432/attune could not be reached within 1 s")
                .hasMessageContaining("connection refused")
                .hasMessageContaining("ATTUNE_DB_WAIT_SECONDS");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aRefusedLoginFailsAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        DataSource wrongPassword = dataSource(() -> {
            attempts.incrementAndGet();
            throw new SQLException("password authentication failed for user \"attune_app\"", "28P01");
        });

        assertThatThrownBy(
                        () -> DatabaseMigrations.awaitDatabase(wrongPassword, "db:5432/attune", Duration.ofSeconds(30)))
                .hasMessageContaining("refused Attune's connection (SQL state 28P01)");
        assertThat(attempts).hasValue(1);
    }

    private static SQLException refused() {
        return new SQLException("Connection to db:5432 refused.", "08001", new ConnectException("Connection refused"));
    }

    private interface Attempt {
        Connection get() throws SQLException;
    }

    private static DataSource dataSource(Attempt attempt) {
        return (DataSource) Proxy.newProxyInstance(
                DatabaseWaitTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return attempt.get();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Connection connection() {
        return (Connection) Proxy.newProxyInstance(
                DatabaseWaitTest.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> null);
    }
}

package org.attune.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.attune.application.DatabaseOutage;
import org.attune.application.Settings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Brings the schema up to date with the versioned scripts in
 * {@code db/migration} before the application takes its first request.
 *
 * <p>The migrations run as the schema's owner ({@code AttuneOwnerDS}); the
 * application works as its own login ({@code AttuneDS}), to which they grant
 * what it needs on PostgreSQL. Unless told otherwise, both are the same login
 * (development, H2). Then it checks that the operator's key opens the rooms'
 * keys already stored ({@link OperatorKeyCheck}).
 *
 * <p>A database that cannot be reached yet (still starting, as when a whole
 * stack starts at once) is waited for, up to {@link Settings#databaseWait},
 * and the log says so every few seconds; then the start fails with a message
 * that says where it looked. A database that answers but refuses the login
 * fails the start at once.
 */
@ApplicationScoped
public class DatabaseMigrations {

    /** The Flyway placeholder that names the application's login, to which PostgreSQL's scripts grant. */
    static final String APPLICATION_LOGIN = "attune_app_user";

    /** How often the log says that Attune still waits for the database. */
    static final Duration SAY_EVERY = Duration.ofSeconds(5);

    private static final Duration TRY_EVERY = Duration.ofMillis(500);
    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class);

    @Inject
    Settings settings;

    @Resource(lookup = "java:jboss/datasources/AttuneDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/datasources/AttuneOwnerDS")
    DataSource ownerDataSource;

    /**
     * The migrations, run through {@code migrator}: the scripts for every
     * database, and on PostgreSQL those only it can run (e.g. triggers in
     * PL/pgSQL), which grant the application's login what it needs.
     */
    static Flyway flyway(DataSource migrator, boolean postgresql, String applicationLogin) {
        String[] locations = postgresql
                ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
                : new String[] {"classpath:db/migration"};
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(migrator)
                .locations(locations)
                .placeholders(Map.of(APPLICATION_LOGIN, applicationLogin))
                .load();
    }

    void migrate(@Observes Startup startup) {
        boolean postgresql;
        String login;
        try (Connection connection = awaitDatabase(dataSource, settings.databaseAddress(), settings.databaseWait())) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            postgresql = product.contains("postgresql");
            login = connection.getMetaData().getUserName();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
        MigrateResult result = flyway(ownerDataSource, postgresql, login).migrate();
        LOG.infof(
                "Database schema at version %s (%d migration(s) applied)",
                result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                result.migrationsExecuted);
        if (postgresql && ownsTheAuditLog(dataSource)) {
            LOG.warnf(
                    "The application's database login %s owns the audit log, so it could take the log's protections"
                            + " away: give the schema an owner of its own (ATTUNE_DB_OWNER_USER, see the README)",
                    login);
        }
        OperatorKeyCheck.verify(dataSource, settings.dataKey());
    }

    /**
     * A connection from {@code dataSource}, tried again every half second while
     * the database cannot be reached, for at most {@code wait}.
     *
     * @throws IllegalStateException when it is not reached in time, or refuses for another reason
     */
    static Connection awaitDatabase(DataSource dataSource, String address, Duration wait) {
        long start = System.nanoTime();
        long nextSay = start;
        while (true) {
            try {
                return dataSource.getConnection();
            } catch (SQLException e) {
                if (!DatabaseOutage.causedBy(e)) {
                    throw new IllegalStateException(
                            "The database at " + address + " refused Attune's connection (" + reason(e)
                                    + "): check ATTUNE_DB_URL, ATTUNE_DB_USER and ATTUNE_DB_PASSWORD",
                            e);
                }
                long now = System.nanoTime();
                if (now - start >= wait.toNanos()) {
                    throw new IllegalStateException(
                            "The database at " + address + " could not be reached within "
                                    + wait.toSeconds() + " s (" + reason(e)
                                    + "): is it running, and is ATTUNE_DB_URL right?"
                                    + " ATTUNE_DB_WAIT_SECONDS sets how long Attune waits for it at startup",
                            e);
                }
                if (now >= nextSay) {
                    LOG.infof("Waiting for the database at %s (%s)…", address, reason(e));
                    nextSay = now + SAY_EVERY.toNanos();
                }
            }
            try {
                Thread.sleep(TRY_EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the database at " + address, e);
            }
        }
    }

    /** Why a connection failed, in a few words and without its message (which may name a login). */
    static String reason(Throwable failure) {
        String state = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            } else if (t instanceof UnknownHostException) {
                return "unknown host";
            } else if (t instanceof SocketTimeoutException) {
                return "no answer";
            } else if (t instanceof SQLException sql && sql.getSQLState() != null) {
                state = state == null ? sql.getSQLState() : state;
                if ("57P03".equals(sql.getSQLState())) {
                    return "it is starting up";
                }
            }
        }
        return state != null ? "SQL state " + state : failure.getClass().getSimpleName();
    }

    /** Whether the login of {@code login} owns the audit log, and so could drop its triggers (PostgreSQL). */
    static boolean ownsTheAuditLog(DataSource login) {
        try (Connection connection = login.getConnection();
                Statement statement = connection.createStatement();
                ResultSet owner = statement.executeQuery("select pg_get_userbyid(relowner) = current_user"
                        + " from pg_class where oid = to_regclass('audit_log')")) {
            return owner.next() && owner.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }
}

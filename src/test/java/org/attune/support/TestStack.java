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
    private static TokenClient tokens;

    private TestStack() {}

    static boolean enabled() {
        return System.getProperty("attune.it.keycloak.port") != null;
    }

    /** Starts Keycloak without waiting for it; called when the test run begins. */
    static synchronized void startKeycloak() {
        if (keycloak != null) {
            return;
        }
        Path work = Path.of(System.getProperty("attune.it.work", "target/it"));
        Directories.deleteTree(work);
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

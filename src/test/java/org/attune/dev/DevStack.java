package org.attune.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.attune.support.DemoUsers;
import org.attune.support.KeycloakServer;
import org.attune.support.PostgresServer;
import org.attune.support.Totp;
import org.attune.support.WildFlyServer;

/**
 * Runs Attune for development: Keycloak with the realm and the demo users,
 * then WildFly with the app on its embedded H2 database, or with
 * {@code -Ddb=postgresql} on a PostgreSQL server of its own. Prints where to
 * go, and stops everything on Ctrl-C. Started by {@code ./mvnw -Pdev}.
 */
public final class DevStack {

    private static final int APP_PORT = 8080;
    private static final int KEYCLOAK_PORT = 8180;
    private static final int POSTGRES_PORT = 8432;

    private DevStack() {}

    public static void main(String[] args) throws Exception {
        Path keycloakHome = Path.of(required("attune.keycloak.home"));
        Path jbossHome = Path.of(required("jboss.home"));
        Path war = Path.of(required("attune.war"));
        Path work = Path.of(required("attune.dev.work"));
        Path data = Path.of(required("attune.dev.data"));
        String database = System.getProperty("attune.dev.db", "h2");
        if (!List.of("h2", "postgresql").contains(database)) {
            throw new IllegalStateException("-Ddb=" + database + ": choose h2 (the default) or postgresql");
        }
        Files.createDirectories(work);
        Files.createDirectories(data);
        PostgresServer postgres =
                "postgresql".equals(database) ? new PostgresServer(data.resolve("postgresql"), POSTGRES_PORT) : null;

        KeycloakServer keycloak = new KeycloakServer(
                keycloakHome, KEYCLOAK_PORT, data.resolve("keycloak"), data.resolve("keycloak/keycloak.pid"));
        WildFlyServer[] wildfly = new WildFlyServer[1];
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stopping.set(true);
                            System.out.println("\nStopping Attune…");
                            if (wildfly[0] != null) {
                                wildfly[0].close();
                            }
                            keycloak.close();
                            if (postgres != null) {
                                postgres.close();
                            }
                            System.out.println("Stopped.");
                        },
                        "attune-dev-stop"));

        Files.createDirectories(data.resolve("keycloak"));
        System.out.println("Starting Keycloak on port " + KEYCLOAK_PORT + " (log: " + keycloak.log() + ")…");
        keycloak.start();
        keycloak.awaitReady(Duration.ofMinutes(5));

        Map<String, String> environment = environment(data, keycloak);
        if (postgres != null) {
            System.out.println("Starting PostgreSQL on port " + POSTGRES_PORT + " (log: " + postgres.log() + ")…");
            postgres.start();
            environment.putAll(postgres.environment(PostgresServer.DATABASE));
        }
        WildFlyServer server = new WildFlyServer(jbossHome, work.resolve("standalone"), war, 0, environment);
        wildfly[0] = server;
        System.out.println("Starting WildFly on port " + APP_PORT + " (log: " + server.log() + ")…");
        server.start().awaitDeployed(Duration.ofMinutes(3));

        printBanner(keycloak, postgres, data);
        server.waitFor();
        if (!stopping.get()) {
            System.out.println("WildFly has stopped; see " + server.log());
            System.exit(1);
        }
    }

    /** The development profile and secret, where the data lives and which Keycloak to use. */
    private static Map<String, String> environment(Path data, KeycloakServer keycloak) {
        Map<String, String> env = new java.util.HashMap<>(WildFlyServer.developmentEnvironment());
        env.put("ATTUNE_DATA_DIR", data.resolve("app").toAbsolutePath().toString());
        // An empty database gets the demo therapist's rooms (DemoData), so every demo login lands in one.
        env.put("ATTUNE_DEMO_DATA", "true");
        env.put("ATTUNE_OIDC_PROVIDER_URL", keycloak.realmUrl());
        env.put(
                "JAVA_OPTS",
                System.getenv().getOrDefault("JAVA_OPTS", "-Xms128m -Xmx1g -Djava.net.preferIPv4Stack=true"));
        return env;
    }

    private static void printBanner(KeycloakServer keycloak, PostgresServer postgres, Path data) {
        String otp = Totp.base32(DemoUsers.THERAPIST_OTP_SECRET);
        String adminOtp = Totp.base32(DemoUsers.PRACTICE_ADMIN_OTP_SECRET);
        Instant now = Instant.now();
        List<String> lines = List.of(
                "",
                "  Attune is running.",
                "",
                "  Open             http://localhost:" + APP_PORT + "/",
                "  Keycloak admin   " + keycloak.baseUrl() + "/admin/  (user " + KeycloakServer.ADMIN_USER
                        + ", password " + KeycloakServer.ADMIN_PASSWORD + "; development only)",
                postgres == null
                        ? "  Database         embedded H2, in " + data.resolve("app")
                        : "  Database         PostgreSQL on localhost:" + postgres.port() + ", database "
                                + PostgresServer.DATABASE + ", in " + postgres.dataDirectory(),
                "",
                "  Demo logins (password for all: " + DemoUsers.PASSWORD + ")",
                "    therapist   Maya Ortiz, therapist of both rooms; asks for a one-time code:",
                "                now " + Totp.code(DemoUsers.THERAPIST_OTP_SECRET, now) + " (for "
                        + Totp.secondsLeft(now) + " s more); ./mvnw -q -Pdev-otp prints the current one,",
                "                or add the key " + otp + " to an authenticator app (TOTP, SHA-1, 6 digits, 30 s)",
                "    alex, sam   a couple: their room \"Alex & Sam\", a speaker-listener conversation under way",
                "    morgan, jamie, riley   a family: their room \"The Blakes\", a round with the talking stick",
                "    practice-admin   the practice's administrator; asks for a one-time code too:",
                "                now " + Totp.code(DemoUsers.PRACTICE_ADMIN_OTP_SECRET, now)
                        + "; ./mvnw -q -Pdev-otp, or the key " + adminOtp,
                "  The demo rooms are added to an empty database only; delete " + data + " to start afresh.",
                "",
                "  Press Ctrl-C to stop everything.",
                "");
        lines.forEach(System.out::println);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing system property " + property + "; start with ./mvnw -Pdev");
        }
        return value;
    }
}

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
import org.attune.support.LoadBalancer;
import org.attune.support.PostgresServer;
import org.attune.support.Totp;
import org.attune.support.WildFlyServer;

/**
 * Runs Attune for development: Keycloak with the realm and the demo users,
 * then WildFly with the app on its embedded H2 database, or with
 * {@code -Ddb=postgresql} on a PostgreSQL server of its own; with
 * {@code -Dnodes=2} (or 3), that many servers in a cluster on PostgreSQL behind
 * HAProxy. Prints where to go, and stops everything on Ctrl-C. Started by
 * {@code ./mvnw -Pdev}.
 */
public final class DevStack {

    private static final int APP_PORT = 8080;
    private static final int KEYCLOAK_PORT = 8180;
    private static final int POSTGRES_PORT = 8432;
    /** The port offset between the servers of a development cluster: 9080, 10080, 11080. */
    private static final int CLUSTER_OFFSET = 1000;

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
        int nodes = Integer.parseInt(System.getProperty("attune.dev.nodes", "1"));
        if (nodes < 1 || nodes > 3) {
            throw new IllegalStateException("-Dnodes=" + nodes + ": choose 1 (the default), 2 or 3");
        }
        if (nodes > 1 && !LoadBalancer.available()) {
            throw new IllegalStateException("-Dnodes=" + nodes + " needs HAProxy: sudo apt-get install haproxy");
        }
        if (nodes > 1 && "h2".equals(database)) {
            System.out.println("Several servers share one database: PostgreSQL (-Ddb=postgresql).");
            database = "postgresql";
        }
        Files.createDirectories(work);
        Files.createDirectories(data);
        PostgresServer postgres =
                "postgresql".equals(database) ? new PostgresServer(data.resolve("postgresql"), POSTGRES_PORT) : null;

        KeycloakServer keycloak = new KeycloakServer(
                keycloakHome, KEYCLOAK_PORT, data.resolve("keycloak"), data.resolve("keycloak/keycloak.pid"));
        List<WildFlyServer> wildfly = new java.util.concurrent.CopyOnWriteArrayList<>();
        AutoCloseable[] stoppable = new AutoCloseable[1];
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stopping.set(true);
                            System.out.println("\nStopping Attune…");
                            if (stoppable[0] != null) {
                                try {
                                    stoppable[0].close();
                                } catch (Exception e) {
                                    System.out.println("Stopping HAProxy failed: " + e);
                                }
                            }
                            wildfly.forEach(WildFlyServer::close);
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
        List<WildFlyServer> servers = servers(jbossHome, work, war, nodes, environment);
        wildfly.addAll(servers);
        for (WildFlyServer server : servers) {
            System.out.println("Starting WildFly on port " + server.httpPort() + " (log: " + server.log() + ")…");
            // One after the other: the first brings the schema up to date.
            server.start().awaitDeployed(Duration.ofMinutes(3));
        }
        if (nodes > 1) {
            LoadBalancer balancer = new LoadBalancer(APP_PORT, work.resolve("balancer"), servers);
            stoppable[0] = balancer;
            System.out.println("Starting HAProxy on port " + APP_PORT + " (log: " + balancer.log() + ")…");
            balancer.start().awaitServing(nodes, Duration.ofSeconds(30));
        }

        printBanner(keycloak, postgres, data, servers);
        servers.get(0).waitFor();
        if (!stopping.get()) {
            System.out.println("WildFly has stopped; see " + servers.get(0).log());
            System.exit(1);
        }
    }

    /**
     * One server on port 8080, or a cluster of {@code nodes} (wildfly-config/cluster.cli)
     * on ports 9080, 10080, … behind the load balancer on 8080.
     */
    private static List<WildFlyServer> servers(
            Path jbossHome, Path work, Path war, int nodes, Map<String, String> environment) {
        if (nodes == 1) {
            return List.of(new WildFlyServer(jbossHome, work.resolve("standalone"), war, 0, environment));
        }
        int[] offsets = java.util.stream.IntStream.rangeClosed(1, nodes)
                .map(i -> i * CLUSTER_OFFSET)
                .toArray();
        return WildFlyServer.cluster("attune-dev", jbossHome, war, work, environment, offsets);
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

    private static void printBanner(
            KeycloakServer keycloak, PostgresServer postgres, Path data, List<WildFlyServer> servers) {
        String otp = Totp.base32(DemoUsers.THERAPIST_OTP_SECRET);
        String adminOtp = Totp.base32(DemoUsers.PRACTICE_ADMIN_OTP_SECRET);
        Instant now = Instant.now();
        List<String> lines = List.of(
                "",
                "  Attune is running.",
                "",
                "  Open             http://localhost:" + APP_PORT + "/",
                servers.size() == 1
                        ? "  Server           one WildFly"
                        : "  Servers          " + servers.size() + " WildFly in a cluster, on ports "
                                + servers.stream()
                                        .map(s -> String.valueOf(s.httpPort()))
                                        .collect(java.util.stream.Collectors.joining(", "))
                                + ", behind HAProxy on " + APP_PORT,
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

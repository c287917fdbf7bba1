package org.attune.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.attune.support.DemoUsers;
import org.attune.support.Directories;
import org.attune.support.KeycloakServer;
import org.attune.support.ProcessTrees;
import org.attune.support.Totp;

/**
 * Runs Attune for development: Keycloak with the realm and the demo users,
 * then WildFly with the app on its embedded H2 database. Prints where to go,
 * and stops everything on Ctrl-C. Started by {@code ./mvnw -Pdev}.
 */
public final class DevStack {

    private static final int APP_PORT = 8080;
    private static final int KEYCLOAK_PORT = 8180;
    private static final Set<String> RUNTIME_DIRS = Set.of("data", "log", "tmp", "deployments");

    private DevStack() {}

    public static void main(String[] args) throws Exception {
        Path keycloakHome = Path.of(required("attune.keycloak.home"));
        Path jbossHome = Path.of(required("jboss.home"));
        Path war = Path.of(required("attune.war"));
        Path work = Path.of(required("attune.dev.work"));
        Path data = Path.of(required("attune.dev.data"));
        Files.createDirectories(work);
        Files.createDirectories(data);

        KeycloakServer keycloak = new KeycloakServer(keycloakHome, KEYCLOAK_PORT, data.resolve("keycloak"));
        Process[] wildfly = new Process[1];
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stopping.set(true);
                            System.out.println("\nStopping Attune…");
                            if (wildfly[0] != null) {
                                ProcessTrees.stop(wildfly[0].toHandle(), Duration.ofSeconds(30));
                            }
                            keycloak.close();
                            System.out.println("Stopped.");
                        },
                        "attune-dev-stop"));

        Files.createDirectories(data.resolve("keycloak"));
        System.out.println("Starting Keycloak on port " + KEYCLOAK_PORT + " (log: " + keycloak.log() + ")…");
        keycloak.start();
        keycloak.awaitReady(Duration.ofMinutes(5));

        Path base = prepareServerBase(jbossHome, work.resolve("standalone"), war);
        System.out.println("Starting WildFly on port " + APP_PORT + " (log: " + base.resolve("log/server.log") + ")…");
        ProcessBuilder builder = new ProcessBuilder(
                        jbossHome.resolve("bin/standalone.sh").toString(),
                        "-Djboss.server.base.dir=" + base.toAbsolutePath())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(
                        work.resolve("wildfly-console.log").toFile()));
        builder.environment()
                .put("ATTUNE_DATA_DIR", data.resolve("app").toAbsolutePath().toString());
        builder.environment().put("ATTUNE_OIDC_PROVIDER_URL", keycloak.realmUrl());
        builder.environment().putIfAbsent("JAVA_OPTS", "-Xms128m -Xmx1g -Djava.net.preferIPv4Stack=true");
        wildfly[0] = builder.start();
        awaitApp(wildfly[0], base);

        printBanner(keycloak);
        wildfly[0].waitFor();
        if (!stopping.get()) {
            System.out.println("WildFly has stopped; see " + base.resolve("log/server.log"));
            System.exit(1);
        }
    }

    /** A fresh copy of the provisioned server's configuration, with the app deployed. */
    private static Path prepareServerBase(Path jbossHome, Path base, Path war) throws IOException {
        Directories.deleteTree(base);
        Path source = jbossHome.resolve("standalone");
        try (var paths = Files.walk(source)) {
            for (Path p : paths.toList()) {
                Path relative = source.relativize(p);
                if (relative.getNameCount() > 0
                        && RUNTIME_DIRS.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path target = base.resolve(relative.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path deployments = Files.createDirectories(base.resolve("deployments"));
        Files.copy(war, deployments.resolve("attune.war"), StandardCopyOption.REPLACE_EXISTING);
        return base;
    }

    private static void awaitApp(Process wildfly, Path base) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        Path deployed = base.resolve("deployments/attune.war.deployed");
        Path failed = base.resolve("deployments/attune.war.failed");
        while (Instant.now().isBefore(deadline)) {
            if (!wildfly.isAlive()) {
                throw new IllegalStateException(
                        "WildFly stopped during start-up; see " + base.resolve("log/server.log"));
            }
            if (Files.exists(failed)) {
                throw new IllegalStateException("Attune failed to deploy: " + Files.readString(failed));
            }
            if (Files.exists(deployed)) {
                try {
                    HttpResponse<Void> response = http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + APP_PORT + "/"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Attune did not start within 3 minutes; see " + base.resolve("log/server.log"));
    }

    private static void printBanner(KeycloakServer keycloak) {
        String otp = Totp.base32(DemoUsers.THERAPIST_OTP_SECRET);
        List<String> lines = List.of(
                "",
                "  Attune is running.",
                "",
                "  Open             http://localhost:" + APP_PORT + "/",
                "  Keycloak admin   " + keycloak.baseUrl() + "/admin/  (user " + KeycloakServer.ADMIN_USER
                        + ", password " + KeycloakServer.ADMIN_PASSWORD + "; development only)",
                "",
                "  Demo logins (password for all: " + DemoUsers.PASSWORD + ")",
                "    therapist   Maya Ortiz, therapist; asks for a one-time code: add the key",
                "                " + otp + " to an authenticator app (TOTP, SHA-1, 6 digits, 30 s)",
                "    alex, sam   a couple",
                "    morgan, jamie, riley   a family of three",
                "    practice-admin   the practice's administrator",
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

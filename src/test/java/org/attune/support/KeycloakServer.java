package org.attune.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real Keycloak, started from the distribution the build unpacked, with the
 * attune realm (and the development client secret, see
 * {@link RealmFiles#developmentRealm}) and the dev/test users imported at start-up. Used by the dev
 * stack and by the integration tests; never by production.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "attune";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private final Path home;
    private final int port;
    private final Path databaseDir;
    private final Path log;
    private final Path pidFile;
    private Process process;

    /**
     * @param workDir where Keycloak's database and log go
     * @param pidFile where the process id is kept, so that an instance left
     *     behind by a run that was killed is stopped by the next one; it must
     *     outlive {@code workDir}
     */
    public KeycloakServer(Path home, int port, Path workDir, Path pidFile) {
        this.home = home;
        this.port = port;
        this.databaseDir = workDir.resolve("keycloak-db");
        this.log = workDir.resolve("keycloak.log");
        this.pidFile = pidFile;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public Path log() {
        return log;
    }

    /** Starts Keycloak in the background; {@link #awaitReady} waits for it. */
    public synchronized KeycloakServer start() throws IOException {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home + "; run the Maven build first.");
        }
        Files.createDirectories(databaseDir);
        stopStaleInstance();
        if (portInUse()) {
            throw new IllegalStateException("Port " + port + " is already in use; is another Keycloak running?");
        }
        installImportFiles();
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--import-realm",
                "--http-port=" + port,
                "--db-url=jdbc:h2:file:" + databaseDir.resolve("keycloakdb").toAbsolutePath() + ";NON_KEYWORDS=VALUE"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        process = builder.start();
        Files.writeString(pidFile, Long.toString(process.pid()));
        return this;
    }

    /** Waits until the realm answers, then loads the demo users and the test client into it. */
    public void awaitReady(Duration timeout) {
        awaitRealm(timeout);
        loadDevAdditions();
    }

    /** A token of the master realm's administrator, for the admin API; it lives a minute. */
    public String adminToken() {
        return TokenClient.passwordToken(baseUrl() + "/realms/master", "admin-cli", ADMIN_USER, ADMIN_PASSWORD);
    }

    /**
     * Posts the dev/test additions (demo users with fixed ids, the password-grant
     * test client) as a partial import; existing ones are overwritten, so a
     * restarted dev stack always has the documented demo logins.
     */
    private void loadDevAdditions() {
        HttpClient http = HttpClient.newHttpClient();
        try {
            String adminToken = adminToken();
            HttpResponse<String> imported = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/" + REALM + "/partialImport"))
                            .header("Authorization", "Bearer " + adminToken)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofFile(RealmFiles.devAdditions()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (imported.statusCode() != 200) {
                throw new IllegalStateException(
                        "Loading the demo users failed: " + imported.statusCode() + " " + imported.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Loading the demo users failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitRealm(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI wellKnown = URI.create(realmUrl() + "/.well-known/openid-configuration");
        try {
            Awaitility.await("Keycloak's realm")
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (process != null && !process.isAlive()) {
                            throw new IllegalStateException("Keycloak stopped during start-up:\n" + tail());
                        }
                        return answers(http, wellKnown);
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("Keycloak did not answer within " + timeout + ":\n" + tail(), e);
        }
    }

    private static boolean answers(HttpClient http, URI uri) throws InterruptedException {
        try {
            HttpRequest request =
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            ProcessTrees.stop(process.toHandle(), Duration.ofSeconds(20));
            process = null;
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // nothing left to clean
        }
    }

    private void installImportFiles() throws IOException {
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        try (var existing = Files.list(importDir)) {
            for (Path p : existing.toList()) {
                if (p.getFileName().toString().startsWith(REALM + "-")) {
                    Files.delete(p);
                }
            }
        }
        Files.writeString(importDir.resolve(REALM + "-realm.json"), RealmFiles.developmentRealm());
    }

    private boolean portInUse() {
        try (java.net.Socket probe = new java.net.Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void stopStaleInstance() throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readString(pidFile).strip();
        Optional<ProcessHandle> stale = pid.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid));
        stale.filter(ProcessHandle::isAlive)
                .filter(h -> h.info().commandLine().orElse("").contains("keycloak"))
                .ifPresent(h -> ProcessTrees.stop(h, Duration.ofSeconds(20)));
        Files.deleteIfExists(pidFile);
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}

package org.attune.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.attune.support.WildFlyServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The provisioned server, started as an operator starts it, outside the
 * development and test commands: without secrets of its own, Attune refuses
 * to start and says which variable to set; with them, it starts.
 */
class ProductionSecretsIT {

    /**
     * What the test command gives its servers: the development profile and
     * secrets, and the test run's PostgreSQL (this test's servers each make an
     * embedded database of their own, whose password is the one they start with).
     */
    private static final String[] DEVELOPMENT_VARIABLES = {
        "ATTUNE_PROFILE",
        "ATTUNE_OIDC_CLIENT_SECRET",
        "ATTUNE_DB_PASSWORD",
        "ATTUNE_DATA_KEY",
        "ATTUNE_DB_DRIVER",
        "ATTUNE_DB_URL",
        "ATTUNE_DB_USER",
        "ATTUNE_DB_OWNER_USER",
        "ATTUNE_DB_OWNER_PASSWORD"
    };

    private final Path work = Path.of(System.getProperty("attune.it.work", "target/it"));
    private WildFlyServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void withoutItsOwnSecretsAttuneRefusesToStartAndNamesTheVariablesToSet() throws IOException {
        server = server(
                "refusing",
                Map.of("ATTUNE_DB_PASSWORD", "attune", "ATTUNE_DATA_KEY", DataKeySettings.DEVELOPMENT_DATA_KEY));

        assertThatThrownBy(() -> server.start().awaitDeployed(Duration.ofMinutes(3)))
                .hasMessageContaining("Attune failed to deploy");

        String log = Files.readString(server.log());
        assertThat(log)
                .contains("Attune will not start")
                .contains("Set ATTUNE_OIDC_CLIENT_SECRET")
                .contains("ATTUNE_DB_PASSWORD is still the development value")
                .contains("ATTUNE_DATA_KEY is still the development value")
                .doesNotContain(Settings.DEVELOPMENT_CLIENT_SECRET)
                .doesNotContain(DataKeySettings.DEVELOPMENT_DATA_KEY);
        assertThat(log).doesNotContain("Database schema at version");
    }

    @Test
    void withItsOwnSecretsAttuneStarts() throws IOException {
        server = server(
                "starting",
                Map.of(
                        "ATTUNE_OIDC_CLIENT_SECRET",
                        "a-secret-of-the-practice-" + System.nanoTime(),
                        "ATTUNE_DB_PASSWORD",
                        "a-password-of-the-practice",
                        "ATTUNE_DATA_KEY",
                        java.util.Base64.getEncoder().encodeToString(new byte[32])));

        server.start().awaitDeployed(Duration.ofMinutes(3));

        assertThat(Files.readString(server.log()))
                .contains("Database schema at version")
                .doesNotContain("Attune will not start");
    }

    private WildFlyServer server(String name, Map<String, String> secrets) {
        Map<String, String> env = new java.util.HashMap<>(secrets);
        env.put(
                "ATTUNE_DATA_DIR",
                work.resolve("secrets-" + name + "-data").toAbsolutePath().toString());
        return new WildFlyServer(
                        Path.of(System.getProperty("jboss.home")),
                        work.resolve("secrets-" + name + "-server"),
                        Path.of(System.getProperty("attune.war")),
                        300,
                        env)
                .withoutVariables(DEVELOPMENT_VARIABLES);
    }
}

package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.PostgresServer;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.attune.support.WildFlyServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * WildFly starts before PostgreSQL, as when a whole stack starts at once:
 * Attune waits for the database, says so in the log (where, never a login),
 * and deploys once it is up.
 */
class DatabaseStartupIT {

    private static final String DATABASE = "late";

    private PostgresServer postgres;
    private WildFlyServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void attuneWaitsForADatabaseThatIsNotUpYetAndDeploysOnceItIs() throws Exception {
        assumeTrue(TestStack.onPostgres(), "waiting for the database is PostgreSQL's");
        postgres =
                new PostgresServer(TestStack.work().resolve("late-postgres"), DatabaseFaultsIT.POSTGRES_PORT).start();
        postgres.createDatabase(DATABASE);
        postgres.stop();
        Map<String, String> environment = new LinkedHashMap<>(postgres.environment(DATABASE));
        environment.put("ATTUNE_DB_WAIT_SECONDS", "120");
        server = new WildFlyServer(
                Path.of(System.getProperty("jboss.home")),
                TestStack.work().resolve("late-server"),
                Path.of(System.getProperty("attune.war")),
                DatabaseFaultsIT.PORT_OFFSET,
                environment);
        TestStack.keycloak();
        server.start();

        String waiting = "Waiting for the database at localhost:" + DatabaseFaultsIT.POSTGRES_PORT + "/" + DATABASE
                + " (connection refused)";
        await("the waiting message")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> Files.exists(server.log())
                        && Files.readString(server.log()).contains(waiting));
        postgres.start();
        server.awaitDeployed(Duration.ofMinutes(2));

        String log = Files.readString(server.log());
        assertThat(log).doesNotContain(PostgresServer.APPLICATION_PASSWORD, PostgresServer.OWNER_PASSWORD);
        TestRoom room = TestRoom.inSession(server.baseUrl());
        try (LiveClient alex = room.enter(DemoUsers.ALEX)) {
            alex.send(TestRoom.say("hello", "Hello."));
            assertThat(alex.next(LiveClient.ack("hello")).getString("id")).isEqualTo("hello");
        }
    }
}

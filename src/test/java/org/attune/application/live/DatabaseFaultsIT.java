package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.TestRoom.say;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.attune.application.live.Traffic.Outcome;
import org.attune.support.ApiClient;
import org.attune.support.DemoUsers;
import org.attune.support.Json;
import org.attune.support.LiveClient;
import org.attune.support.PostgresServer;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.attune.support.WildFlyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * PostgreSQL goes away under traffic, over real sockets: it stops and comes
 * back, every connection of Attune's is cut, a lock holds a commit. Through all
 * of it every command is answered (an ack, or an {@code unavailable} error,
 * never silence), no ack comes before its commit, every acknowledged message
 * is in the log exactly once, and Attune recovers by itself.
 *
 * <p>A PostgreSQL and a WildFly of its own, with a short query timeout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseFaultsIT {

    static final int POSTGRES_PORT = 18433;
    static final int PORT_OFFSET = 400;
    private static final String DATABASE = "faults";
    private static final int QUERY_TIMEOUT_SECONDS = 2;
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final Duration RECOVERY = Duration.ofSeconds(30);

    private PostgresServer postgres;
    private WildFlyServer server;

    @BeforeAll
    void startPostgresAndWildFly() {
        assumeTrue(TestStack.onPostgres(), "the database faults are PostgreSQL's");
        postgres = new PostgresServer(TestStack.work().resolve("faults-postgres"), POSTGRES_PORT).start();
        postgres.createDatabase(DATABASE);
        Map<String, String> environment = new LinkedHashMap<>(postgres.environment(DATABASE));
        environment.put("ATTUNE_DB_QUERY_TIMEOUT_SECONDS", Integer.toString(QUERY_TIMEOUT_SECONDS));
        environment.put("ATTUNE_DB_POOL_WAIT_MILLIS", "2000");
        server = new WildFlyServer(
                Path.of(System.getProperty("jboss.home")),
                TestStack.work().resolve("faults-server"),
                Path.of(System.getProperty("attune.war")),
                PORT_OFFSET,
                environment);
        TestStack.keycloak();
        server.start().awaitDeployed(Duration.ofMinutes(3));
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theDatabaseStopsForTenSecondsAndComesBack() throws Exception {
        TestRoom couple = TestRoom.inSession(server.baseUrl());
        TestRoom another = TestRoom.inSession(server.baseUrl());
        String samId = DemoUsers.idOf(DemoUsers.SAM);
        try (LiveClient maya = couple.enter(DemoUsers.THERAPIST);
                Traffic alex = Traffic.start(couple.enter(DemoUsers.ALEX), "alex");
                Traffic sam = Traffic.start(another.enter(DemoUsers.SAM), "sam")) {
            LiveClient samInTheCouple = couple.enter(DemoUsers.SAM);
            await().atMost(Duration.ofSeconds(20)).until(() -> alex.acks() >= 3 && sam.acks() >= 3);

            postgres.stop();
            long down = System.nanoTime();
            Thread.sleep(1000);
            samInTheCouple.close();
            HttpResponse<String> rest =
                    new ApiClient(server.baseUrl()).get("/api/rooms", TestRoom.token(DemoUsers.ALEX));
            Thread.sleep(OUTAGE.toMillis() - 1000);
            long up = System.nanoTime();
            postgres.start();

            await("acks again within 30 s of the database's return")
                    .atMost(RECOVERY)
                    .until(() -> alex.ackedAfter(up) && sam.ackedAfter(up));
            assertThat(maya.next(LiveClientFrames.presence(samId, false), RECOVERY))
                    .as("Sam, who left during the outage, is shown offline to those still there")
                    .isNotNull();
            try (LiveClient look = couple.connect(DemoUsers.THERAPIST)) {
                assertThat(LiveClientFrames.online(look.next("welcome")))
                        .as("no ghosts: exactly who is connected is online")
                        .containsEntry(samId, false)
                        .containsEntry(DemoUsers.idOf(DemoUsers.ALEX), true);
            }
            alex.close();
            sam.close();

            assertThat(rest.statusCode()).as("REST during the outage").isEqualTo(503);
            assertThat(Json.parse(rest.body()).getString("code")).isEqualTo("unavailable");
            for (Traffic traffic : List.of(alex, sam)) {
                traffic.assertEveryMessageWasAnsweredAckedOrUnavailable();
                List<Outcome> duringTheOutage = traffic.outcomes().stream()
                        .filter(o -> o.sentNanos() > down && o.answeredNanos() < up)
                        .toList();
                assertThat(duringTheOutage)
                        .as("while the database is down every command is refused as unavailable, none acked")
                        .isNotEmpty()
                        .allSatisfy(o -> assertThat(o.code()).isEqualTo("unavailable"));
            }
            Traffic.assertTheLogKeepsEveryAcknowledgedMessage(couple, alex);
            Traffic.assertTheLogKeepsEveryAcknowledgedMessage(another, sam);
        }
    }

    @Test
    void everyConnectionOfAttunesIsCutUnderTraffic() throws Exception {
        TestRoom couple = TestRoom.inSession(server.baseUrl());
        TestRoom another = TestRoom.inSession(server.baseUrl());
        long lastCut;
        int cut = 0;
        try (Traffic alex = Traffic.start(couple.enter(DemoUsers.ALEX), "alex");
                Traffic sam = Traffic.start(another.enter(DemoUsers.SAM), "sam")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> alex.acks() >= 3 && sam.acks() >= 3);
            for (int i = 0; i < 4; i++) {
                long cutAt = System.nanoTime();
                cut += cutAttunesConnections();
                // The next cut comes under traffic: both have sent, and been answered, since this one.
                await().atMost(RECOVERY).until(() -> alex.answeredAfter(cutAt) && sam.answeredAfter(cutAt));
            }
            lastCut = System.nanoTime();
            await("acks again after the cuts")
                    .atMost(RECOVERY)
                    .until(() -> alex.ackedAfter(lastCut) && sam.ackedAfter(lastCut));
            alex.close();
            sam.close();

            assertThat(cut).as("connections were cut").isPositive();
            alex.assertEveryMessageWasAnsweredAckedOrUnavailable();
            sam.assertEveryMessageWasAnsweredAckedOrUnavailable();
            Traffic.assertTheLogKeepsEveryAcknowledgedMessage(couple, alex);
            Traffic.assertTheLogKeepsEveryAcknowledgedMessage(another, sam);
        }
    }

    @Test
    void aLockThatHoldsTheCommitIsAnsweredUnavailableWithinTheQueryTimeoutAndTheRoomCarriesOn() throws Exception {
        TestRoom couple = TestRoom.inSession(server.baseUrl());
        Duration bound = Duration.ofSeconds(2L * QUERY_TIMEOUT_SECONDS + 3);
        try (LiveClient alex = couple.enter(DemoUsers.ALEX)) {
            alex.send(say("before", "Before the lock."));
            long beforeSeq =
                    alex.next(LiveClient.ack("before")).getJsonNumber("seq").longValue();

            try (Connection dba = postgres.superuser(DATABASE)) {
                dba.setAutoCommit(false);
                try (Statement s = dba.createStatement()) {
                    s.execute("lock table room_event in access exclusive mode");
                }
                for (int i = 1; i <= 3; i++) {
                    String id = "held-" + i;
                    long sent = System.nanoTime();
                    alex.send(say(id, "While the log is locked, " + i + "."));
                    JsonObject answer = alex.next(f -> id.equals(f.getString("id", null)), Duration.ofSeconds(30));
                    Duration took = Duration.ofNanos(System.nanoTime() - sent);
                    assertThat(answer.getString("type"))
                            .as("no ack while the log is locked")
                            .isEqualTo("error");
                    assertThat(answer.getString("code")).isEqualTo("unavailable");
                    assertThat(took)
                            .as("answered within the query timeout and a margin")
                            .isLessThan(bound);
                }
                dba.rollback();
            }

            alex.send(say("after", "After the lock."));
            long afterSeq = alex.next(LiveClient.ack("after"), Duration.ofSeconds(20))
                    .getJsonNumber("seq")
                    .longValue();
            assertThat(afterSeq).isGreaterThan(beforeSeq);
        }
        List<JsonObject> messages = Traffic.readLog(couple).stream()
                .filter(e -> "message".equals(e.getString("kind")))
                .toList();
        assertThat(messages)
                .as("the room carried on from its log, and nothing of the refused messages is in it")
                .extracting(e -> e.getString("text"))
                .containsExactly("Before the lock.", "After the lock.");
    }

    @Test
    void attunesSessionsCarryItsDriverSettingsAndCommitSynchronously() throws Exception {
        try (Connection dba = postgres.superuser(DATABASE);
                Statement s = dba.createStatement();
                ResultSet r = s.executeQuery("select count(*) from pg_stat_activity where usename = '"
                        + PostgresServer.APPLICATION + "' and datname = '" + DATABASE
                        + "' and application_name = 'Attune'")) {
            r.next();
            assertThat(r.getInt(1))
                    .as("the server's connections carry the driver settings of the org.postgresql module")
                    .isPositive();
        }
        // The test cluster itself runs with synchronous_commit off, as embedded PostgreSQL does for speed.
        Properties driverSettings = new Properties();
        try (var in = Files.newInputStream(Path.of(System.getProperty("jboss.home"))
                .resolve("modules/org/postgresql/main/driverconfig/org/postgresql/driverconfig.properties"))) {
            driverSettings.load(in);
        }
        driverSettings.put("user", PostgresServer.APPLICATION);
        driverSettings.put("password", PostgresServer.APPLICATION_PASSWORD);
        try (Connection app = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), driverSettings);
                Statement s = app.createStatement();
                ResultSet r = s.executeQuery("show synchronous_commit")) {
            r.next();
            assertThat(r.getString(1))
                    .as("through the application's login, with Attune's driver settings")
                    .isEqualTo("on");
        }
    }

    /** Ends every session of Attune's login on the database, as a DBA would; how many it ended. */
    private int cutAttunesConnections() throws SQLException {
        try (Connection dba = postgres.superuser(DATABASE);
                Statement s = dba.createStatement();
                ResultSet r = s.executeQuery("select count(*) filter (where pg_terminate_backend(pid))"
                        + " from pg_stat_activity where usename = '" + PostgresServer.APPLICATION
                        + "' and datname = '" + DATABASE + "'")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Frames of the live protocol that these tests look for. */
    static final class LiveClientFrames {
        private LiveClientFrames() {}

        static java.util.function.Predicate<JsonObject> presence(String member, boolean online) {
            return f -> "presence".equals(f.getString("type"))
                    && member.equals(f.getString("member"))
                    && f.getBoolean("online") == online;
        }

        static Map<String, Boolean> online(JsonObject welcome) {
            Map<String, Boolean> online = new LinkedHashMap<>();
            welcome.getJsonArray("members")
                    .forEach(m -> online.put(
                            m.asJsonObject().getString("id"), m.asJsonObject().getBoolean("online")));
            return online;
        }
    }
}

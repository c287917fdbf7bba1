package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.TestRoom.command;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.PostgresServer;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.attune.support.WildFlyServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kills a server with {@code kill -9} while four rooms are talking, and starts
 * it again on the same PostgreSQL database. In one room a timed turn runs, in
 * another a time-out, in a third a member is muted.
 *
 * <p>So that the kill certainly finds changes on their way to the database,
 * the test holds back the database's commits for a moment before it: a
 * deferred trigger, added to this test's own database, makes every commit
 * wait for a lock the test holds. The room engine has then decided and written
 * a batch of messages, but not committed it, when the server dies: an engine
 * that acknowledged before its commit would have acknowledged them. Of the
 * batches left waiting, the first is ended by the test as the server's death
 * would end it (never committed); the others are let through and commit,
 * although their acks never left the server. The clients reconnect, resume
 * after the last {@code seq} they saw, and send again every message that was
 * never acknowledged, with the same ids.
 *
 * <p>Then every room's whole log, read by the therapist from {@code seq} 0,
 * has no gap and no repeat; every message each member sent is in it exactly
 * once, in the order sent; each ack's {@code seq} holds its message; each
 * member has seen exactly the events they may see, once each; and the timed
 * turn, the time-out and the mute end by themselves on the restarted server,
 * not before their stored times.
 */
class CrashUnderTrafficIT {

    private static final int PORT_OFFSET = 500;
    private static final String DATABASE = "crash_traffic";
    /** The advisory lock that the deferred trigger makes every commit wait for while the test holds it. */
    private static final int COMMIT_GATE = 4711;

    /** Long enough that the resends after a slow restart still fall within the turn. */
    private static final Duration TURN = Duration.ofSeconds(90);

    private static final int PAUSE_MINUTES = 1;
    private static final int MUTE_MINUTES = 1;

    private final List<TalkingMember> members = new ArrayList<>();
    private final long started = System.nanoTime();
    private WildFlyServer server;
    private ScheduledExecutorService scheduler;

    @AfterEach
    void stopEverything() {
        members.forEach(TalkingMember::close);
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void acknowledgedMessagesSurviveAKillUnderTrafficAndTheRoomsCarryOn() throws Exception {
        assumeTrue(TestStack.onPostgres(), "the crash under traffic runs on PostgreSQL");
        PostgresServer postgres = TestStack.postgres();
        Map<String, String> environment = new HashMap<>(TestStack.ownDatabase(DATABASE));
        // Seven members talk every 150 ms: far more than the 100 frames a minute a person may send.
        environment.put(
                "JAVA_OPTS",
                "-Xms128m -Xmx768m -Djava.net.preferIPv4Stack=true -Dattune.live.commands-per-minute=5000");
        server = new WildFlyServer(
                Path.of(System.getProperty("jboss.home")),
                TestStack.work().resolve("crash-traffic-server"),
                Path.of(System.getProperty("attune.war")),
                PORT_OFFSET,
                environment);
        TestStack.keycloak();
        server.start().awaitDeployed(Duration.ofMinutes(3));
        installCommitGate(postgres);
        progress("Attune started");
        String ws = server.baseUrl().replaceFirst("^http", "ws");

        // Four rooms for Alex and Sam, each with a session running.
        List<String> rooms = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rooms.add(TestRoom.inSession(server.baseUrl()).id());
        }
        String alexId = DemoUsers.idOf(DemoUsers.ALEX);
        String samId = DemoUsers.idOf(DemoUsers.SAM);

        // A: open conversation, Alex and Sam talk.
        TalkingMember alexA = member(ws, rooms.get(0), "A", DemoUsers.ALEX);
        TalkingMember samA = member(ws, rooms.get(0), "A", DemoUsers.SAM);
        // B: the floor protocol with a timed turn; Alex holds the floor and talks with Maya, Sam waits.
        TalkingMember mayaB = member(ws, rooms.get(1), "B", DemoUsers.THERAPIST);
        TalkingMember alexB = member(ws, rooms.get(1), "B", DemoUsers.ALEX);
        TalkingMember samB = member(ws, rooms.get(1), "B", DemoUsers.SAM);
        mayaB.act(command("set_protocol", "b-floor").add("protocol", "floor").build());
        mayaB.act(command("set_turn_limit", "b-limit")
                .add("seconds", TURN.toSeconds())
                .build());
        samB.act(command("raise_hand", "b-hand").build());
        long granted =
                mayaB.act(command("grant_floor", "b-grant").add("to", alexId).build());
        // C: Sam calls a time-out; only the therapist may speak while it lasts.
        TalkingMember mayaC = member(ws, rooms.get(2), "C", DemoUsers.THERAPIST);
        TalkingMember samC = member(ws, rooms.get(2), "C", DemoUsers.SAM);
        long paused = samC.act(command("request_pause", "c-pause")
                .add("reason", "break")
                .add("minutes", PAUSE_MINUTES)
                .build());
        // D: Sam is muted; Alex and Maya talk.
        TalkingMember mayaD = member(ws, rooms.get(3), "D", DemoUsers.THERAPIST);
        TalkingMember alexD = member(ws, rooms.get(3), "D", DemoUsers.ALEX);
        long muted = mayaD.act(command("mute", "d-mute")
                .add("member", samId)
                .add("minutes", MUTE_MINUTES)
                .build());

        progress("the four rooms are set");
        Instant turnDeadline = Instant.parse(eventAt(mayaB, granted).getString("until"));
        Instant pauseEnds = Instant.parse(eventAt(mayaC, paused).getString("until"));
        Instant muteEnds = Instant.parse(eventAt(mayaD, muted).getString("until"));

        List<TalkingMember> talkers = List.of(alexA, samA, mayaB, alexB, mayaC, mayaD, alexD);
        scheduler = Executors.newScheduledThreadPool(talkers.size(), r -> {
            Thread t = new Thread(r, "talker");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < talkers.size(); i++) {
            talkers.get(i).startTalking(scheduler, Duration.ofMillis(120 + 10 * i));
        }
        Awaitility.await("every member talking steadily")
                .atMost(Duration.ofSeconds(30))
                .until(() -> talkers.stream().allMatch(t -> t.acks().size() >= 20));

        Instant killedAt;
        int commitsWaiting;
        try (Connection gate = postgres.superuser(DATABASE)) {
            holdCommits(gate);
            awaitWaitingCommits(gate);
            Thread.sleep(500);
            List<Integer> waiting = waitingCommits(gate);
            commitsWaiting = waiting.size();
            server.kill();
            killedAt = Instant.now();
            progress("killed");
            members.forEach(TalkingMember::lost);
            // The first batch left waiting dies with the server; the others commit, their acks lost.
            endBackend(gate, waiting.get(0));
            releaseCommits(gate);
        }
        Map<TalkingMember, Integer> unacknowledgedAtKill = new LinkedHashMap<>();
        for (TalkingMember m : talkers) {
            unacknowledgedAtKill.put(
                    m,
                    m.sent().size()
                            - (int) m.sent().keySet().stream()
                                    .filter(m.acks()::containsKey)
                                    .count());
        }
        assertThat(unacknowledgedAtKill.values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .as("messages were in flight when the server died: %s", unacknowledgedAtKill)
                .isPositive();

        server.start().awaitDeployed(Duration.ofMinutes(3));
        Instant restartedAt = Instant.now();
        progress("started again");
        members.forEach(TalkingMember::connect);
        int storedBeforeTheCrash = 0;
        for (TalkingMember m : talkers) {
            List<String> resent = m.resendUnacknowledged();
            for (String id : resent) {
                if (m.acks().get(id) <= m.resumedAt()) {
                    storedBeforeTheCrash++;
                }
            }
            // A message acknowledged before the crash, sent again: the same ack, nothing stored twice.
            String first = m.sent().keySet().iterator().next();
            long original = m.acks().get(first);
            assertThat(m.repeat(first))
                    .as("%s: a repeat of %s is answered with the original ack", m, first)
                    .isEqualTo(original);
        }
        System.out.printf(
                "Crash under traffic: %d commits waited at the kill; %d messages unacknowledged (%s), of which %d"
                        + " had been stored; restarted %s after the kill%n",
                commitsWaiting,
                unacknowledgedAtKill.values().stream()
                        .mapToInt(Integer::intValue)
                        .sum(),
                unacknowledgedAtKill,
                storedBeforeTheCrash,
                Duration.between(killedAt, restartedAt));

        progress("every message sent is acknowledged");
        // The timers set before the crash end by themselves, on the restarted server, at their stored times.
        RoomLogChecks.assertEndsByItself(mayaB, "turn_ended", turnDeadline, killedAt);
        RoomLogChecks.assertEndsByItself(mayaC, "check_in", pauseEnds, killedAt);
        RoomLogChecks.assertEndsByItself(mayaD, "member_unmuted", muteEnds, killedAt);
        assertThat(mayaD.awaitEvent("member_unmuted", Duration.ofSeconds(1)).getString("target"))
                .isEqualTo(samId);

        progress("the turn, the time-out and the mute ended");
        for (String room : rooms) {
            List<JsonObject> log = TestRoom.wholeLog(ws, room);
            RoomLogChecks.assertNoGapNoRepeat(room, log);
            List<TalkingMember> inRoom =
                    members.stream().filter(m -> m.roomId().equals(room)).toList();
            inRoom.forEach(m -> RoomLogChecks.assertEveryAckHoldsItsMessage(m, log));
            inRoom.forEach(m -> RoomLogChecks.assertEverySentMessageOnce(m, log));
            inRoom.forEach(m -> RoomLogChecks.assertSawWhatTheyMaySee(m, log));
        }
        progress("every log checked; events that came twice (live while the socket opened, then in the replay)"
                + " and were followed once: "
                + members.stream().mapToInt(TalkingMember::receivedAgain).sum());
    }

    private void progress(String what) {
        System.out.printf("Crash under traffic, %5.1f s: %s%n", (System.nanoTime() - started) / 1e9, what);
    }

    private TalkingMember member(String ws, String roomId, String label, String username) {
        TalkingMember m = new TalkingMember(ws, roomId, label, username).connect();
        members.add(m);
        return m;
    }

    private static JsonObject eventAt(TalkingMember m, long seq) {
        return Awaitility.await()
                .atMost(LiveClient.WAIT)
                .until(
                        () -> m.events().stream()
                                .filter(e -> e.getJsonNumber("seq").longValue() == seq)
                                .findFirst()
                                .orElse(null),
                        e -> e != null);
    }

    /**
     * A deferred trigger on the event log: at its commit, a transaction that
     * added events takes the commit gate, shared. While the test holds the gate,
     * every such commit waits, with its events written.
     */
    private static void installCommitGate(PostgresServer postgres) throws SQLException {
        try (Connection c = postgres.superuser(DATABASE);
                Statement s = c.createStatement()) {
            s.execute("create function test_commit_gate() returns trigger language plpgsql as $$"
                    + " begin perform pg_advisory_xact_lock_shared(" + COMMIT_GATE + "); return null; end $$");
            s.execute("create constraint trigger test_commit_gate after insert on room_event"
                    + " deferrable initially deferred for each row execute function test_commit_gate()");
        }
    }

    private static void holdCommits(Connection gate) throws SQLException {
        try (Statement s = gate.createStatement()) {
            s.execute("select pg_advisory_lock(" + COMMIT_GATE + ")");
        }
    }

    private static void releaseCommits(Connection gate) throws SQLException {
        try (Statement s = gate.createStatement()) {
            s.execute("select pg_advisory_unlock(" + COMMIT_GATE + ")");
        }
    }

    /** The server's sessions whose commit waits at the gate, oldest first. */
    private static List<Integer> awaitWaitingCommits(Connection gate) {
        return Awaitility.await("a commit waits at the gate")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> waitingCommits(gate), pids -> !pids.isEmpty());
    }

    private static List<Integer> waitingCommits(Connection gate) throws SQLException {
        List<Integer> pids = new ArrayList<>();
        try (Statement s = gate.createStatement();
                ResultSet r = s.executeQuery("select pid from pg_stat_activity where datname = '" + DATABASE
                        + "' and usename = '" + PostgresServer.APPLICATION
                        + "' and wait_event = 'advisory' order by xact_start")) {
            while (r.next()) {
                pids.add(r.getInt(1));
            }
        }
        return pids;
    }

    /** Ends a session as the server's death would: its transaction is rolled back. */
    private static void endBackend(Connection gate, int pid) throws SQLException {
        try (Statement s = gate.createStatement();
                ResultSet r = s.executeQuery("select pg_terminate_backend(" + pid + ", 10000)")) {
            assertThat(r.next() && r.getBoolean(1))
                    .as("the waiting commit is ended")
                    .isTrue();
        }
    }
}

package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.ack;
import static org.attune.support.LiveClient.event;
import static org.attune.support.TestRoom.say;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.attune.support.WildFlyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Attune servers on one PostgreSQL, over real sockets: the database
 * decides which one writes a room. A room's people who reach the other server
 * take the room there; the server that had it cannot store anything more to
 * it, even after it was paused while the room moved: it tells whoever asked to
 * send again, closes its sockets, and they resume on the server that has the
 * room now, every message stored once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final String DATABASE = "two_nodes";
    private static final Duration START = Duration.ofMinutes(3);
    /** Long enough that the turn is still running when its server is killed. */
    private static final Duration TURN = Duration.ofSeconds(40);

    private static final String DISCLOSURE = "He grabbed me by the arm again last night, in front of the kids.";
    private static final List<String> ON_CALL = List.of("first@oncall.practice.test", "second@oncall.practice.test");
    private static final int ESCALATE_SECONDS = 30;

    /** The members who talk in the current test, and the threads that make them talk. */
    private final List<TalkingMember> members = new java.util.ArrayList<>();

    private final java.util.concurrent.ScheduledExecutorService talk =
            java.util.concurrent.Executors.newScheduledThreadPool(2);

    private WildFlyServer nodeA;
    private WildFlyServer nodeB;
    /** The practice's mail relay, on loopback, through which both servers tell the on-call contacts. */
    private GreenMail smtp;

    @BeforeAll
    void startTwoServersOnOneDatabase() throws IOException {
        assumeTrue(TestStack.onPostgres(), "several servers share a PostgreSQL database");
        int smtpPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> environment = new java.util.HashMap<>(TestStack.ownDatabase(DATABASE));
        environment.put("ATTUNE_SMTP_HOST", "127.0.0.1");
        environment.put("ATTUNE_SMTP_PORT", String.valueOf(smtpPort));
        environment.put("ATTUNE_SMTP_FROM", "attune@practice.test");
        environment.put("ATTUNE_ONCALL_CONTACTS", String.join(", ", ON_CALL));
        environment.put("ATTUNE_ALERT_ESCALATE_SECONDS", String.valueOf(ESCALATE_SECONDS));
        TestStack.keycloak();
        nodeA = server("node-a", 700, environment).start();
        nodeA.awaitDeployed(START);
        // The second starts once the first has brought the schema up to date.
        nodeB = server("node-b", 800, environment).start();
        nodeB.awaitDeployed(START);
    }

    @AfterEach
    void everyoneLeaves() {
        members.forEach(TalkingMember::stopTalking);
        members.forEach(TalkingMember::close);
        members.clear();
    }

    @AfterAll
    void stop() {
        talk.shutdownNow();
        for (WildFlyServer node : new WildFlyServer[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void aRoomMovesToTheServerItsPeopleReachAndTheOneThatHadItCannotStoreToItAnyMore() {
        TestRoom room = TestRoom.inSession(nodeA.baseUrl());
        try (LiveClient alexOnA = enter(nodeA, room, DemoUsers.ALEX)) {
            alexOnA.send(say("a1", "I wanted us to talk about Sunday."));
            alexOnA.next(ack("a1"));

            try (LiveClient samOnB = enter(nodeB, room, DemoUsers.SAM)) {
                alexOnA.send(say("a2", "I felt left behind."));
                JsonObject refused = alexOnA.next("error");
                assertThat(refused.getString("id")).isEqualTo("a2");
                assertThat(refused.getString("code"))
                        .as("nothing was stored: the page keeps the words and sends them again")
                        .isEqualTo("unavailable");
                assertThat(alexOnA.awaitClose()).as("going away: reconnect").isEqualTo(1001);

                try (LiveClient alexOnB = enter(nodeB, room, DemoUsers.ALEX)) {
                    alexOnB.send(say("a2", "I felt left behind."));
                    alexOnB.next(ack("a2"));
                    assertThat(samOnB.next(event("message")).getString("text")).isEqualTo("I felt left behind.");
                }
            }
        }
        assertThat(messages(nodeB, room)).containsExactly("I wanted us to talk about Sunday.", "I felt left behind.");
    }

    @Test
    @Order(2)
    void aServerPausedWhileItsRoomMovedCannotStoreWhatItWasSentWhenItWakes() throws Exception {
        TestRoom room = TestRoom.inSession(nodeA.baseUrl());
        try (LiveClient alexOnA = enter(nodeA, room, DemoUsers.ALEX)) {
            alexOnA.send(say("a1", "Before the pause."));
            alexOnA.next(ack("a1"));
            ProcessHandle jvmA = nodeA.jvm().orElseThrow();
            signal("STOP", jvmA);
            try {
                alexOnA.send(say("a2", "Sent while the server was paused."));
                try (LiveClient samOnB = enter(nodeB, room, DemoUsers.SAM)) {
                    samOnB.send(say("s1", "I am here now."));
                    samOnB.next(ack("s1"));
                }
            } finally {
                signal("CONT", jvmA);
            }
            JsonObject refused = alexOnA.next(f -> "error".equals(f.getString("type")), Duration.ofSeconds(30));
            assertThat(refused.getString("id")).isEqualTo("a2");
            assertThat(refused.getString("code")).isEqualTo("unavailable");
            assertThat(alexOnA.awaitClose()).isEqualTo(1001);
        }
        try (LiveClient alexOnB = enter(nodeB, room, DemoUsers.ALEX)) {
            alexOnB.send(say("a2", "Sent while the server was paused."));
            alexOnB.next(ack("a2"));
        }
        assertThat(messages(nodeB, room))
                .as("what the paused server was sent is stored once, by the server that has the room")
                .containsExactly("Before the pause.", "I am here now.", "Sent while the server was paused.");
    }

    /**
     * Each server is stopped and started again in turn while a room talks:
     * its people reach the other server each time (as a load balancer would
     * send them) and nothing said is lost or stored twice.
     */
    @Test
    @Order(3)
    void aRollingRestartOfBothServersUnderTrafficLosesNothing() {
        TestRoom room = TestRoom.inSession(nodeA.baseUrl());
        seatOnNodeA(room, "R");
        TalkingMember maya = members.get(0);
        TalkingMember alex = members.get(1);
        List<TalkingMember> talkers = List.of(alex, maya);
        talkers.forEach(m -> m.startTalking(talk, Duration.ofMillis(200)));
        awaitAcks(talkers, 10);

        for (WildFlyServer[] restart :
                List.of(new WildFlyServer[] {nodeA, nodeB}, new WildFlyServer[] {nodeB, nodeA})) {
            WildFlyServer stopping = restart[0];
            WildFlyServer other = restart[1];
            stopping.close();
            members.forEach(TalkingMember::lost);
            members.forEach(m -> m.moveTo(ws(other)).connect());
            talkers.forEach(TalkingMember::resendUnacknowledged);
            int before = alex.acks().size();
            talkers.forEach(m -> m.startTalking(talk, Duration.ofMillis(200)));
            stopping.start().awaitDeployed(START);
            awaitAcks(List.of(alex), before + 10);
        }
        talkers.forEach(TalkingMember::stopTalking);
        talkers.forEach(TalkingMember::resendUnacknowledged);

        assertTheLogKeepsEverythingOnce(room, TestRoom.wholeLog(ws(nodeA), room.id()));
    }

    /**
     * The server of a busy room dies ({@code kill -9}) during a timed turn: its
     * people reach the other server (as a load balancer would send them),
     * which takes the room, rebuilds it from the log and goes on. A room of
     * the killed server with an unanswered safety alert, to which nobody comes
     * back, is taken up by the other server once the killed one is gone, and
     * its alert goes on to the next on-call contact. Last: the killed server
     * stays down.
     */
    @Test
    @Order(4)
    void theServerOfABusyRoomIsKilledAndTheRoomGoesOnOnTheOtherWithEveryMessageOnceAndItsTurnEndedOnce()
            throws jakarta.mail.MessagingException {
        TestRoom room = TestRoom.inSession(nodeA.baseUrl());
        seatOnNodeA(room, "K");
        TalkingMember maya = members.get(0);
        TalkingMember alex = members.get(1);
        TalkingMember sam = members.get(2);
        maya.act(TestRoom.command("set_protocol", "k-floor")
                .add("protocol", "floor")
                .build());
        maya.act(TestRoom.command("set_turn_limit", "k-limit")
                .add("seconds", TURN.toSeconds())
                .build());
        sam.act(TestRoom.command("raise_hand", "k-hand").build());
        long granted = maya.act(TestRoom.command("grant_floor", "k-grant")
                .add("to", DemoUsers.idOf(DemoUsers.ALEX))
                .build());
        java.time.Instant turnEnds = java.time.Instant.parse(maya.events().stream()
                .filter(e -> e.getJsonNumber("seq").longValue() == granted)
                .findFirst()
                .orElseThrow()
                .getString("until"));
        // Another room on the same server: Sam writes of harm, nobody of the practice watches; the first
        // on-call contact is told at once, and nobody comes back to the room after its server dies.
        TestRoom guided = TestRoom.guidedCouple(nodeA.baseUrl());
        try (LiveClient samGuided = enter(nodeA, guided, DemoUsers.SAM)) {
            samGuided.send(say("g-1", DISCLOSURE));
            assertThat(samGuided
                            .next(event("resources_offered", DemoUsers.idOf(DemoUsers.SAM)))
                            .getString("followUp"))
                    .isEqualTo("on_call");
        }
        assertThat(smtp.waitForIncomingEmail(Duration.ofMinutes(1).toMillis(), 1))
                .as("the first on-call contact is told")
                .isTrue();
        alex.startTalking(talk, Duration.ofMillis(150));
        maya.startTalking(talk, Duration.ofMillis(170));
        awaitAcks(List.of(alex, maya), 10);

        nodeA.kill();
        java.time.Instant killedAt = java.time.Instant.now();
        long killed = System.nanoTime();
        members.forEach(TalkingMember::lost);
        members.forEach(m -> m.moveTo(ws(nodeB)).connect());
        Duration liveAgain = Duration.ofNanos(System.nanoTime() - killed);
        alex.resendUnacknowledged();
        maya.resendUnacknowledged();
        System.out.printf(
                "Two servers: the room was live again on the other %d ms after the kill%n", liveAgain.toMillis());
        assertThat(liveAgain).as("every member resumed on the other server").isLessThan(Duration.ofSeconds(10));

        RoomLogChecks.assertEndsByItself(maya, "turn_ended", turnEnds, killedAt);
        List<JsonObject> log = TestRoom.wholeLog(ws(nodeB), room.id());
        assertThat(log.stream().filter(e -> "turn_ended".equals(e.getString("kind"))))
                .as("the turn ended once in the cluster")
                .hasSize(1);
        assertTheLogKeepsEverythingOnce(room, log);
        assertThat(smtp.waitForIncomingEmail(Duration.ofSeconds(90).toMillis(), 2))
                .as("unanswered, the alert goes on to the second contact: the other server took up its room")
                .isTrue();
        assertThat(smtp.getReceivedMessages()[1].getAllRecipients()[0].toString())
                .isEqualTo(ON_CALL.get(1));
    }

    /** Maya Ortiz, Alex and Sam, in this order, connected to the room on node A. */
    private void seatOnNodeA(TestRoom room, String label) {
        for (String username : List.of(DemoUsers.THERAPIST, DemoUsers.ALEX, DemoUsers.SAM)) {
            members.add(new TalkingMember(ws(nodeA), room.id(), label, username).connect());
        }
    }

    /** No gap or repeat in the log; every member's messages in it once; each followed what they may see. */
    private void assertTheLogKeepsEverythingOnce(TestRoom room, List<JsonObject> log) {
        RoomLogChecks.assertNoGapNoRepeat(room.id(), log);
        for (TalkingMember m : members) {
            RoomLogChecks.assertEveryAckHoldsItsMessage(m, log);
            RoomLogChecks.assertEverySentMessageOnce(m, log);
            RoomLogChecks.assertSawWhatTheyMaySee(m, log);
        }
    }

    private static void awaitAcks(List<TalkingMember> talkers, int acks) {
        org.awaitility.Awaitility.await("everyone talking steadily")
                .atMost(Duration.ofSeconds(60))
                .until(() -> talkers.stream().allMatch(m -> m.acks().size() >= acks));
    }

    private static WildFlyServer server(String name, int portOffset, Map<String, String> database) {
        Map<String, String> environment = new java.util.HashMap<>(database);
        environment.put("JAVA_OPTS", "-Xms128m -Xmx512m -Djava.net.preferIPv4Stack=true -Djboss.node.name=" + name);
        return new WildFlyServer(
                Path.of(System.getProperty("jboss.home")),
                TestStack.work().resolve("two-nodes-" + name),
                Path.of(System.getProperty("attune.war")),
                portOffset,
                environment);
    }

    private static LiveClient enter(WildFlyServer node, TestRoom room, String username) {
        LiveClient client = LiveClient.connect(ws(node), room.id(), TestRoom.token(username), null);
        client.next("welcome");
        return client;
    }

    private static String ws(WildFlyServer node) {
        return node.baseUrl().replaceFirst("^http", "ws");
    }

    /** The words of the room's messages, in the log's order. */
    private static List<String> messages(WildFlyServer node, TestRoom room) {
        return TestRoom.wholeLog(ws(node), room.id()).stream()
                .filter(e -> "message".equals(e.getString("kind")))
                .map(e -> e.getString("text"))
                .toList();
    }

    private static void signal(String signal, ProcessHandle process) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                .inheritIO()
                .start();
        assertThat(kill.waitFor()).as("kill -" + signal).isZero();
    }
}

package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attune.support.AlsoOnH2;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.attune.support.WildFlyServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kills a server in the middle of a session, as a power cut would, and starts
 * it again: every acknowledged message is there, {@code resume} continues
 * without gaps or repeats, command ids are still remembered, and a mute set
 * before the crash still ends by itself.
 */
@AlsoOnH2
class CrashRecoveryIT {

    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);

    private WildFlyServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void acknowledgedMessagesSurviveACrashAndTheRoomCarriesOn() {
        Path work = Path.of(System.getProperty("attune.it.work", "target/it"));
        server = new WildFlyServer(
                Path.of(System.getProperty("jboss.home")),
                work.resolve("crash-server"),
                Path.of(System.getProperty("attune.war")),
                200,
                TestStack.ownDatabase("crash"));
        TestStack.keycloak();
        server.start().awaitDeployed(Duration.ofMinutes(3));
        String ws = server.baseUrl().replaceFirst("^http", "ws");
        TestRoom room = TestRoom.inSession(server.baseUrl());

        List<JsonObject> acks = new ArrayList<>();
        long before;
        String deadline;
        try (LiveClient maya = room.connect(DemoUsers.THERAPIST);
                LiveClient alex = room.connect(DemoUsers.ALEX)) {
            maya.next("welcome");
            before = alex.next("welcome").getJsonNumber("lastSeq").longValue();
            maya.send(command("mute", "mute-1")
                    .add("member", SAM_ID)
                    .add("minutes", 1)
                    .build());
            maya.next("ack");
            for (int i = 0; i < 20; i++) {
                alex.send(say("msg-" + i, "Message " + i));
            }
            for (int i = 0; i < 20; i++) {
                acks.add(alex.next("ack"));
            }
            maya.send(command("set_protocol", "floor").add("protocol", "floor").build());
            maya.send(command("set_turn_limit", "limit").add("seconds", 45).build());
            maya.send(command("grant_floor", "grant")
                    .add("to", DemoUsers.idOf(DemoUsers.ALEX))
                    .build());
            deadline = maya.next(
                            f -> "event".equals(f.getString("type")) && "floor_granted".equals(f.getString("kind")))
                    .getString("until");
            server.kill();
        }

        server.start().awaitDeployed(Duration.ofMinutes(3));

        try (LiveClient sam = room.connect(DemoUsers.SAM)) {
            JsonObject welcome = sam.next("welcome");
            assertThat(welcome.getJsonObject("session").getBoolean("running")).isTrue();
            assertThat(welcome.getJsonObject("you").getString("mutedUntil")).isNotBlank();
            assertThat(welcome.getJsonObject("turn").getString("deadline"))
                    .as("the timed turn keeps its deadline across the crash")
                    .isEqualTo(deadline);
            // A therapist sees every event (a burst of messages also raises signals only therapists see).
            LiveClient maya = room.connect(DemoUsers.THERAPIST);
            maya.next("welcome");
            maya.send(command("resume", "r-1").add("afterSeq", before).build());
            List<Long> seqs = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            JsonObject frame;
            while (!"ack"
                    .equals((frame = maya.next(f -> !List.of("presence", "turn").contains(f.getString("type"))))
                            .getString("type"))) {
                seqs.add(frame.getJsonNumber("seq").longValue());
                if ("message".equals(frame.getString("kind"))) {
                    texts.add(frame.getString("text"));
                }
            }
            assertThat(seqs)
                    .as("no gaps, no repeats")
                    .containsExactlyElementsOf(range(before + 1, before + seqs.size()));
            assertThat(texts)
                    .as("every acknowledged message, in order")
                    .hasSize(20)
                    .startsWith("Message 0")
                    .endsWith("Message 19");
            for (JsonObject ack : acks) {
                assertThat(seqs).contains(ack.getJsonNumber("seq").longValue());
            }
            maya.close();

            try (LiveClient alex = LiveClient.connect(ws, room.id(), TestRoom.token(DemoUsers.ALEX), null)) {
                alex.next("welcome");
                alex.send(say("msg-7", "Message 7"));
                assertThat(alex.next("ack"))
                        .as("a command id is remembered across the crash")
                        .isEqualTo(acks.get(7));
            }

            JsonObject turnEnded = sam.next(
                    f -> "event".equals(f.getString("type")) && "turn_ended".equals(f.getString("kind")),
                    Duration.ofSeconds(60));
            assertThat(turnEnded.getString("actor"))
                    .as("the turn ended by itself after the restart")
                    .isEqualTo("attune");
            assertThat(Instant.parse(turnEnded.getString("at")))
                    .as("not before the stored deadline")
                    .isAfterOrEqualTo(Instant.parse(deadline));

            JsonObject unmuted = sam.next(
                    f -> "event".equals(f.getString("type")) && "member_unmuted".equals(f.getString("kind")),
                    Duration.ofSeconds(90));
            assertThat(unmuted.getString("actor"))
                    .as("the mute ended by itself")
                    .isEqualTo("attune");
            sam.send(command("raise_hand", "s-1").build());
            assertThat(sam.next("ack").getString("id"))
                    .as("Sam can take part again")
                    .isEqualTo("s-1");
        }
    }

    private static List<Long> range(long fromInclusive, long toInclusive) {
        List<Long> out = new ArrayList<>();
        for (long i = fromInclusive; i <= toInclusive; i++) {
            out.add(i);
        }
        return out;
    }
}

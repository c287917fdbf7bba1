package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.Json;
import org.attune.support.LiveClient;
import org.attune.support.RawWebSocket;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.junit.jupiter.api.Test;

/**
 * No one's input costs anyone else anything, and a socket that misbehaves is
 * told or closed, never left hanging: over real sockets, with real sign-ins.
 */
class FaultIsolationIT extends AttuneIT {

    @Test
    void aCommandIdTooLongToKeepIsRefusedAloneAndAnotherRoomsCommandsAreAllAckedAndTheLogNeverShowsIt()
            throws Exception {
        TestRoom couple = TestRoom.inSession();
        TestRoom family = aFamilyInSessionOnTheSameShardAs(couple);
        String fault = "fault-" + UUID.randomUUID() + "-" + "x".repeat(250);
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try (LiveClient alex = couple.enter(DemoUsers.ALEX);
                LiveClient morgan = family.enter(DemoUsers.MORGAN)) {
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Void> faulty = CompletableFuture.runAsync(
                    () -> {
                        await(go);
                        alex.send(TestRoom.say(fault, "Hello."));
                    },
                    senders);
            CompletableFuture<Void> busy = CompletableFuture.runAsync(
                    () -> {
                        await(go);
                        for (int i = 1; i <= 20; i++) {
                            morgan.send(TestRoom.say("m-" + i, "Message " + i + " of the family."));
                        }
                    },
                    senders);
            go.countDown();
            CompletableFuture.allOf(faulty, busy).join();

            JsonObject refused = alex.next("error");
            assertThat(refused.getString("code")).isEqualTo("bad_request");
            assertThat(refused.getString("message")).contains("64");
            List<String> acked = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                acked.add(morgan.next(LiveClient.ack("m-" + i)).getString("id"));
            }
            assertThat(acked).hasSize(20);
            alex.send(TestRoom.say("a-2", "Still here."));
            assertThat(alex.next(LiveClient.ack("a-2"))).isNotNull();
        } finally {
            senders.shutdownNow();
        }
        assertThat(Files.readString(serverLog(), StandardCharsets.UTF_8))
                .as("the server log never holds what someone typed")
                .doesNotContain(fault.substring(0, 42));
    }

    @Test
    void aNumberTheServerCannotReadIsABadRequestAndTheSocketGoesOn() {
        TestRoom couple = TestRoom.inSession();
        try (LiveClient alex = couple.enter(DemoUsers.ALEX)) {
            alex.sendRaw("{\"type\":\"ready\",\"id\":\"r-1\",\"calm\":1e9999999999}");

            assertThat(alex.next("error").getString("code")).isEqualTo("bad_request");
            alex.send(TestRoom.command("ping", "p-1").build());
            assertThat(alex.next("pong").getString("id")).isEqualTo("p-1");
        }
    }

    @Test
    void aFloodOfEmptyPongsIsRateLimitedLikeCommands() throws Exception {
        TestRoom couple = TestRoom.inSession();
        try (RawWebSocket raw =
                RawWebSocket.open(TestStack.appUrl(), "/live/rooms/" + couple.id(), TestRoom.token(DemoUsers.ALEX))) {
            assertThat(Json.parse(raw.nextText(Duration.ofSeconds(10))).getString("type"))
                    .isEqualTo("welcome");
            for (int i = 0; i < 150; i++) {
                raw.sendPong(new byte[0]);
            }

            assertThat(nextError(raw).getString("code")).isEqualTo("rate_limited");
        }
    }

    private static JsonObject nextError(RawWebSocket raw) throws Exception {
        while (true) {
            JsonObject frame = Json.parse(raw.nextText(Duration.ofSeconds(10)));
            if ("error".equals(frame.getString("type"))) {
                return frame;
            }
        }
    }

    /**
     * A family room whose id puts it on the couple's shard (rooms are spread by
     * id over as many shards as the server has cores, at least two), so that
     * the two rooms' commands share batches.
     */
    private static TestRoom aFamilyInSessionOnTheSameShardAs(TestRoom couple) {
        int shards = Math.max(2, Runtime.getRuntime().availableProcessors());
        for (int tries = 0; tries < 12; tries++) {
            TestRoom family = TestRoom.family("moderated");
            if (Math.floorMod(family.id().hashCode(), shards)
                    == Math.floorMod(couple.id().hashCode(), shards)) {
                try (LiveClient maya = family.enter(DemoUsers.THERAPIST)) {
                    TestRoom.clear(maya);
                    maya.send(TestRoom.command("start_session", "start").build());
                    maya.next(LiveClient.ack("start"));
                }
                return family;
            }
        }
        throw new AssertionError("No family room landed on the couple's shard");
    }

    private static Path serverLog() {
        return Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.application.RoomClaims;
import org.attune.application.live.EngineHarness.Socket;
import org.attune.domain.member.RoomRole;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomMode;
import org.attune.domain.transcript.EventKind;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One writer per room across servers, as a shard sees it: it claims a room
 * before it rebuilds it, stores nothing to a room another engine claimed
 * since, lets that room go so that its people reconnect where it is now, and
 * never takes a room back by itself from an engine that still runs.
 */
class RoomHoldsTest {

    private static final String OTHER = "node-b/another-engine";

    private EngineHarness engine;
    private Socket maya;
    private Socket alex;

    @BeforeEach
    void aModeratedRoomInSession() throws InterruptedException {
        Map<String, RoomRole> members = new LinkedHashMap<>();
        members.put("maya", RoomRole.THERAPIST);
        members.put("alex", RoomRole.PARTICIPANT);
        engine = new EngineHarness(RoomMode.MODERATED, members);
        maya = engine.connect("maya");
        alex = engine.connect("alex");
        assertThat(maya.next()).isEqualTo("welcome 0");
        assertThat(alex.next()).isEqualTo("welcome 0");
        engine.command(maya, "clear", new RoomCommand.ClearRoom());
        assertThat(maya.next("ack")).isEqualTo("ack clear 1");
        engine.command(maya, "start", new RoomCommand.StartSession());
        assertThat(maya.next("ack")).isEqualTo("ack start 2");
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void theEngineClaimsARoomOnceWhenItIsFirstNeeded() {
        assertThat(engine.claims.holder(engine.room.id())).isEqualTo(EngineHarness.WRITER);
        assertThat(engine.claims.claimsBy).containsEntry(EngineHarness.WRITER, 1);
    }

    @Test
    void aRoomAnotherEngineClaimedIsNotWrittenHereAndOnlyItsPeopleReconnect() throws InterruptedException {
        String otherRoom = otherRoomInSession();
        Socket morgan = engine.connect(otherRoom, "morgan");
        morgan.next("welcome");
        engine.claims.takenBy(engine.room.id(), OTHER, engine.clock.instant());

        Runnable release = engine.hold(otherRoom);
        engine.command(alex, "a1", new RoomCommand.Say("I felt alone last night."));
        engine.command(otherRoom, morgan, "m1", new RoomCommand.Say("We are fine here."));
        release.run();

        assertThat(alex.next("refused"))
                .as("nothing was stored: the page keeps the words")
                .isEqualTo("refused a1 unavailable");
        assertThat(alex.next()).as("and reconnects where the room is now").isEqualTo("closed 1001");
        assertThat(maya.next("closed")).isEqualTo("closed 1001");
        assertThat(morgan.next("ack"))
                .as("the other room's message in the same batch is stored")
                .startsWith("ack m1 ");
        assertThat(engine.stores.committed())
                .filteredOn(e -> e.roomId().equals(engine.room.id()))
                .noneMatch(e -> e.kind() == EventKind.MESSAGE);
        assertThat(engine.claims.holder(engine.room.id())).isEqualTo(OTHER);
    }

    @Test
    void theServersOwnWorkNeverTakesARoomFromAnEngineThatStillRunsButDoesFromOneThatIsGone()
            throws InterruptedException {
        engine.claims.takenBy(engine.room.id(), OTHER, engine.clock.instant());
        engine.command(alex, "a1", new RoomCommand.Say("Still there?"));
        assertThat(alex.next("closed")).isEqualTo("closed 1001");

        engine.submit(new Jobs.Wake(engine.room.id()));
        engine.submit(new Jobs.Act(engine.room.id(), null, null, new RoomCommand.ReviewReadiness()));
        Runnable settled = engine.hold();
        settled.run();
        assertThat(engine.claims.holder(engine.room.id())).isEqualTo(OTHER);
        assertThat(engine.claims.claimsBy).containsEntry(EngineHarness.WRITER, 1);

        engine.clock.set(engine.clock.instant().plus(RoomClaims.GONE_AFTER).plusSeconds(1));
        engine.submit(new Jobs.Wake(engine.room.id()));
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .until(() -> EngineHarness.WRITER.equals(engine.claims.holder(engine.room.id())));
    }

    @Test
    void theServersOwnWorkTakesARoomFromAnEarlierEngineOfTheSameServerAtOnce() throws InterruptedException {
        engine.claims.takenBy(engine.room.id(), "node-a/the-engine-before-a-restart", engine.clock.instant());
        engine.command(alex, "a1", new RoomCommand.Say("Still there?"));
        assertThat(alex.next("closed")).isEqualTo("closed 1001");

        engine.submit(new Jobs.Wake(engine.room.id()));
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .until(() -> EngineHarness.WRITER.equals(engine.claims.holder(engine.room.id())));
        assertThat(RoomClaims.sameServer("node-a/1", "node-b/2")).isFalse();
        assertThat(RoomClaims.sameServer("node-a/1", "node-a-2/2")).isFalse();
    }

    @Test
    void aPersonWhoReconnectsHereClaimsTheRoomAndTheirMessageIsStoredOnce() throws InterruptedException {
        engine.claims.takenBy(engine.room.id(), OTHER, engine.clock.instant());
        engine.command(alex, "a1", new RoomCommand.Say("I felt alone last night."));
        assertThat(alex.next("refused")).isEqualTo("refused a1 unavailable");

        Socket again = engine.connect("alex");
        assertThat(again.next())
                .as("the load balancer sent Alex here: this engine writes the room again")
                .isEqualTo("welcome 2");
        engine.command(again, "a1", new RoomCommand.Say("I felt alone last night."));
        assertThat(again.next("ack")).isEqualTo("ack a1 3");
        engine.command(again, "a1", new RoomCommand.Say("I felt alone last night."));
        assertThat(again.next("ack")).isEqualTo("ack a1 3");
        assertThat(engine.stores.committed())
                .filteredOn(e -> e.kind() == EventKind.MESSAGE)
                .hasSize(1);
        assertThat(engine.claims.holder(engine.room.id())).isEqualTo(EngineHarness.WRITER);
    }

    @Test
    void aSocketThatOpensHereAfterTheRoomWasClaimedElsewhereTakesItBackAndIsWelcomed() throws InterruptedException {
        engine.claims.takenBy(engine.room.id(), OTHER, engine.clock.instant());

        Socket again = engine.connect("alex");
        assertThat(again.next())
                .as("the load balancer sent this person here: the room is written here again")
                .isEqualTo("welcome 2");
        assertThat(alex.next("closed"))
                .as("the sockets that were open here may have missed what the other engine stored: they resume")
                .isEqualTo("closed 1001");
        assertThat(engine.claims.holder(engine.room.id())).isEqualTo(EngineHarness.WRITER);
    }

    @Test
    void aChangeThroughTheApiAfterTheRoomWasClaimedElsewhereTakesItBackAndIsApplied() throws Exception {
        engine.claims.takenBy(engine.room.id(), OTHER, engine.clock.instant());

        Jobs.Change<Long> change = new Jobs.Change<>(
                engine.room.id(),
                (state, now) -> RoomEngine.Step.of("maya", new RoomCommand.Say("Welcome, both of you."), 1L));
        engine.submit(change);
        assertThat(change.future().get(5, java.util.concurrent.TimeUnit.SECONDS))
                .as("the request reached this server: it is applied here, not refused")
                .isEqualTo(1L);
        assertThat(engine.stores.committed())
                .filteredOn(e -> e.kind() == EventKind.MESSAGE)
                .hasSize(1);
        assertThat(engine.claims.holder(engine.room.id())).isEqualTo(EngineHarness.WRITER);
    }

    private String otherRoomInSession() throws InterruptedException {
        Map<String, RoomRole> family = new LinkedHashMap<>();
        family.put("maya", RoomRole.THERAPIST);
        family.put("morgan", RoomRole.PARTICIPANT);
        String otherRoom = engine.anotherRoom(RoomMode.MODERATED, family);
        Socket mayaThere = engine.connect(otherRoom, "maya");
        mayaThere.next("welcome");
        engine.command(otherRoom, mayaThere, "clear", new RoomCommand.ClearRoom());
        mayaThere.next("ack");
        engine.command(otherRoom, mayaThere, "start", new RoomCommand.StartSession());
        mayaThere.next("ack");
        return otherRoom;
    }
}

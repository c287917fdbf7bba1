package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.application.live.EngineHarness.Socket;
import org.attune.domain.member.RoomRole;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomMode;
import org.attune.domain.turn.TurnCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Is writing…" on a room's shard: to everyone let in but the writer, at most once a second, never stored. */
class WritingRelayTest {

    private EngineHarness engine;
    private Socket maya;
    private Socket alex;
    private Socket sam;
    private Socket riley;

    @BeforeEach
    void aModeratedCoupleRoomWithAnObserverInAFloorSessionAlexHolds() throws InterruptedException {
        Map<String, RoomRole> members = new LinkedHashMap<>();
        members.put("maya", RoomRole.THERAPIST);
        members.put("alex", RoomRole.PARTICIPANT);
        members.put("sam", RoomRole.PARTICIPANT);
        members.put("riley", RoomRole.OBSERVER);
        engine = new EngineHarness(RoomMode.MODERATED, members);
        maya = engine.connect("maya");
        alex = engine.connect("alex");
        sam = engine.connect("sam");
        riley = engine.connect("riley");
        engine.command(maya, "clear", new RoomCommand.ClearRoom());
        engine.command(maya, "start", new RoomCommand.StartSession("floor"));
        engine.command(maya, "grant", new RoomCommand.Turn(new TurnCommand.GrantFloor("alex")));
        assertThat(maya.next("ack grant")).startsWith("ack grant");
        assertThat(sam.next("event floor_granted")).startsWith("event floor_granted");
        assertThat(riley.next("event floor_granted")).startsWith("event floor_granted");
        assertThat(alex.next("event floor_granted")).startsWith("event floor_granted");
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void everyoneLetInButTheWriterIsToldUntilWhenAndNothingIsStored() throws InterruptedException {
        int stored = engine.stores.committed().size();
        typing(alex, "t1", true);

        String line = "writing alex true " + EngineHarness.T0.plusSeconds(6);
        assertThat(sam.next("writing")).isEqualTo(line);
        assertThat(maya.next("writing")).isEqualTo(line);
        assertThat(riley.next("writing")).isEqualTo(line);
        engine.command(alex, "a1", new RoomCommand.Say("I'd like to talk about Sunday."));
        assertThat(alex.next("ack a1")).isEqualTo("ack a1 " + (stored + 1));
        assertThat(engine.stores.committed()).hasSize(stored + 1);
        assertThat(engine.timeline).noneMatch(l -> l.startsWith("alex writing"));
    }

    @Test
    void theWritersMessageEndsTheLineRightAfterItsEvent() throws InterruptedException {
        typing(alex, "t1", true);
        sam.next("writing");
        engine.command(alex, "a1", new RoomCommand.Say("I'd like to talk about Sunday."));

        assertThat(sam.next()).startsWith("event message");
        assertThat(sam.next()).isEqualTo("writing alex false");
        typing(alex, "t2", false);
        engine.command(alex, "a2", new RoomCommand.Say("It matters to me."));
        assertThat(sam.next()).as("stopping after the line ended tells nobody").startsWith("event message");
    }

    @Test
    void moreThanOneSignASecondIsDroppedQuietly() throws InterruptedException {
        typing(alex, "t1", true);
        typing(alex, "t2", true);
        settled();
        engine.clock.set(EngineHarness.T0.plusMillis(999));
        typing(alex, "t3", true);
        settled();
        engine.clock.set(EngineHarness.T0.plusSeconds(1));
        typing(alex, "t4", true);

        assertThat(sam.next("writing")).isEqualTo("writing alex true " + EngineHarness.T0.plusSeconds(6));
        assertThat(sam.next("writing")).isEqualTo("writing alex true " + EngineHarness.T0.plusSeconds(7));
        assertThat(engine.timeline).noneMatch(l -> l.startsWith("alex refused"));
    }

    @Test
    void whoMayNotSpeakIsRefusedAsTheirMessageWouldBe() throws InterruptedException {
        typing(sam, "s1", true);
        assertThat(sam.next("refused")).isEqualTo("refused s1 not_your_turn");
        typing(maya, "m1", true);
        assertThat(maya.next("refused")).isEqualTo("refused m1 forbidden");
        typing(riley, "r1", true);
        assertThat(riley.next("refused")).isEqualTo("refused r1 forbidden");
        typing(sam, "s2", false);
        engine.command(sam, "s3", new RoomCommand.Say("My turn?"));
        assertThat(sam.next("refused")).as("stopping is not refused").isEqualTo("refused s3 not_your_turn");
    }

    @Test
    void aPauseAndLosingTheFloorEndTheLine() throws InterruptedException {
        typing(alex, "t1", true);
        sam.next("writing");
        engine.command(maya, "revoke", new RoomCommand.Turn(new TurnCommand.RevokeFloor()));
        assertThat(sam.next("writing")).isEqualTo("writing alex false");

        engine.command(maya, "grant2", new RoomCommand.Turn(new TurnCommand.GrantFloor("alex")));
        maya.next("ack grant2");
        settled();
        engine.clock.set(EngineHarness.T0.plus(Duration.ofSeconds(2)));
        typing(alex, "t2", true);
        sam.next("writing alex true");
        engine.command(maya, "pause", new RoomCommand.PauseRoom(5, null));
        assertThat(sam.next("writing")).isEqualTo("writing alex false");
    }

    @Test
    void theWritersLastSocketClosingEndsTheLine() throws InterruptedException {
        typing(alex, "t1", true);
        sam.next("writing");
        engine.submit(new Disconnect(engine.room.id(), alex));
        assertThat(sam.next("presence")).isEqualTo("presence alex false");
        assertThat(sam.next("writing")).isEqualTo("writing alex false");
    }

    /** Waits until the shard has taken every job submitted so far: it answers Riley's sign after them. */
    private void settled() throws InterruptedException {
        typing(riley, "sync", true);
        riley.next("refused sync");
    }

    private void typing(Socket from, String id, boolean active) {
        engine.submit(new Typing(engine.room.id(), from, id, active));
    }
}

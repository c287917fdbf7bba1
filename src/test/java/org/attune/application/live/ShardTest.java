package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.application.live.EngineHarness.Socket;
import org.attune.domain.member.RoomRole;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomMode;
import org.attune.domain.transcript.EventKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A room's shard: commits before it tells anyone, answers each command once, and outlives a failed commit. */
class ShardTest {

    private EngineHarness engine;
    private Socket maya;
    private Socket alex;
    private Socket riley;

    @BeforeEach
    void aModeratedRoomWithItsTherapistAPartnerAndAnObserverConnected() throws InterruptedException {
        Map<String, RoomRole> members = new LinkedHashMap<>();
        members.put("maya", RoomRole.THERAPIST);
        members.put("alex", RoomRole.PARTICIPANT);
        members.put("riley", RoomRole.OBSERVER);
        engine = new EngineHarness(RoomMode.MODERATED, members);
        maya = engine.connect("maya");
        alex = engine.connect("alex");
        riley = engine.connect("riley");
        assertThat(maya.next()).isEqualTo("welcome 0");
        assertThat(alex.next()).isEqualTo("welcome 0");
        assertThat(riley.next()).isEqualTo("welcome 0");
        engine.command(maya, "start", new RoomCommand.StartSession());
        assertThat(maya.next("ack")).isEqualTo("ack start 1");
        assertThat(alex.next("event")).isEqualTo("event session_started 1");
        assertThat(riley.next("event")).isEqualTo("event session_started 1");
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void aMessageIsStoredThenSentToEveryoneThenAcked() throws InterruptedException {
        engine.command(alex, "a1", new RoomCommand.Say("I felt left out."));

        assertThat(alex.next("event message")).isEqualTo("event message 2");
        assertThat(alex.next()).isEqualTo("ack a1 2");
        assertThat(maya.next("event message")).isEqualTo("event message 2");
        assertThat(riley.next("event message")).isEqualTo("event message 2");
        assertThat(engine.stores.committed()).extracting(e -> e.kind()).contains(EventKind.MESSAGE);
    }

    @Test
    void aNoteReachesTheTherapistsOnly() throws InterruptedException {
        engine.command(maya, "n1", new RoomCommand.Note("Watch for withdrawal."));
        engine.command(alex, "a1", new RoomCommand.Say("Hello."));

        assertThat(maya.next("event note")).isEqualTo("event note 2");
        assertThat(alex.next("event")).as("the note is not Alex's to see").isEqualTo("event message 3");
        assertThat(riley.next("event")).isEqualTo("event message 3");
    }

    @Test
    void aRepeatedCommandIdIsAckedAgainWithTheSameSeqAndNoNewEvent() throws InterruptedException {
        engine.command(alex, "a1", new RoomCommand.Say("Once."));
        assertThat(alex.next("ack")).isEqualTo("ack a1 2");

        engine.command(alex, "a1", new RoomCommand.Say("Once."));

        assertThat(alex.next()).isEqualTo("ack a1 2");
        assertThat(engine.stores.committed()).hasSize(2);
    }

    @Test
    void aRefusedCommandIsAnsweredToItsSenderAloneAndChangesNothing() throws InterruptedException {
        engine.command(riley, "r1", new RoomCommand.Say("Can I say something?"));

        assertThat(riley.next("refused")).isEqualTo("refused r1 forbidden");
        assertThat(engine.stores.committed()).hasSize(1);
        engine.command(alex, "a1", new RoomCommand.Say("Hello."));
        assertThat(maya.next("event")).as("nothing else was sent to the others").isEqualTo("event message 2");
    }

    @Test
    void aBatchThatCannotCommitIsAnsweredWithInternalAndTheRoomGoesOnFromTheLog() throws InterruptedException {
        engine.stores.failNextCommit = true;
        engine.command(alex, "a1", new RoomCommand.Say("Lost?"));

        assertThat(alex.next("refused")).isEqualTo("refused a1 internal");
        assertThat(engine.stores.committed()).hasSize(1);

        engine.command(alex, "a2", new RoomCommand.Say("Again."));
        assertThat(alex.next("ack"))
                .as("the room was rebuilt: its next seq is 2 again")
                .isEqualTo("ack a2 2");
        assertThat(maya.next("event")).as("the failed message was never sent").isEqualTo("event message 2");
    }

    @Test
    void someoneWhoIsNotAMemberIsTurnedAway() throws InterruptedException {
        Socket stranger = engine.connect("stranger");

        assertThat(stranger.next()).isEqualTo("closed 1008");
    }

    @Test
    void aRemovedMembersSocketsCloseAndTheAuditLogKeepsTheRemoval() throws InterruptedException {
        engine.command(maya, "m1", new RoomCommand.Remove("riley"));

        assertThat(riley.next("closed")).isEqualTo("closed 1008");
        assertThat(maya.next("ack")).isEqualTo("ack m1 2");
        assertThat(engine.stores.audited()).extracting(a -> a.action().name()).contains("MEMBER_REMOVED");
    }
}

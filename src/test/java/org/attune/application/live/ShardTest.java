package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.attune.application.live.EngineHarness.Socket;
import org.attune.domain.member.RoomRole;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomMode;
import org.attune.domain.transcript.EventKind;
import org.awaitility.Awaitility;
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
        engine.command(maya, "clear", new RoomCommand.ClearRoom());
        assertThat(maya.next("ack")).isEqualTo("ack clear 1");
        engine.command(maya, "start", new RoomCommand.StartSession());
        assertThat(maya.next("ack")).isEqualTo("ack start 2");
        assertThat(alex.next("event")).isEqualTo("event room_cleared 1");
        assertThat(alex.next("event")).isEqualTo("event session_started 2");
        assertThat(riley.next("event")).isEqualTo("event room_cleared 1");
        assertThat(riley.next("event")).isEqualTo("event session_started 2");
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void aMessageIsStoredThenSentToEveryoneThenAcked() throws InterruptedException {
        engine.command(alex, "a1", new RoomCommand.Say("I felt left out."));

        assertThat(alex.next("event message")).isEqualTo("event message 3");
        assertThat(alex.next()).isEqualTo("ack a1 3");
        assertThat(maya.next("event message")).isEqualTo("event message 3");
        assertThat(riley.next("event message")).isEqualTo("event message 3");
        assertThat(engine.stores.committed()).extracting(e -> e.kind()).contains(EventKind.MESSAGE);
    }

    @Test
    void aNoteReachesTheTherapistsOnly() throws InterruptedException {
        engine.command(maya, "n1", new RoomCommand.Note("Watch for withdrawal."));
        engine.command(alex, "a1", new RoomCommand.Say("Hello."));

        assertThat(maya.next("event note")).isEqualTo("event note 3");
        assertThat(alex.next("event")).as("the note is not Alex's to see").isEqualTo("event message 4");
        assertThat(riley.next("event")).isEqualTo("event message 4");
    }

    @Test
    void aRepeatedCommandIdIsAckedAgainWithTheSameSeqAndNoNewEvent() throws InterruptedException {
        engine.command(alex, "a1", new RoomCommand.Say("Once."));
        assertThat(alex.next("ack")).isEqualTo("ack a1 3");

        engine.command(alex, "a1", new RoomCommand.Say("Once."));

        assertThat(alex.next()).isEqualTo("ack a1 3");
        assertThat(engine.stores.committed()).hasSize(3);
    }

    @Test
    void aRefusedCommandIsAnsweredToItsSenderAloneAndChangesNothing() throws InterruptedException {
        engine.command(riley, "r1", new RoomCommand.Say("Can I say something?"));

        assertThat(riley.next("refused")).isEqualTo("refused r1 forbidden");
        assertThat(engine.stores.committed()).hasSize(2);
        engine.command(alex, "a1", new RoomCommand.Say("Hello."));
        assertThat(maya.next("event")).as("nothing else was sent to the others").isEqualTo("event message 3");
    }

    @Test
    void aBatchThatCannotCommitIsAnsweredWithInternalAndTheRoomGoesOnFromTheLog() throws InterruptedException {
        engine.stores.failNextCommit = true;
        engine.command(alex, "a1", new RoomCommand.Say("Lost?"));

        assertThat(alex.next("refused")).isEqualTo("refused a1 internal");
        assertThat(engine.stores.committed()).hasSize(2);

        engine.command(alex, "a2", new RoomCommand.Say("Again."));
        assertThat(alex.next("ack"))
                .as("the room was rebuilt: its next seq is 2 again")
                .isEqualTo("ack a2 3");
        assertThat(maya.next("event")).as("the failed message was never sent").isEqualTo("event message 3");
    }

    @Test
    void aCommandTheDatabaseRefusesFailsAloneAndEveryOtherCommandOfItsBatchIsStoredAndAcked()
            throws InterruptedException {
        Map<String, RoomRole> family = new LinkedHashMap<>();
        family.put("maya", RoomRole.THERAPIST);
        family.put("morgan", RoomRole.PARTICIPANT);
        String otherRoom = engine.anotherRoom(RoomMode.MODERATED, family);
        Socket morgan = engine.connect(otherRoom, "morgan");
        Socket mayaThere = engine.connect(otherRoom, "maya");
        assertThat(morgan.next()).isEqualTo("welcome 0");
        engine.command(otherRoom, mayaThere, "clear", new RoomCommand.ClearRoom());
        assertThat(mayaThere.next("ack")).isEqualTo("ack clear 1");
        engine.command(otherRoom, mayaThere, "start", new RoomCommand.StartSession());
        assertThat(mayaThere.next("ack")).isEqualTo("ack start 2");
        String tooLong = "x".repeat(300);
        engine.stores.refuses =
                e -> e.commandId().filter(id -> id.length() > 64).isPresent();

        Runnable release = engine.hold();
        engine.command(alex, tooLong, new RoomCommand.Say("This id does not fit."));
        for (int i = 1; i <= 20; i++) {
            engine.command(otherRoom, morgan, "m" + i, new RoomCommand.Say("Message " + i));
        }
        release.run();

        assertThat(alex.next("refused")).isEqualTo("refused " + tooLong + " internal");
        long lastSeq = 1;
        for (int i = 1; i <= 20; i++) {
            String[] ack = morgan.next("ack").split(" ");
            assertThat(ack[1]).isEqualTo("m" + i);
            assertThat(Long.parseLong(ack[2])).isGreaterThan(lastSeq);
            lastSeq = Long.parseLong(ack[2]);
        }
        assertThat(engine.stores.committed())
                .filteredOn(e -> e.roomId().equals(otherRoom) && e.kind() == EventKind.MESSAGE)
                .hasSize(20);
        engine.command(alex, "a2", new RoomCommand.Say("Still here."));
        assertThat(alex.next("ack")).as("Alex's room goes on from its log").isEqualTo("ack a2 3");
    }

    @Test
    void theLogNamesTheFailedCommandsKindAndTheFailuresClassButNeverWhatWasTyped() throws InterruptedException {
        List<String> logged = new CopyOnWriteArrayList<>();
        Logger shardLog = Logger.getLogger(Shard.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(new SimpleFormatter().format(record));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        shardLog.addHandler(capture);
        try {
            engine.stores.refuses = e -> e.kind() == EventKind.MESSAGE;
            engine.command(alex, "a1", new RoomCommand.Say("the words"));
            assertThat(alex.next("refused")).isEqualTo("refused a1 internal");
        } finally {
            shardLog.removeHandler(capture);
        }

        assertThat(logged)
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("command say", "TransactionFailedException", "IllegalStateException")
                        .doesNotContain("the words"));
    }

    @Test
    void whenEveryCommitFailsEachCommandIsAnsweredOnceAndTheShardGivesUpAfterAFewAttempts()
            throws InterruptedException {
        engine.stores.failEveryCommit = true;
        int before = engine.stores.transactions();

        Runnable release = engine.hold();
        for (int i = 1; i <= 100; i++) {
            engine.command(alex, "a" + i, new RoomCommand.Say("Message " + i));
        }
        release.run();

        for (int i = 1; i <= 100; i++) {
            assertThat(alex.next("refused")).isEqualTo("refused a" + i + " internal");
        }
        assertThat(engine.stores.transactions() - before)
                .as("the held job's batch, then the failed batch and its halves, within the retry budget")
                .isLessThanOrEqualTo(1 + Shard.MAX_FAILED_ATTEMPTS);
        assertThat(alex.told).as("each command was answered once").isEmpty();
    }

    @Test
    void whenTheDatabaseCannotBeReachedEveryCommandOfTheBatchIsAnsweredUnavailableAtOnceWithoutBisecting()
            throws InterruptedException {
        engine.stores.unreachable = true;
        int before = engine.stores.transactions();

        Runnable release = engine.hold();
        for (int i = 1; i <= 100; i++) {
            engine.command(alex, "a" + i, new RoomCommand.Say("Message " + i));
        }
        release.run();

        for (int i = 1; i <= 100; i++) {
            assertThat(alex.next("refused")).isEqualTo("refused a" + i + " unavailable");
        }
        assertThat(engine.stores.transactions() - before)
                .as("the held job's batch, then one attempt for the hundred commands: nothing to bisect")
                .isEqualTo(2);
        assertThat(alex.told)
                .as("each command was answered once, and nothing acked")
                .isEmpty();
        assertThat(engine.stores.committed()).hasSize(2);

        engine.stores.unreachable = false;
        engine.command(alex, "a101", new RoomCommand.Say("Back."));
        assertThat(alex.next("ack"))
                .as("once the database is back the room goes on from its log")
                .isEqualTo("ack a101 3");
        assertThat(maya.next("event")).as("no refused message was sent").isEqualTo("event message 3");
    }

    @Test
    void aTimersCommandWaitsForTheDatabaseAndIsAppliedOnceItIsBack() throws InterruptedException {
        engine.command(maya, "m1", new RoomCommand.Mute("alex", 1));
        assertThat(maya.next("ack")).isEqualTo("ack m1 3");
        java.time.Instant until = EngineHarness.T0.plusSeconds(60);
        engine.clock.set(until.plusSeconds(1));
        engine.stores.unreachable = true;

        engine.submit(new Jobs.Act(engine.room.id(), null, null, new RoomCommand.ExpireMute("alex", until)));
        Awaitility.await("tried again while the database is away")
                .atMost(Duration.ofSeconds(10))
                .until(() -> engine.stores.transactions() > 4);
        assertThat(engine.stores.committed()).extracting(e -> e.kind()).doesNotContain(EventKind.MEMBER_UNMUTED);
        assertThat(engine.stores.transactions())
                .as("tried again while the database is away")
                .isGreaterThan(4);

        engine.stores.unreachable = false;
        assertThat(alex.next("event member_unmuted"))
                .as("the mute ended once the database was back")
                .isNotNull();
        assertThat(engine.stores.committed())
                .filteredOn(e -> e.kind() == EventKind.MEMBER_UNMUTED)
                .hasSize(1);
    }

    @Test
    void aSocketThatClosesWhileTheDatabaseIsAwayIsShownOfflineOnceItIsBack() throws InterruptedException {
        engine.stores.unreachable = true;
        engine.command(maya, "m1", new RoomCommand.Say("Are you there?"));
        assertThat(maya.next("refused")).as("the room's state is dropped").isEqualTo("refused m1 unavailable");

        int tried = engine.stores.transactions();
        engine.submit(new Disconnect(engine.room.id(), alex));
        Awaitility.await("the room was tried again, and cannot be loaded")
                .atMost(Duration.ofSeconds(10))
                .until(() -> engine.stores.transactions() > tried + 1);
        assertThat(maya.told).as("nobody is told before the room can be loaded").isEmpty();

        engine.stores.unreachable = false;
        assertThat(maya.next("presence")).isEqualTo("presence alex false");
        assertThat(riley.next("presence")).isEqualTo("presence alex false");
        engine.command(maya, "m2", new RoomCommand.Say("Alex left."));
        assertThat(maya.next("ack")).isEqualTo("ack m2 3");
        assertThat(alex.told).as("the closed socket is told nothing more").isEmpty();
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
        assertThat(maya.next("ack")).isEqualTo("ack m1 3");
        assertThat(engine.stores.audited()).extracting(a -> a.action().name()).contains("MEMBER_REMOVED");
    }
}

package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.attune.application.live.EngineHarness.Socket;
import org.attune.domain.member.RoomRole;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a shard keeps in memory has bounds: a replay goes in pages, the queue has a ceiling, idle rooms are let go. */
class ShardMemoryTest {

    private EngineHarness engine;
    private Socket maya;
    private Socket alex;
    private Socket riley;

    @BeforeEach
    void aModeratedRoomInSession() throws InterruptedException {
        Map<String, RoomRole> members = new LinkedHashMap<>();
        members.put("maya", RoomRole.THERAPIST);
        members.put("alex", RoomRole.PARTICIPANT);
        members.put("riley", RoomRole.OBSERVER);
        engine = new EngineHarness(RoomMode.MODERATED, members);
        maya = engine.connect("maya");
        alex = engine.connect("alex");
        riley = engine.connect("riley");
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
    void aLongReplayGoesInPagesTheRoomGoesOnBetweenThemAndTheResumingSocketGetsEveryEventOnceInOrder()
            throws InterruptedException {
        int said = Jobs.Resume.PAGE * 2 + Jobs.Resume.PAGE / 2;
        for (int i = 0; i < said; i++) {
            engine.command(maya, "m" + i, new RoomCommand.Say("Message " + i));
        }
        long lastSaid = said + 2; // after the clearance and the start
        assertThat(maya.next("ack m" + (said - 1))).isEqualTo("ack m" + (said - 1) + " " + lastSaid);
        assertThat(riley.next("event message " + lastSaid)).isNotNull();
        riley.told.clear();

        Runnable release = engine.hold();
        engine.submit(new Jobs.Resume(engine.room.id(), riley, "r", 0));
        engine.command(alex, "late", new RoomCommand.Say("While the replay runs."));
        release.run();

        List<String> replayed = new ArrayList<>();
        for (String line = riley.next(); !line.startsWith("ack"); line = riley.next()) {
            replayed.add(line.substring(line.lastIndexOf(' ') + 1));
        }
        assertThat(replayed)
                .as("every event once, in order, the one said meanwhile included")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, lastSaid + 1)
                        .mapToObj(Long::toString)
                        .toList());
        assertThat(engine.timeline)
                .as("the message said meanwhile was stored and acknowledged before the replay ended")
                .containsSubsequence("alex ack late " + (lastSaid + 1), "riley ack r " + (lastSaid + 1));
    }

    @Test
    void aShardWhoseQueueIsFullRefusesMoreWithOverloadedAndDoesTheRest() throws InterruptedException {
        Runnable release = engine.hold();
        int limit = Shard.MAX_QUEUED;
        for (int i = 0; i < limit; i++) {
            engine.command(alex, "q" + i, new RoomCommand.Say("Again " + i));
        }
        engine.command(alex, "over", new RoomCommand.Say("One too many."));
        assertThat(alex.next("refused")).isEqualTo("refused over overloaded");
        release.run();

        assertThat(alex.next("ack q" + (limit - 1)))
                .as("every command that waited is applied")
                .isNotNull();
        engine.command(alex, "after", new RoomCommand.Say("Room for me again."));
        assertThat(alex.next("ack after")).isNotNull();
        assertThat(engine.timeline).noneMatch(line -> line.startsWith("alex ack over"));
    }

    @Test
    void aRoomNobodyIsInIsLetGoWhenIdleAndRebuiltFromTheLogWhenNeeded() throws InterruptedException {
        engine.command(alex, "a1", new RoomCommand.Say("Before the break."));
        assertThat(alex.next("ack")).isEqualTo("ack a1 3");
        for (Socket socket : List.of(maya, alex, riley)) {
            engine.submit(new Disconnect(engine.room.id(), socket));
        }
        engine.hold().run();
        engine.hold().run();
        engine.clock.set(EngineHarness.T0.plus(Shard.ROOM_IDLE).plus(Duration.ofMinutes(1)));
        engine.hold().run();
        engine.hold().run();
        Runnable release = engine.hold();
        try {
            assertThat(engine.shard.loaded(engine.room.id())).as("let go").isNull();
        } finally {
            release.run();
        }

        Socket back = engine.connect("alex");
        assertThat(back.next("welcome")).isEqualTo("welcome 3");
        engine.command(back, "a1", new RoomCommand.Say("Before the break."));
        assertThat(back.next("ack")).as("its commands are remembered").isEqualTo("ack a1 3");
        engine.command(back, "a2", new RoomCommand.Say("After the break."));
        assertThat(back.next("ack")).isEqualTo("ack a2 4");
    }

    @Test
    void aRoomRemembersItsLatestCommandIdsOnlyAndTheLogStillAnswersForAnOlderOneRepeated() throws InterruptedException {
        int count = org.attune.domain.room.RoomState.COMMANDS_REMEMBERED + 10;
        for (int i = 0; i < count; i++) {
            engine.command(alex, "c" + i, new RoomCommand.Say("Piece " + i));
        }
        String lastAck = alex.next("ack c" + (count - 1));
        int stored = engine.stores.committed().size();
        Runnable release = engine.hold();
        try {
            assertThat(engine.shard.loaded(engine.room.id()).commandsRemembered())
                    .isEqualTo(org.attune.domain.room.RoomState.COMMANDS_REMEMBERED);
        } finally {
            release.run();
        }

        engine.command(alex, "c0", new RoomCommand.Say("Piece 0"));

        assertThat(alex.next("ack")).as("acked again with its own seq").isEqualTo("ack c0 3");
        engine.command(alex, "c" + (count - 1), new RoomCommand.Say("Piece " + (count - 1)));
        assertThat(alex.next("ack")).isEqualTo(lastAck);
        assertThat(engine.stores.committed()).as("nothing applied twice").hasSize(stored);
    }
}

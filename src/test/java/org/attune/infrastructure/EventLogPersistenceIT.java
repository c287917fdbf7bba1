package org.attune.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.attune.application.RoomService;
import org.attune.application.Transactions;
import org.attune.application.live.LiveConnection;
import org.attune.application.live.RoomEngine;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomKind;
import org.attune.domain.room.RoomMode;
import org.attune.domain.room.RoomState;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventLog;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.security.Caller;
import org.attune.support.AlsoOnH2;
import org.attune.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The event log on the real datasource, written by the room engine, inside the server. */
@AlsoOnH2
@ExtendWith(ArquillianExtension.class)
class EventLogPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.attuneWar().addClasses(EventLogPersistenceIT.class, Deployments.class, Recorder.class);
    }

    @Inject
    RoomService rooms;

    @Inject
    RoomEngine engine;

    @Inject
    EventLog log;

    @Inject
    Transactions tx;

    private final Caller therapist = new Caller("t-1", "t", "Dr. T", Set.of("therapist"));

    /** A connection that keeps what it is sent. */
    static final class Recorder implements LiveConnection {
        private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        private final Caller caller;

        Recorder(Caller caller) {
            this.caller = caller;
        }

        @Override
        public Caller caller() {
            return caller;
        }

        @Override
        public void send(String frame) {
            frames.add(frame);
        }

        @Override
        public void close(int code, String reason) {
            frames.add("closed " + code);
        }

        String next(String type) throws InterruptedException {
            while (true) {
                String frame = frames.poll(15, TimeUnit.SECONDS);
                if (frame == null) {
                    throw new AssertionError("no " + type + " frame");
                }
                if (frame.contains("\"type\":\"" + type + "\"")) {
                    return frame;
                }
            }
        }
    }

    @Test
    void eventsAreStoredInSequenceAndACommandIdIsAppliedOnce() throws Exception {
        Room room = rooms.openRoom(therapist, "Persistence", RoomKind.COUPLE, RoomMode.MODERATED);
        Recorder maya = new Recorder(therapist);
        engine.connect(room.id(), maya);
        maya.next("welcome");

        engine.command(room.id(), maya, "clear", new RoomCommand.ClearRoom());
        maya.next("ack");
        engine.command(room.id(), maya, "c-0", new RoomCommand.StartSession());
        String started = maya.next("ack");
        engine.command(room.id(), maya, "c-1", new RoomCommand.Say("Welcome, both of you."));
        String first = maya.next("ack");
        engine.command(room.id(), maya, "c-1", new RoomCommand.Say("Welcome, both of you."));
        String again = maya.next("ack");
        engine.command(room.id(), maya, "c-2", new RoomCommand.Note("Both arrived on time."));
        maya.next("ack");

        assertTrue(started.contains("\"seq\":3"), started);
        assertEquals(first, again);
        List<RoomEvent> stored = tx.inNewTransaction(() -> log.after(room.id(), 0, 100));
        assertEquals(
                List.of(1L, 2L, 3L, 4L, 5L), stored.stream().map(RoomEvent::seq).toList());
        assertEquals(EventKind.MEMBER_JOINED, stored.get(0).kind());
        assertEquals(EventKind.ROOM_CLEARED, stored.get(1).kind());
        assertEquals(EventKind.SESSION_STARTED, stored.get(2).kind());
        assertEquals(
                "Welcome, both of you.",
                stored.get(3).payload(EventPayload.Text.class).text());
        assertEquals("c-2", stored.get(4).commandId().orElseThrow());
        assertEquals(EventKind.NOTE, stored.get(4).kind());
    }

    @Test
    void aCommandIdTheRoomNoLongerRemembersIsFoundInTheLogAndNotAppliedAgain() throws Exception {
        Room room = rooms.openRoom(therapist, "Long memory", RoomKind.COUPLE, RoomMode.MODERATED);
        Recorder maya = new Recorder(therapist);
        engine.command(room.id(), maya, "n-0", new RoomCommand.Note("The first note."));
        String first = maya.next("ack");
        int more = RoomState.COMMANDS_REMEMBERED + 10;
        for (int i = 1; i <= more; i++) {
            engine.command(room.id(), maya, "n-" + i, new RoomCommand.Note("Note " + i));
        }
        for (int i = 1; i <= more; i++) {
            maya.next("ack");
        }
        int stored = tx.inNewTransaction(() -> log.after(room.id(), 0, 5000).size());

        engine.command(room.id(), maya, "n-0", new RoomCommand.Note("The first note."));
        String again = maya.next("ack");

        assertEquals(first, again, "the same ack as the first time, from the log");
        assertEquals(
                stored, tx.inNewTransaction(() -> log.after(room.id(), 0, 5000).size()), "no new event");
    }

    @Test
    void concurrentMessagesGetDistinctConsecutiveSequenceNumbers() throws Exception {
        Room room = rooms.openRoom(therapist, "Concurrency", RoomKind.FAMILY, RoomMode.MODERATED);
        Recorder starter = new Recorder(therapist);
        engine.command(room.id(), starter, "clear", new RoomCommand.ClearRoom());
        starter.next("ack");
        engine.command(room.id(), starter, "start", new RoomCommand.StartSession());
        starter.next("ack");
        int writers = 4;
        int each = 25;
        List<Thread> threads = new ArrayList<>();
        List<Recorder> recorders = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Recorder recorder = new Recorder(therapist);
            recorders.add(recorder);
            Thread thread = new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    engine.command(room.id(), recorder, "w" + writer + "-" + i, new RoomCommand.Say("message " + i));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        for (Recorder r : recorders) {
            for (int i = 0; i < each; i++) {
                r.next("ack");
            }
        }
        List<Long> seqs = tx.inNewTransaction(() -> log.after(room.id(), 0, 1000)).stream()
                .map(RoomEvent::seq)
                .toList();
        assertEquals(writers * each + 3, seqs.size());
        for (int i = 0; i < seqs.size(); i++) {
            assertEquals(i + 1L, seqs.get(i));
        }
    }

    /**
     * A commit that fails (here: another writer took the next sequence number,
     * so the insert collides when the transaction commits) is answered with
     * {@code internal}, nothing of it is sent, and the room goes on from what
     * was stored.
     */
    @Test
    void aCommitThatFailsIsReportedAndTheRoomGoesOn() throws Exception {
        Room room = rooms.openRoom(therapist, "Commit failure", RoomKind.COUPLE, RoomMode.MODERATED);
        Recorder maya = new Recorder(therapist);
        engine.connect(room.id(), maya);
        maya.next("welcome");
        engine.command(room.id(), maya, "clear", new RoomCommand.ClearRoom());
        maya.next("ack");
        engine.command(room.id(), maya, "c-0", new RoomCommand.StartSession());
        assertTrue(maya.next("ack").contains("\"seq\":3"));

        tx.inNewTransaction(() -> {
            log.append(RoomEvent.builder(room.id(), 4, EventKind.NOTE, java.time.Instant.now())
                    .actor("t-1", "Dr. T")
                    .payload(new EventPayload.Text("Written by someone else"))
                    .build());
            return null;
        });
        engine.command(room.id(), maya, "c-1", new RoomCommand.Say("Lost in the collision."));
        String failed = maya.next("error");
        assertTrue(failed.contains("\"code\":\"internal\""), failed);

        engine.command(room.id(), maya, "c-2", new RoomCommand.Say("Still here."));
        String ack = maya.next("ack");
        assertTrue(ack.contains("\"seq\":5"), ack);
        List<RoomEvent> stored = tx.inNewTransaction(() -> log.after(room.id(), 0, 100));
        assertEquals(
                List.of(1L, 2L, 3L, 4L, 5L), stored.stream().map(RoomEvent::seq).toList());
        assertEquals(
                "Still here.", stored.get(4).payload(EventPayload.Text.class).text());
    }
}

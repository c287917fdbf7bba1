package org.attune.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attune.application.ConversationService;
import org.attune.application.RoomService;
import org.attune.application.Transactions;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomKind;
import org.attune.domain.room.RoomMode;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventLog;
import org.attune.domain.transcript.RoomEvent;
import org.attune.security.Caller;
import org.attune.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The event log on the real datasource, inside the server. */
@ExtendWith(ArquillianExtension.class)
class EventLogPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.attuneWar().addClasses(EventLogPersistenceIT.class, Deployments.class);
    }

    @Inject
    RoomService rooms;

    @Inject
    ConversationService conversation;

    @Inject
    EventLog log;

    @Inject
    Transactions tx;

    private final Caller therapist = new Caller("t-1", "t", "Dr. T", Set.of("therapist"));

    @Test
    void eventsAreStoredInSequenceAndACommandIdIsRecordedOnce() {
        Room room = rooms.openRoom(therapist, "Persistence", RoomKind.COUPLE, RoomMode.MODERATED);

        var first = conversation.say(therapist, room.id(), "c-1", "Welcome, both of you.");
        var again = conversation.say(therapist, room.id(), "c-1", "Welcome, both of you.");
        var second = conversation.say(therapist, room.id(), "c-2", "Who would like to begin?");

        assertTrue(again.repeated());
        assertEquals(first.event().seq(), again.event().seq());
        List<RoomEvent> stored = tx.inNewTransaction(() -> log.after(room.id(), 0, 100));
        assertEquals(List.of(1L, 2L, 3L), stored.stream().map(RoomEvent::seq).toList());
        assertEquals(EventKind.MEMBER_JOINED, stored.get(0).kind());
        assertEquals("Welcome, both of you.", stored.get(1).text().orElseThrow());
        assertEquals(second.event().seq(), stored.get(2).seq());
        assertEquals("c-2", stored.get(2).commandId().orElseThrow());
    }

    @Test
    void concurrentMessagesGetDistinctConsecutiveSequenceNumbers() throws Exception {
        Room room = rooms.openRoom(therapist, "Concurrency", RoomKind.FAMILY, RoomMode.MODERATED);
        int writers = 4;
        int each = 25;
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    conversation.say(therapist, room.id(), "w" + writer + "-" + i, "message " + i);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Long> seqs = tx.inNewTransaction(() -> log.after(room.id(), 0, 1000)).stream()
                .map(RoomEvent::seq)
                .toList();
        assertEquals(writers * each + 1, seqs.size());
        for (int i = 0; i < seqs.size(); i++) {
            assertEquals(i + 1L, seqs.get(i));
        }
    }
}

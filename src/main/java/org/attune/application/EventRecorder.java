package org.attune.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.attune.domain.room.Room;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventLog;
import org.attune.domain.transcript.RoomEvent;
import org.attune.security.Caller;

/** Writes an event to a room's log with the room's next sequence number. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EventRecorder {

    @Inject
    EventLog log;

    @Inject
    Event<RoomEventCommitted> committed;

    @Inject
    Clock clock;

    /**
     * @param lockedRoom the room, locked in the current transaction
     */
    public RoomEvent record(Room lockedRoom, EventKind kind, Caller actor, String text, String commandId) {
        RoomEvent event = new RoomEvent(
                lockedRoom.id(),
                lockedRoom.takeNextSeq(),
                kind,
                actor.id(),
                actor.name(),
                clock.instant(),
                text,
                commandId);
        log.append(event);
        committed.fire(new RoomEventCommitted(event));
        return event;
    }
}

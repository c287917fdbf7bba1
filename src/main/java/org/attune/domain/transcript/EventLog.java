package org.attune.domain.transcript;

import java.util.List;
import java.util.Optional;

/** The append-only log of a room's events. */
public interface EventLog {

    void append(RoomEvent event);

    /** The event an actor's command already produced, if that command was applied before. */
    Optional<RoomEvent> findByCommand(String roomId, String actorId, String commandId);

    /** Events of the room with {@code seq > afterSeq}, in order, at most {@code limit} of them. */
    List<RoomEvent> after(String roomId, long afterSeq, int limit);
}

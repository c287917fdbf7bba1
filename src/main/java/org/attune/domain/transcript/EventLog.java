package org.attune.domain.transcript;

import java.util.List;

/** The append-only log of a room's events. */
public interface EventLog {

    void append(RoomEvent event);

    /** Events of the room with {@code seq > afterSeq}, in order, at most {@code limit} of them. */
    List<RoomEvent> after(String roomId, long afterSeq, int limit);

    /** The whole log of a room, in order. */
    List<RoomEvent> history(String roomId);

    /** Everything a person did in any room, oldest first. */
    List<RoomEvent> byActor(String actorId);
}

package org.attune.domain.transcript;

import java.util.List;
import java.util.Optional;

/** The append-only log of a room's events. */
public interface EventLog {

    void append(RoomEvent event);

    /** Events of the room with {@code seq > afterSeq}, in order, at most {@code limit} of them. */
    List<RoomEvent> after(String roomId, long afterSeq, int limit);

    /**
     * The seq of the event that an actor's command produced in the room, if
     * that command was stored (a command id is stored once per actor and room).
     */
    Optional<Long> seqOfCommand(String roomId, String actorId, String commandId);

    /** The whole log of a room, in order. */
    List<RoomEvent> history(String roomId);

    /** Everything a person did in any room, oldest first. */
    List<RoomEvent> byActor(String actorId);

    /** The events of these kinds in these rooms, oldest first: e.g. the practice given to a person's rooms. */
    List<RoomEvent> ofKinds(java.util.Collection<String> roomIds, java.util.Collection<EventKind> kinds);

    /** Everything recorded with a person as its target, in any room, oldest first (by them, by others, by the server). */
    List<RoomEvent> about(String targetId);
}

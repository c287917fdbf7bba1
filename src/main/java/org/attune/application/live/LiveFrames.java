package org.attune.application.live;

import java.time.Instant;
import java.util.Set;
import org.attune.domain.Refusal;
import org.attune.domain.room.RoomState;
import org.attune.domain.transcript.RoomEvent;

/** Encodes what the engine sends; each event is encoded once, however many people receive it. */
public interface LiveFrames {

    String welcome(RoomState room, RoomState.MemberView you, Set<String> online, Instant now);

    String event(RoomEvent event);

    String ack(String commandId, long seq);

    String error(String commandId, Refusal refusal, String message);

    String presence(RoomState.MemberView member, boolean online);

    /** Where the room's turn protocol stands, sent when it changes. */
    String turn(RoomState room);
}

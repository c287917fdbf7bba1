package org.attune.application.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.MemberView;
import org.attune.domain.room.RoomState;
import org.attune.domain.room.Writing;
import org.attune.domain.room.WritingLines;
import org.attune.domain.transcript.RoomEvent;

/**
 * Passes "is writing…" on to the others in a room ({@link Writing}): to every
 * other member let in, never back to the writer, never to the lobby, never
 * stored. Used by one shard thread, after the batch the sign came in was
 * committed, so a line never overtakes the message before it.
 */
final class WritingRelay {

    private final EngineParts parts;
    private final Map<String, WritingLines> rooms = new HashMap<>();

    WritingRelay(EngineParts parts) {
        this.parts = parts;
    }

    /** A participant writes, or stopped; the gate was passed. */
    void sign(RoomState state, RoomConnections room, MemberView writer, boolean active, Instant now) {
        WritingLines lines = rooms.computeIfAbsent(state.roomId(), id -> new WritingLines());
        if (active) {
            lines.writes(writer.id(), now).ifPresent(until -> tell(state, room, writer, until));
        } else if (lines.stops(writer.id(), now)) {
            tell(state, room, writer, null);
        }
    }

    /** Committed events end the lines of those whose own they are, or who may no longer write. */
    void after(RoomState state, RoomConnections room, List<RoomEvent> events) {
        WritingLines lines = rooms.get(state.roomId());
        if (lines == null || events.isEmpty()) {
            return;
        }
        Instant now = parts.clock().instant();
        for (String writer : lines.endedBy(events, id -> Writing.mayWrite(state, id, now), now)) {
            state.member(writer).ifPresent(w -> tell(state, room, w, null));
        }
        if (lines.isEmpty()) {
            rooms.remove(state.roomId());
        }
    }

    /** The member's last socket closed: their line ends at once rather than by itself. */
    void wentAway(RoomState state, RoomConnections room, MemberView member) {
        WritingLines lines = rooms.get(state.roomId());
        if (lines != null && lines.stops(member.id(), parts.clock().instant())) {
            tell(state, room, member, null);
        }
    }

    void forget(String roomId) {
        rooms.remove(roomId);
    }

    /** @param until until when to show the line; null: it ended */
    private void tell(RoomState state, RoomConnections room, MemberView writer, Instant until) {
        if (room == null) {
            return;
        }
        List<LiveConnection> to = new ArrayList<>();
        room.byMember().forEach((memberId, sockets) -> {
            boolean told = !memberId.equals(writer.id())
                    && state.member(memberId)
                            .filter(m -> m.status() == MemberStatus.ACTIVE)
                            .isPresent();
            if (told) {
                sockets.stream().filter(c -> !room.isCatchingUp(c)).forEach(to::add);
            }
        });
        parts.broadcaster().writing(writer, until != null, until, to);
    }
}

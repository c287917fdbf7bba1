package org.attune.application.live;

import java.time.Instant;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.MemberView;
import org.attune.domain.room.RoomState;
import org.attune.domain.room.Writing;

/**
 * A participant's page says they are writing to the room, or stopped. Nothing
 * is stored: the job writes nothing in its batch and answers nothing when it
 * works (the others are told through the {@link WritingRelay}); a refusal is
 * answered as a message's would be. Under load, or when the batch fails, the
 * sign is dropped: the line clears by itself.
 */
final class Typing extends Job {
    private final LiveConnection connection;
    private final String commandId;
    private final boolean active;

    Typing(String roomId, LiveConnection connection, String commandId, boolean active) {
        super(roomId);
        this.connection = connection;
        this.commandId = commandId;
        this.active = active;
    }

    @Override
    String kind() {
        return "command typing";
    }

    @Override
    Runnable run(Shard shard) {
        RoomBroadcaster out = shard.parts().broadcaster();
        RoomState state = shard.state(roomId());
        if (state == null) {
            return () ->
                    out.refused(connection, commandId, new RefusedException(Refusal.NOT_FOUND, "refusal.room.gone"));
        }
        Instant now = shard.parts().clock().instant();
        String member = connection.caller().id();
        MemberView writer;
        try {
            writer = active ? Writing.requireMayWrite(state, member, now) : Writing.requireMayStop(state, member);
        } catch (RefusedException e) {
            return () -> out.refused(connection, commandId, e);
        }
        return () -> {
            RoomConnections room = shard.openConnections(roomId());
            if (room != null && room.has(connection)) {
                shard.fanout().writing().sign(state, room, writer, active, now);
            }
        };
    }

    @Override
    void failed(EngineParts parts) {}

    @Override
    boolean fromClient() {
        return true;
    }
}

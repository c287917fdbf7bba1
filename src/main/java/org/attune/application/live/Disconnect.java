package org.attune.application.live;

import org.attune.domain.regulation.Pause;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomState;

/**
 * A member's socket closed: it is let go at once, whatever becomes of the
 * batch, so it is never shown online again; the others are told when it was
 * the member's last, and a check-in may now be complete. While the database
 * cannot be reached (the room's state may need loading), the telling waits
 * and is tried again.
 */
final class Disconnect extends Job {
    private final LiveConnection connection;
    /** Whether the socket was let go already (a first attempt ran). */
    private boolean released;
    /** Whether it was the member's last socket in the room. */
    private boolean last;

    Disconnect(String roomId, LiveConnection connection) {
        super(roomId);
        this.connection = connection;
    }

    @Override
    Runnable run(Shard shard) {
        String member = connection.caller().id();
        if (!released) {
            released = true;
            RoomConnections room = shard.openConnections(roomId());
            last = room != null && room.remove(connection);
            if (room != null && room.isEmpty()) {
                shard.forgetConnections(roomId());
            }
        }
        RoomConnections room = shard.openConnections(roomId());
        if (!last || room != null && !room.of(member).isEmpty()) {
            return () -> {};
        }
        // With others still connected, the room's state is needed to tell them: loaded if need be.
        RoomState state = room == null ? shard.loaded(roomId()) : shard.state(roomId());
        return () -> {
            RoomConnections open = shard.openConnections(roomId());
            if (state == null || open != null && !open.of(member).isEmpty()) {
                return;
            }
            state.presence(member, false);
            if (open != null) {
                state.member(member).ifPresent(m -> shard.fanout().presence(state, open, m, false));
            }
            if (state.pause().filter(Pause::checkingIn).isPresent()) {
                shard.parts().serverCommand().accept(roomId(), new RoomCommand.ReviewReadiness());
            }
        };
    }

    @Override
    void failed(EngineParts parts) {}

    @Override
    boolean retriedWhenUnavailable() {
        return true;
    }
}

package org.attune.application.live;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.attune.application.RoomClaims;
import org.jboss.logging.Logger;

/**
 * The rooms one shard writes, each under the epoch of its claim
 * ({@link RoomClaims}). A room is claimed before its state is rebuilt, and
 * every batch checks, before it writes anything, that no other engine claimed its
 * rooms since. A person's request claims the room whoever held it: the load
 * balancer sent it here. The server's own work (a timer, a wake-up after a
 * restart) takes a room only when nobody else that is still running holds it,
 * so two engines never pass a room back and forth. Used by one shard thread.
 */
final class RoomHolds {

    private static final Logger LOG = Logger.getLogger(RoomHolds.class);

    private final EngineParts parts;
    private final Map<String, Long> epochs = new HashMap<>();

    RoomHolds(EngineParts parts) {
        this.parts = parts;
    }

    /**
     * Claims the room before its state is rebuilt, in the batch's transaction.
     *
     * @param askedByPerson whether a person's request needs the room
     * @return false when the server's own work may not take the room: another engine that is still running holds it
     */
    boolean take(String roomId, boolean askedByPerson) {
        RoomClaims claims = parts.claims();
        if (!askedByPerson && !claims.free(roomId, parts.writer(), parts.clock().instant())) {
            LOG.infof("Room %s is written by another running server: its own work runs there", roomId);
            return false;
        }
        epochs.put(roomId, claims.claim(roomId, parts.writer()));
        return true;
    }

    /**
     * Before a batch writes anything: locks the claims of the rooms it holds
     * until the commit, and fails it when another engine claimed one since.
     * (Rooms the batch loads are claimed as they are loaded.)
     *
     * @throws RoomsMoved naming the rooms this engine no longer holds; nothing of the batch is stored
     */
    void confirm(Collection<String> roomIds) {
        Map<String, Long> held = new HashMap<>();
        for (String roomId : roomIds) {
            Long epoch = epochs.get(roomId);
            if (epoch != null) {
                held.put(roomId, epoch);
            }
        }
        if (held.isEmpty()) {
            return;
        }
        Set<String> lost = parts.claims().lost(held);
        if (!lost.isEmpty()) {
            throw new RoomsMoved(lost);
        }
    }

    /** The room's state was let go: it is claimed again when it is rebuilt. */
    void forget(String roomId) {
        epochs.remove(roomId);
    }

    /** Another engine claimed these rooms while this one still had them in memory. */
    static final class RoomsMoved extends RuntimeException {
        private final Set<String> rooms;

        RoomsMoved(Set<String> rooms) {
            super(rooms.size() + " rooms are written by another engine now", null, false, false);
            this.rooms = Set.copyOf(rooms);
        }

        Set<String> rooms() {
            return rooms;
        }
    }
}

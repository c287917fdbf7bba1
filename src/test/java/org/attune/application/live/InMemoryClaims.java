package org.attune.application.live;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.attune.application.RoomClaims;

/**
 * The rooms' writers in memory, as the database keeps them, with a way for a
 * test to play another server's engine that claims a room.
 */
final class InMemoryClaims implements RoomClaims {

    private final Map<String, String> holder = new HashMap<>();
    private final Map<String, Long> epoch = new HashMap<>();
    private final Map<String, Instant> seen = new HashMap<>();
    /** How many claims each writer made. */
    final Map<String, Integer> claimsBy = new HashMap<>();

    @Override
    public synchronized void here(String writer, String node, Instant now) {
        seen.put(writer, now);
    }

    @Override
    public synchronized void leave(String writer) {
        holder.values().removeIf(writer::equals);
        seen.remove(writer);
    }

    @Override
    public synchronized boolean free(String roomId, String writer, Instant now) {
        String by = holder.get(roomId);
        if (by == null || by.equals(writer) || !seen.containsKey(by) || RoomClaims.sameServer(by, writer)) {
            return true;
        }
        return seen.get(by).isBefore(now.minus(GONE_AFTER));
    }

    @Override
    public synchronized Set<String> orphans(Collection<String> roomIds, Instant now) {
        Set<String> orphans = new HashSet<>();
        for (String room : roomIds) {
            String by = holder.get(room);
            if (by == null || !seen.containsKey(by) || seen.get(by).isBefore(now.minus(GONE_AFTER))) {
                orphans.add(room);
            }
        }
        return orphans;
    }

    @Override
    public synchronized long claim(String roomId, String writer) {
        holder.put(roomId, writer);
        claimsBy.merge(writer, 1, Integer::sum);
        return epoch.merge(roomId, 1L, Long::sum);
    }

    @Override
    public synchronized Set<String> lost(Map<String, Long> epochs) {
        Set<String> lost = new HashSet<>();
        epochs.forEach((room, e) -> {
            if (!e.equals(epoch.getOrDefault(room, 0L))) {
                lost.add(room);
            }
        });
        return lost;
    }

    /** Another server's engine, seen at the given time, claims the room. */
    synchronized void takenBy(String roomId, String writer, Instant seenAt) {
        seen.put(writer, seenAt);
        claim(roomId, writer);
    }

    synchronized String holder(String roomId) {
        return holder.get(roomId);
    }
}

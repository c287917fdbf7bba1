package org.attune.application.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The open sockets of one room on this server, by member. Used by one shard thread only. */
final class RoomConnections {

    private final Map<String, List<LiveConnection>> byMember = new LinkedHashMap<>();
    /** Sockets being sent a replay in pages, with how many replays: live events wait for the replay. */
    private final Map<LiveConnection, Integer> catchingUp = new HashMap<>();

    /** Adds a socket; {@code true} when it is the member's first in this room. */
    boolean add(LiveConnection connection) {
        List<LiveConnection> list = byMember.computeIfAbsent(connection.caller().id(), id -> new ArrayList<>());
        list.add(connection);
        return list.size() == 1;
    }

    /** Removes a socket; {@code true} when it was the member's last in this room. */
    boolean remove(LiveConnection connection) {
        catchingUp.remove(connection);
        List<LiveConnection> list = byMember.get(connection.caller().id());
        if (list == null || !list.remove(connection)) {
            return false;
        }
        if (list.isEmpty()) {
            byMember.remove(connection.caller().id());
            return true;
        }
        return false;
    }

    boolean has(LiveConnection connection) {
        return byMember.getOrDefault(connection.caller().id(), List.of()).contains(connection);
    }

    /** A replay in pages began: the socket gets no live events until it has caught up. */
    void catchUp(LiveConnection connection) {
        catchingUp.merge(connection, 1, Integer::sum);
    }

    /** A replay in pages ended: the socket gets live events again once no other replay is under way. */
    void caughtUp(LiveConnection connection) {
        catchingUp.computeIfPresent(connection, (c, n) -> n > 1 ? n - 1 : null);
    }

    boolean isCatchingUp(LiveConnection connection) {
        return catchingUp.containsKey(connection);
    }

    Set<String> online() {
        return Set.copyOf(byMember.keySet());
    }

    Map<String, List<LiveConnection>> byMember() {
        return byMember;
    }

    List<LiveConnection> of(String memberId) {
        return List.copyOf(byMember.getOrDefault(memberId, List.of()));
    }

    List<LiveConnection> all() {
        return byMember.values().stream().flatMap(List::stream).toList();
    }

    boolean isEmpty() {
        return byMember.isEmpty();
    }
}

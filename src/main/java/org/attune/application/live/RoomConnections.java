package org.attune.application.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The open sockets of one room on this server, by member. Used by one shard thread only. */
final class RoomConnections {

    private final Map<String, List<LiveConnection>> byMember = new LinkedHashMap<>();

    /** Adds a socket; {@code true} when it is the member's first in this room. */
    boolean add(LiveConnection connection) {
        List<LiveConnection> list = byMember.computeIfAbsent(connection.caller().id(), id -> new ArrayList<>());
        list.add(connection);
        return list.size() == 1;
    }

    /** Removes a socket; {@code true} when it was the member's last in this room. */
    boolean remove(LiveConnection connection) {
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

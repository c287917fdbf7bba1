package org.attune.interfaces.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The open live sockets of each room on this server. */
@ApplicationScoped
public class LiveSessionRegistry {

    private final ConcurrentMap<String, Set<Session>> byRoom = new ConcurrentHashMap<>();

    public void add(String roomId, Session session) {
        byRoom.computeIfAbsent(roomId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    public void remove(String roomId, Session session) {
        byRoom.computeIfPresent(roomId, (id, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    public Set<Session> sessions(String roomId) {
        return byRoom.getOrDefault(roomId, Set.of());
    }
}

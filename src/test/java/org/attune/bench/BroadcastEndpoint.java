package org.attune.bench;

import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The baseline for the benchmarks: a bare WebSocket broadcast, in the same
 * WildFly, with no login, no database and no rules. Every text frame goes to
 * every other socket of its room, as it is. Deployed only by the benchmark
 * harness, never with Attune.
 */
@ServerEndpoint("/baseline/{room}")
public class BroadcastEndpoint {

    private static final Map<String, Set<Session>> ROOMS = new ConcurrentHashMap<>();

    @OnOpen
    public void open(Session session, @PathParam("room") String room) {
        ROOMS.computeIfAbsent(room, r -> ConcurrentHashMap.newKeySet()).add(session);
    }

    @OnMessage
    public void message(Session session, String text, @PathParam("room") String room) {
        for (Session other : ROOMS.getOrDefault(room, Set.of())) {
            if (other != session && other.isOpen()) {
                other.getAsyncRemote().sendText(text);
            }
        }
    }

    @OnClose
    public void close(Session session, @PathParam("room") String room) {
        Set<Session> sessions = ROOMS.get(room);
        if (sessions != null) {
            sessions.remove(session);
        }
    }
}

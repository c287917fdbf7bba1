package org.attune.interfaces.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import org.attune.application.RoomBroadcaster;
import org.attune.domain.transcript.RoomEvent;

/** Sends each committed event, encoded once, to every open socket of its room. */
@ApplicationScoped
public class WebSocketRoomBroadcaster implements RoomBroadcaster {

    @Inject
    LiveSessionRegistry registry;

    @Override
    public void deliver(RoomEvent event) {
        String frame = ServerFrames.event(event);
        for (Session session : registry.sessions(event.roomId())) {
            if (session.isOpen()) {
                session.getAsyncRemote().sendText(frame);
            }
        }
    }
}

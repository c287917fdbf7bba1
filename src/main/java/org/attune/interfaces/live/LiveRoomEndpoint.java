package org.attune.interfaces.live;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.Optional;
import org.attune.application.ConversationService;
import org.attune.application.RoomService;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.room.Member;
import org.attune.domain.room.Room;
import org.attune.security.Caller;
import org.attune.security.CallerResolver;
import org.jboss.logging.Logger;

/**
 * The live channel of one room, subprotocol {@code attune.v1}. Identity,
 * origin and membership are checked before the upgrade by
 * {@link LiveHandshakeFilter}; this endpoint translates frames to application
 * calls and outcomes back to frames.
 */
@ServerEndpoint(value = "/live/rooms/{roomId}", subprotocols = ServerFrames.SUBPROTOCOL)
public class LiveRoomEndpoint {

    static final int MAX_FRAME_BYTES = 64 * 1024;
    private static final String CALLER = "attune.caller";
    private static final String ASSEMBLER = "attune.frame-assembler";
    private static final Logger LOG = Logger.getLogger(LiveRoomEndpoint.class);

    @Inject
    RoomService rooms;

    @Inject
    ConversationService conversation;

    @Inject
    LiveSessionRegistry registry;

    @OnOpen
    public void open(Session session, @PathParam("roomId") String roomId) {
        session.getUserProperties()
                .put(ASSEMBLER, new FrameAssembler(Integer.getInteger("attune.live.max-frame-bytes", MAX_FRAME_BYTES)));
        Optional<Caller> caller = CallerResolver.fromPrincipal(session.getUserPrincipal());
        if (caller.isEmpty()) {
            close(session, CloseCodes.VIOLATED_POLICY, "Please sign in again.");
            return;
        }
        session.getUserProperties().put(CALLER, caller.get());
        try {
            Member you = rooms.membership(caller.get(), roomId);
            Room room = rooms.room(caller.get(), roomId);
            conversation.join(roomId, lastSeq -> {
                session.getAsyncRemote().sendText(ServerFrames.welcome(you, room, rooms.members(roomId), lastSeq));
                registry.add(roomId, session);
            });
            LOG.debugf("Socket opened in room %s", roomId);
        } catch (RefusedException e) {
            close(session, CloseCodes.VIOLATED_POLICY, e.getMessage());
        }
    }

    /**
     * Frames arrive in pieces; a frame over the limit closes the socket with 1009
     * as soon as it crosses it (the container's own limit is not enforced
     * reliably for frames that arrive in several reads).
     */
    @OnMessage
    public void piece(Session session, String piece, boolean last, @PathParam("roomId") String roomId) {
        FrameAssembler assembler = (FrameAssembler) session.getUserProperties().get(ASSEMBLER);
        try {
            assembler.append(piece, last).ifPresent(frame -> message(session, frame, roomId));
        } catch (FrameAssembler.TooLarge e) {
            close(session, CloseCodes.TOO_BIG, e.getMessage());
        }
    }

    private void message(Session session, String frame, String roomId) {
        Caller caller = (Caller) session.getUserProperties().get(CALLER);
        String commandId = null;
        try {
            ClientCommand command = CommandDecoder.decode(frame);
            commandId = command.id();
            if (command instanceof ClientCommand.Say say) {
                var recorded = conversation.say(caller, roomId, say.id(), say.text());
                send(session, ServerFrames.ack(say.id(), recorded.event().seq()));
            } else if (command instanceof ClientCommand.Resume resume) {
                long lastSeq = conversation.replay(
                        roomId, resume.afterSeq(), event -> send(session, ServerFrames.event(event)));
                send(session, ServerFrames.ack(resume.id(), lastSeq));
            } else if (command instanceof ClientCommand.Ping ping) {
                send(session, ServerFrames.pong(ping.id()));
            }
        } catch (CommandDecoder.BadCommand e) {
            send(session, ServerFrames.error(e.commandId(), e.refusal(), e.getMessage()));
        } catch (RefusedException e) {
            send(session, ServerFrames.error(commandId, e.refusal(), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Command failed in room %s", roomId);
            send(
                    session,
                    ServerFrames.error(
                            commandId,
                            Refusal.INTERNAL,
                            "Something went wrong on our side. Nothing was changed; please try again."));
        }
    }

    @OnClose
    public void closed(Session session, CloseReason reason, @PathParam("roomId") String roomId) {
        registry.remove(roomId, session);
    }

    @OnError
    public void failed(Session session, Throwable failure, @PathParam("roomId") String roomId) {
        registry.remove(roomId, session);
        LOG.debugf("Socket error in room %s: %s", roomId, failure.getClass().getSimpleName());
    }

    private static void send(Session session, String frame) {
        if (session.isOpen()) {
            session.getAsyncRemote().sendText(frame);
        }
    }

    private static void close(Session session, CloseCodes code, String reason) {
        try {
            session.close(new CloseReason(code, reason));
        } catch (IOException e) {
            LOG.debugf("Closing a socket failed: %s", e.getMessage());
        }
    }
}

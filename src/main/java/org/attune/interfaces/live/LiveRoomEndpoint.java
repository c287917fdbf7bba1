package org.attune.interfaces.live;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.attune.application.Settings;
import org.attune.application.live.CloseCodes;
import org.attune.application.live.RoomEngine;
import org.attune.domain.Language;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.Words;
import org.attune.domain.regulation.Coach;
import org.attune.security.Caller;
import org.attune.security.CallerResolver;
import org.jboss.logging.Logger;

/**
 * The live channel of one room, subprotocol {@code attune.v1}. Identity,
 * origin and membership are checked before the upgrade by
 * {@link LiveHandshakeFilter}; this endpoint reads frames into commands and
 * hands them to the {@link RoomEngine}, which answers on the socket after the
 * commit. Nothing here waits on the database.
 */
@ServerEndpoint(
        value = "/live/rooms/{roomId}",
        subprotocols = ServerFrames.SUBPROTOCOL,
        configurator = HandshakeLanguage.class)
public class LiveRoomEndpoint {

    private static final String CONNECTION = "attune.connection";
    private static final String ASSEMBLER = "attune.frame-assembler";
    private static final Logger LOG = Logger.getLogger(LiveRoomEndpoint.class);

    @Inject
    RoomEngine engine;

    @Inject
    LiveSockets sockets;

    @Inject
    ServerFrames frames;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @OnOpen
    public void open(Session session, @PathParam("roomId") String roomId) {
        Optional<Caller> caller = CallerResolver.fromPrincipal(session.getUserPrincipal());
        if (caller.isEmpty()) {
            close(session, Words.phrase("farewell.sign-in-again"));
            return;
        }
        WebSocketConnection connection = new WebSocketConnection(
                session, caller.get(), clock.instant(), settings.maxQueuedBytes(), languageOf(session));
        if (!sockets.add(connection)) {
            close(session, Words.phrase("farewell.too-many-windows"));
            return;
        }
        session.getUserProperties().put(CONNECTION, connection);
        session.getUserProperties().put(ASSEMBLER, new FrameAssembler(settings.maxFrameBytes()));
        session.setMaxIdleTimeout(settings.silenceLimit().multipliedBy(2).toMillis());
        caller.get().expiry().ifPresent(expiresAt -> {
            long delay =
                    Math.max(0, Duration.between(clock.instant(), expiresAt).toMillis());
            connection.expiresWith(scheduler.schedule(
                    () -> connection.close(CloseCodes.SIGN_IN_EXPIRED, Words.phrase("farewell.sign-in-expired")),
                    delay,
                    TimeUnit.MILLISECONDS));
        });
        engine.connect(roomId, connection);
    }

    /** The language asked for at the handshake: {@code ?lang=}, else {@code Accept-Language}, else English. */
    private static Language languageOf(Session session) {
        List<String> lang = session.getRequestParameterMap().get(HandshakeLanguage.PARAMETER);
        if (lang != null && !lang.isEmpty()) {
            return HandshakeLanguage.of(lang.get(0), null);
        }
        return session.getUserProperties().get(HandshakeLanguage.PROPERTY) instanceof Language language
                ? language
                : Language.ENGLISH;
    }

    /**
     * Frames arrive in pieces; a frame over the limit closes the socket with 1009
     * as soon as it crosses it (the container's own limit is not enforced
     * reliably for frames that arrive in several reads). The container hands
     * over data, not frames: empty continuation frames never arrive here, so
     * they neither reach the room nor keep a silent socket from its heartbeat.
     */
    @OnMessage
    public void piece(Session session, String piece, boolean last, @PathParam("roomId") String roomId) {
        WebSocketConnection connection =
                (WebSocketConnection) session.getUserProperties().get(CONNECTION);
        FrameAssembler assembler = (FrameAssembler) session.getUserProperties().get(ASSEMBLER);
        if (connection == null || assembler == null) {
            return;
        }
        connection.heard();
        try {
            assembler.append(piece, last).ifPresent(frame -> command(connection, frame, roomId));
        } catch (FrameAssembler.TooLarge e) {
            connection.close(CloseCodes.TOO_BIG, e.reason());
        }
    }

    /** Every whole frame counts against the rate limit, a command or not; one over it is refused unread. */
    private void command(WebSocketConnection connection, String frame, String roomId) {
        boolean allowed = allowed(connection, roomId);
        ClientCommand command;
        try {
            command = CommandDecoder.decode(frame);
        } catch (CommandDecoder.BadCommand e) {
            connection.send(
                    allowed
                            ? frames.error(e.commandId(), e.refusal(), e.message(connection.language()))
                            : tooMuch(connection, e.commandId()));
            return;
        }
        if (!allowed) {
            connection.send(tooMuch(connection, command.id()));
            return;
        }
        if (command instanceof ClientCommand.Act act) {
            engine.command(
                    roomId, connection, act.id(), PracticeCommands.inLanguageOf(act.command(), connection.language()));
        } else if (command instanceof ClientCommand.Resume resume) {
            engine.resume(roomId, connection, resume.id(), resume.afterSeq());
        } else if (command instanceof ClientCommand.Typing typing) {
            engine.typing(roomId, connection, typing.id(), typing.active());
        } else if (command instanceof ClientCommand.Ping ping) {
            connection.send(frames.pong(ping.id()));
        } else if (command instanceof ClientCommand.Coach coach) {
            connection.send(frames.coaching(coach.id(), Coach.coach(coach.text())));
        }
    }

    private boolean allowed(WebSocketConnection connection, String roomId) {
        return sockets.allowCommand(roomId, connection.caller().id());
    }

    private String tooMuch(WebSocketConnection connection, String commandId) {
        return frames.error(
                commandId,
                Refusal.RATE_LIMITED,
                new RefusedException(Refusal.RATE_LIMITED, "refusal.rate.too-many").message(connection.language()));
    }

    /**
     * A pong answering a heartbeat: the client is still there. Pongs nobody
     * asked for count against the rate limit like commands, so every pong does.
     */
    @OnMessage
    public void pong(Session session, PongMessage pong, @PathParam("roomId") String roomId) {
        if (session.getUserProperties().get(CONNECTION) instanceof WebSocketConnection connection) {
            if (!allowed(connection, roomId)) {
                connection.send(tooMuch(connection, null));
                return;
            }
            connection.heard();
        }
    }

    @OnClose
    public void closed(Session session, CloseReason reason, @PathParam("roomId") String roomId) {
        release(session, roomId);
    }

    /**
     * A failure the handlers above did not handle. The connection's own
     * failures (a reset, a frame the container refused) are the container's to
     * close; any other leaves the socket open but unregistered, outside the
     * socket cap, the heartbeat and sign-out, so it is closed with 1011 and the
     * client reconnects and resumes.
     */
    @OnError
    public void failed(Session session, Throwable failure, @PathParam("roomId") String roomId) {
        release(session, roomId);
        if (failure instanceof IOException) {
            LOG.debugf("Socket error in room %s: %s", roomId, failure.getClass().getSimpleName());
            return;
        }
        LOG.warnf(
                "Closing a socket in room %s after an unhandled %s",
                roomId, failure.getClass().getName());
        close(session, CloseCodes.SERVER_ERROR, Words.phrase("farewell.server-error"));
    }

    private void release(Session session, String roomId) {
        WebSocketConnection connection =
                (WebSocketConnection) session.getUserProperties().remove(CONNECTION);
        if (connection != null) {
            connection.cancelExpiry();
            sockets.remove(connection);
            engine.disconnect(roomId, connection);
        }
    }

    private static void close(Session session, Words.Phrase reason) {
        close(session, CloseCodes.POLICY, reason);
    }

    /** Closes a socket that has no connection (yet, or any more), in the language its handshake asked for. */
    private static void close(Session session, int code, Words.Phrase reason) {
        new WebSocketConnection(session, null, Instant.EPOCH, 0, languageOf(session)).close(code, reason);
    }
}

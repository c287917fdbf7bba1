package org.attune.interfaces.live;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.ScheduledFuture;
import org.attune.application.live.LiveConnection;
import org.attune.security.Caller;
import org.jboss.logging.Logger;

/** A live socket, as the room engine sees it. */
final class WebSocketConnection implements LiveConnection {

    private static final Logger LOG = Logger.getLogger(WebSocketConnection.class);

    private final Session session;
    private final Caller caller;
    private volatile ScheduledFuture<?> expiry;
    private volatile long lastHeardNanos = System.nanoTime();

    WebSocketConnection(Session session, Caller caller) {
        this.session = session;
        this.caller = caller;
    }

    @Override
    public Caller caller() {
        return caller;
    }

    @Override
    public void send(String frame) {
        if (session.isOpen()) {
            session.getAsyncRemote().sendText(frame);
        }
    }

    @Override
    public void close(int code, String reason) {
        cancelExpiry();
        if (!session.isOpen()) {
            return;
        }
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
        } catch (IOException | IllegalStateException e) {
            LOG.debugf("Closing a socket failed: %s", e.getMessage());
        }
    }

    void ping() {
        if (session.isOpen()) {
            try {
                session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
            } catch (IOException | IllegalStateException e) {
                LOG.debugf("Heartbeat failed: %s", e.getMessage());
            }
        }
    }

    /** The client said something: a frame, or a pong to a heartbeat. */
    void heard() {
        lastHeardNanos = System.nanoTime();
    }

    /** Whether the client has said nothing for longer than {@code silence}. */
    boolean silentFor(java.time.Duration silence) {
        return System.nanoTime() - lastHeardNanos > silence.toNanos();
    }

    void expiresWith(ScheduledFuture<?> expiry) {
        this.expiry = expiry;
    }

    void cancelExpiry() {
        ScheduledFuture<?> e = expiry;
        if (e != null) {
            e.cancel(false);
        }
    }
}

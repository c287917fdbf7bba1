package org.attune.interfaces.live;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.attune.application.live.CloseCodes;
import org.attune.application.live.LiveConnection;
import org.attune.domain.Language;
import org.attune.domain.Words;
import org.attune.security.Caller;
import org.jboss.logging.Logger;

/**
 * A live socket, as the room engine sees it. Frames are sent without waiting;
 * what waits to be written is counted, and a client that falls too far behind
 * reading it is closed with {@link CloseCodes#TOO_SLOW} (it reconnects and
 * resumes) instead of holding the server's memory.
 */
final class WebSocketConnection implements LiveConnection {

    private static final Logger LOG = Logger.getLogger(WebSocketConnection.class);

    private final Session session;
    private final Caller caller;
    private final Instant openedAt;
    private final long maxUnsent;
    private final AtomicLong unsent = new AtomicLong();
    private volatile ScheduledFuture<?> expiry;
    private volatile long lastHeardNanos = System.nanoTime();
    /** When a frame was last written, or when frames began to wait after none did. */
    private volatile long lastWrittenNanos = System.nanoTime();

    private volatile boolean fellBehind;
    private final Language language;

    WebSocketConnection(Session session, Caller caller, Instant openedAt, long maxUnsent, Language language) {
        this.session = session;
        this.language = language;
        this.caller = caller;
        this.openedAt = openedAt;
        this.maxUnsent = maxUnsent;
    }

    /** When the socket was let in: a sign-out after it closes it. */
    Instant openedAt() {
        return openedAt;
    }

    @Override
    public Caller caller() {
        return caller;
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public void send(String frame) {
        if (fellBehind || !session.isOpen()) {
            return;
        }
        long size = frame.length();
        long waiting = unsent.addAndGet(size);
        if (waiting > maxUnsent) {
            unsent.addAndGet(-size);
            fallBehind();
            return;
        }
        if (waiting == size) {
            lastWrittenNanos = System.nanoTime();
        }
        session.getAsyncRemote().sendText(frame, result -> {
            unsent.addAndGet(-size);
            lastWrittenNanos = System.nanoTime();
        });
    }

    @Override
    public long unsent() {
        return unsent.get();
    }

    /** Whether frames have waited to be written, without any being written, for longer than {@code limit}. */
    boolean stalledFor(Duration limit) {
        return unsent.get() > 0 && System.nanoTime() - lastWrittenNanos > limit.toNanos();
    }

    /** The client does not read what is sent to it: nothing more is queued, and the socket closes. */
    void fallBehind() {
        fellBehind = true;
        close(CloseCodes.TOO_SLOW, Words.phrase("farewell.too-slow"));
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

package org.attune.application.live;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.attune.application.Failures;
import org.attune.application.RoomClaims;
import org.attune.application.Transactions;
import org.jboss.logging.Logger;

/**
 * This engine as a writer of rooms ({@link RoomClaims}): registered when it
 * starts, seen again every {@link #EVERY} while it runs, taken off when it
 * stops, so that its rooms are free at once for the other servers' engines.
 * An engine that stops without saying so (its server was killed) is taken to
 * be gone after {@link RoomClaims#GONE_AFTER}.
 */
final class WriterPresence {

    /** How often the engine says that it is still there. */
    static final Duration EVERY = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(WriterPresence.class);

    private final RoomClaims claims;
    private final Transactions tx;
    private final Clock clock;
    private final String node;
    private final String writer;
    private volatile boolean failing;
    private ScheduledFuture<?> beat;

    WriterPresence(RoomClaims claims, Transactions tx, Clock clock, String node) {
        this.claims = claims;
        this.tx = tx;
        this.clock = clock;
        this.node = node.length() > 40 ? node.substring(0, 40) : node;
        this.writer = this.node + "/" + UUID.randomUUID();
    }

    /** This engine's id as a writer: its server's name and an id of its own, new each time it starts. */
    String writer() {
        return writer;
    }

    void start(ScheduledExecutorService scheduler) {
        here();
        beat = scheduler.scheduleWithFixedDelay(this::here, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() {
        if (beat != null) {
            beat.cancel(false);
        }
        try {
            tx.inNewTransaction(() -> {
                claims.leave(writer);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warnf(Failures.withoutMessages(e), "Room writer %s could not say that it stops", writer);
        }
    }

    private void here() {
        try {
            tx.inNewTransaction(() -> {
                claims.here(writer, node, clock.instant());
                return null;
            });
            if (failing) {
                failing = false;
                LOG.infof("Room writer %s is seen again", writer);
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warnf(Failures.withoutMessages(e), "Room writer %s could not say that it is still there", writer);
            }
        }
    }
}

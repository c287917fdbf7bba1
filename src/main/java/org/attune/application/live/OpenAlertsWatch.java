package org.attune.application.live;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.attune.application.Failures;
import org.attune.application.RoomClaims;
import org.attune.application.Transactions;
import org.attune.security.AuditAction;
import org.attune.security.AuditEntry;
import org.attune.security.AuditTrail;
import org.jboss.logging.Logger;

/**
 * Keeps every open safety alert escalating, whoever writes its room, and
 * every practice's reminder on time. When the
 * server starts, it wakes the rooms that raised a safety alert lately: each
 * rebuilds its state, and an alert still waiting for an acknowledgement has
 * its next escalation scheduled (one overdue fires at once), without waiting
 * for someone to open the room. Then, every {@link #WATCH_EVERY}, it wakes
 * those of them that nobody takes care of ({@link RoomClaims#orphans}): their
 * server stopped or died, and nobody came back to them on another. The audit
 * log says which rooms raised alerts; the rooms themselves know which are
 * still open. While the database cannot be reached, it tries again later,
 * until the application stops: the server's scheduler outlives a deployment.
 */
final class OpenAlertsWatch {

    /** How far back an alert may still be open; the practice's list of alerts shows as much. */
    static final Duration LOOK_BACK = Duration.ofDays(30);

    /** How far back practice may have been given that is not due yet: as far ahead as it may be due. */
    static final Duration PRACTICE_LOOK_BACK = org.attune.domain.practice.Practice.FURTHEST_DUE;

    private static final int MAX_ROOMS = 10_000;
    private static final Duration FIRST_TRY = Duration.ofSeconds(2);
    /** How often rooms with alerts that nobody takes care of are looked for. */
    static final Duration WATCH_EVERY = Duration.ofSeconds(15);

    private static final Logger LOG = Logger.getLogger(OpenAlertsWatch.class);

    private final AuditTrail audit;
    private final Transactions tx;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Consumer<String> wake;
    private final RoomClaims claims;
    private volatile boolean stopped;
    /** Whether the first look, which wakes every room with alerts, was made. */
    private volatile boolean started;

    OpenAlertsWatch(
            AuditTrail audit,
            RoomClaims claims,
            Transactions tx,
            Clock clock,
            ScheduledExecutorService scheduler,
            Consumer<String> wake) {
        this.audit = audit;
        this.claims = claims;
        this.tx = tx;
        this.clock = clock;
        this.scheduler = scheduler;
        this.wake = wake;
    }

    void start() {
        later(FIRST_TRY);
    }

    /** The application stops: no more looks, and none again. */
    void stop() {
        stopped = true;
    }

    private void later(Duration delay) {
        if (stopped) {
            return;
        }
        try {
            scheduler.schedule(this::run, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            LOG.debug("The server is stopping: rooms with open safety alerts are not woken");
        }
    }

    private void run() {
        if (stopped) {
            return;
        }
        boolean first = !started;
        Set<String> rooms;
        try {
            rooms = tx.inNewTransaction(() -> {
                Set<String> ids = new LinkedHashSet<>();
                for (AuditEntry a :
                        audit.ofAction(AuditAction.SAFETY_ALERT, clock.instant().minus(LOOK_BACK), MAX_ROOMS)) {
                    a.roomId().ifPresent(ids::add);
                }
                // Practice due later is reminded of by its room: rooms given practice lately are woken too.
                for (AuditEntry a : audit.ofAction(
                        AuditAction.PRACTICE_ASSIGNED, clock.instant().minus(PRACTICE_LOOK_BACK), MAX_ROOMS)) {
                    a.roomId().ifPresent(ids::add);
                }
                if (first || ids.isEmpty()) {
                    return ids;
                }
                Set<String> orphans = claims.orphans(ids, clock.instant());
                ids.retainAll(orphans);
                return ids;
            });
        } catch (RuntimeException e) {
            LOG.warnf(
                    Failures.withoutMessages(e),
                    "Rooms with open safety alerts could not be looked up; trying again in %d s",
                    WATCH_EVERY.toSeconds());
            later(WATCH_EVERY);
            return;
        }
        started = true;
        rooms.forEach(wake);
        if (first && !rooms.isEmpty()) {
            LOG.infof("Woke %d rooms that raised safety alerts lately, so that open alerts escalate", rooms.size());
        } else if (!rooms.isEmpty()) {
            LOG.infof("Woke %d rooms with safety alerts whose server stopped or is gone", rooms.size());
        }
        later(WATCH_EVERY);
    }
}

package org.attune.interfaces.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attune.application.Settings;
import org.attune.application.SignOuts;
import org.attune.application.Transactions;
import org.attune.application.live.CloseCodes;
import org.attune.application.live.RateLimiter;
import org.attune.domain.Words;

/**
 * Every open live socket on this server, by member: caps the sockets a member
 * may hold, sends heartbeats and closes the sockets that stopped answering
 * them (browsers and WebSocket libraries answer pings by themselves) or
 * stopped reading what is sent to them (however much they send), and
 * closes a member's sockets when they sign out.
 */
@ApplicationScoped
public class LiveSockets {

    private static final Logger LOG = Logger.getLogger(LiveSockets.class.getName());

    public static final int MAX_SOCKETS_PER_MEMBER = 5;

    /** How often the sign-outs taken by other servers are read. */
    static final Duration SIGN_OUT_LOOK = Duration.ofSeconds(2);

    /** How far back each read reaches before the last one: a sign-out committed late is still seen. */
    static final Duration SIGN_OUT_OVERLAP = Duration.ofSeconds(10);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    SignOuts signOuts;

    @Inject
    Transactions tx;

    private final ConcurrentMap<String, Set<WebSocketConnection>> byMember = new ConcurrentHashMap<>();
    private RateLimiter rateLimiter;
    private ScheduledFuture<?> heartbeat;
    private ScheduledFuture<?> signOutWatch;
    /** Up to when the sign-outs of other servers were read; only the watch's own runs touch it. */
    private Instant signOutsReadTo;

    private long signOutLooks;
    private boolean signOutsUnreadable;
    /** Seconds since the heartbeat started; only the heartbeat's own runs touch it, one after the other. */
    private long tick;
    /** The heartbeat period, in seconds: each socket's turn comes once in it. */
    private long every;

    @PostConstruct
    void configure() {
        rateLimiter = new RateLimiter(settings.commandsPerMinute());
        every = settings.heartbeatPeriod().toSeconds();
    }

    void start(@Observes Startup startup) {
        heartbeat = scheduler.scheduleAtFixedRate(this::beat, 1, 1, TimeUnit.SECONDS);
        signOutsReadTo = clock.instant();
        signOutWatch = scheduler.scheduleWithFixedDelay(
                this::followSignOuts, SIGN_OUT_LOOK.toMillis(), SIGN_OUT_LOOK.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        if (signOutWatch != null) {
            signOutWatch.cancel(false);
        }
    }

    /** Registers a socket; {@code false} when the member already holds the most they may. */
    boolean add(WebSocketConnection connection) {
        boolean[] added = new boolean[1];
        byMember.compute(connection.caller().id(), (id, set) -> {
            Set<WebSocketConnection> sockets = set == null ? ConcurrentHashMap.newKeySet() : set;
            added[0] = sockets.size() < MAX_SOCKETS_PER_MEMBER && sockets.add(connection);
            return sockets;
        });
        return added[0];
    }

    void remove(WebSocketConnection connection) {
        byMember.computeIfPresent(connection.caller().id(), (id, sockets) -> {
            sockets.remove(connection);
            return sockets.isEmpty() ? null : sockets;
        });
    }

    /** Whether the member may send another command to the room now. */
    boolean allowCommand(String roomId, String memberId) {
        return rateLimiter.tryAcquire(roomId + '/' + memberId, clock.instant());
    }

    /** Closes every socket of a member, e.g. when they sign out. */
    public void closeAllOf(String memberId, int code, Words.Phrase reason) {
        Set<WebSocketConnection> sockets = byMember.getOrDefault(memberId, Set.of());
        sockets.forEach(c -> c.close(code, reason));
    }

    /**
     * Closes the sockets whose person signed out on another server (or left
     * quickly there) after opening them: the sign-out closed only that
     * server's sockets at once. Every few seconds; now and then it forgets
     * sign-outs too old to matter. A database that cannot be read is logged
     * once and tried again at the next look.
     */
    private void followSignOuts() {
        Instant now = clock.instant();
        Instant from = signOutsReadTo.minus(SIGN_OUT_OVERLAP);
        try {
            Map<String, Instant> recent = tx.inNewTransaction(() -> {
                if (signOutLooks++ % 30 == 0) {
                    signOuts.forgetBefore(now.minus(SignOuts.KEPT));
                }
                return byMember.isEmpty() ? Map.<String, Instant>of() : signOuts.since(from);
            });
            signOutsReadTo = now;
            signOutsUnreadable = false;
            recent.forEach((member, at) -> byMember.getOrDefault(member, Set.of()).stream()
                    .filter(c -> c.openedAt().isBefore(at))
                    .forEach(c -> c.close(CloseCodes.POLICY, Words.phrase("farewell.signed-out"))));
        } catch (RuntimeException e) {
            if (!signOutsUnreadable) {
                LOG.log(Level.WARNING, "Could not read the sign-outs of other servers: {0}", e.toString());
            }
            signOutsUnreadable = true;
        }
    }

    /**
     * Once a second, pings a share of the sockets and closes those of them that
     * stopped answering: each socket's turn comes every heartbeat period, and
     * the pings are spread over it instead of going out all at once (with
     * thousands of sockets open, a burst of pings and pongs held up the
     * conversations for tens of milliseconds every period).
     */
    private void beat() {
        long slot = tick++ % every;
        Duration limit = settings.silenceLimit();
        byMember.values()
                .forEach(sockets -> sockets.forEach(c -> {
                    if (Math.floorMod(System.identityHashCode(c), every) != slot) {
                        return;
                    }
                    if (c.silentFor(limit)) {
                        c.close(CloseCodes.GOING_AWAY, Words.phrase("farewell.no-heartbeat"));
                    } else if (c.stalledFor(limit)) {
                        c.fallBehind();
                    } else {
                        c.ping();
                    }
                }));
        if (slot == 0) {
            rateLimiter.forgetIdle(clock.instant());
        }
    }
}

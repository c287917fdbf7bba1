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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.attune.application.Settings;
import org.attune.application.live.CloseCodes;
import org.attune.application.live.RateLimiter;

/**
 * Every open live socket on this server, by member: caps the sockets a member
 * may hold, sends heartbeats and closes the sockets that stopped answering
 * them (browsers and WebSocket libraries answer pings by themselves) or
 * stopped reading what is sent to them (however much they send), and
 * closes a member's sockets when they sign out.
 */
@ApplicationScoped
public class LiveSockets {

    public static final int MAX_SOCKETS_PER_MEMBER = 5;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    private final ConcurrentMap<String, Set<WebSocketConnection>> byMember = new ConcurrentHashMap<>();
    private RateLimiter rateLimiter;
    private ScheduledFuture<?> heartbeat;
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
    }

    @PreDestroy
    void stop() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
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
    public void closeAllOf(String memberId, int code, String reason) {
        Set<WebSocketConnection> sockets = byMember.getOrDefault(memberId, Set.of());
        sockets.forEach(c -> c.close(code, reason));
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
                        c.close(CloseCodes.GOING_AWAY, "No answer to heartbeats; reconnect to continue.");
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

package org.attune.interfaces.rest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.attune.application.Settings;
import org.attune.application.live.RateLimiter;
import org.attune.security.Caller;

/**
 * How often each person may make the REST calls that cost the server work or
 * leave records behind: coaching a draft, creating an invitation, accepting
 * one. A token bucket per person and call, refilled smoothly, as on the live
 * socket; a call over the limit is refused with {@link TooManyCalls}.
 */
@ApplicationScoped
public class CallLimits {

    /** The limited calls. */
    public enum Call {
        COACH,
        INVITE,
        ACCEPT
    }

    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private final Map<Call, RateLimiter> limiters = new EnumMap<>(Call.class);
    private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);

    @PostConstruct
    void configure() {
        limiters.put(Call.COACH, new RateLimiter(settings.coachPerMinute()));
        limiters.put(Call.INVITE, new RateLimiter(settings.invitationsPerMinute()));
        limiters.put(Call.ACCEPT, new RateLimiter(settings.acceptsPerMinute()));
    }

    /** Counts the call; refuses it when the caller has made too many of them lately. */
    public void count(Caller caller, Call call) {
        Instant now = clock.instant();
        sweep(now);
        RateLimiter limiter = limiters.get(call);
        if (!limiter.tryAcquire(caller.id(), now)) {
            throw new TooManyCalls(limiter.untilNext(caller.id(), now));
        }
    }

    /** Once a minute, forgets the people who have been quiet (their buckets would be full anyway). */
    private void sweep(Instant now) {
        Instant due = nextSweep.get();
        if (now.isAfter(due) && nextSweep.compareAndSet(due, now.plus(SWEEP_EVERY))) {
            limiters.values().forEach(l -> l.forgetIdle(now));
        }
    }
}

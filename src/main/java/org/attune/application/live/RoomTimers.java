package org.attune.application.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomState;

/**
 * What rooms must do by themselves later: end a mute, warn or end a turn, open
 * the check-in after a pause, escalate a safety alert nobody acknowledged. A timer hands its command back to the room's
 * shard when its moment comes, never before; a command that no longer applies
 * by then changes nothing. One instance per shard, used by its thread; a timer
 * that fires clears its own mark from {@code armed} on the scheduler's thread.
 */
final class RoomTimers {

    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    /** Hands a server command to a room's shard. */
    private final BiConsumer<String, RoomCommand> submit;

    /**
     * The timer armed for each room, until it fires: one whose command then
     * came to nothing (its batch failed, the room was rebuilt) is armed again.
     */
    private final Map<String, RoomState.Timer> armed = new ConcurrentHashMap<>();
    /** The safety alerts' escalations and the practices' reminders scheduled, by room: each is scheduled once. */
    private final Map<String, Set<RoomState.Timer>> armedStanding = new HashMap<>();

    RoomTimers(Clock clock, ScheduledExecutorService scheduler, BiConsumer<String, RoomCommand> submit) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.submit = submit;
    }

    /** A mute ends by itself at its time (if it still stands then). */
    void expireMute(String roomId, String memberId, Instant until) {
        when(until, () -> submit.accept(roomId, new RoomCommand.ExpireMute(memberId, until)));
    }

    /**
     * Schedules what the room must do next by itself (warn, end a turn, open
     * the check-in after a pause), once per timer.
     */
    void arm(String roomId, RoomState state) {
        armStanding(roomId, state);
        RoomState.Timer timer = state.nextTimer().orElse(null);
        if (Objects.equals(timer, armed.get(roomId))) {
            return;
        }
        if (timer == null) {
            armed.remove(roomId);
            return;
        }
        armed.put(roomId, timer);
        when(timer.at(), () -> {
            armed.remove(roomId, timer);
            submit.accept(roomId, timer.command());
        });
    }

    /**
     * Schedules each safety alert's next escalation, and each practice's
     * reminder, once. One that no longer applies when it fires (acknowledged,
     * escalated or reminded already, the practice done) changes nothing.
     */
    private void armStanding(String roomId, RoomState state) {
        List<RoomState.Timer> due = state.standingTimers();
        if (due.isEmpty()) {
            armedStanding.remove(roomId);
            return;
        }
        Set<RoomState.Timer> before = armedStanding.getOrDefault(roomId, Set.of());
        for (RoomState.Timer timer : due) {
            if (!before.contains(timer)) {
                when(timer.at(), () -> submit.accept(roomId, timer.command()));
            }
        }
        armedStanding.put(roomId, new HashSet<>(due));
    }

    /**
     * Runs an action once the clock has reached a moment, never before it: the
     * scheduler's own clock may wake it a little early, so it looks again.
     */
    private void when(Instant at, Runnable action) {
        long delay = Duration.between(clock.instant(), at).toNanos();
        if (delay <= 0) {
            action.run();
        } else {
            scheduler.schedule(() -> when(at, action), delay, TimeUnit.NANOSECONDS);
        }
    }
}

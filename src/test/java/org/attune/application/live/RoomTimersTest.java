package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomFixture;
import org.attune.domain.room.RoomState;
import org.attune.domain.turn.TurnCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A room's timers act at their moment by the clock, never before, even when the scheduler wakes early. */
class RoomTimersTest {

    private final EngineHarness.MutableClock clock = new EngineHarness.MutableClock(EngineHarness.T0);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<RoomCommand> submitted = new CopyOnWriteArrayList<>();
    private final RoomTimers timers = new RoomTimers(clock, scheduler, (room, command) -> submitted.add(command));

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aMuteEndsOnlyOnceTheClockHasReachedItsEnd() {
        Instant until = EngineHarness.T0.plusMillis(50);
        timers.expireMute("room", "sam", until);

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(submitted::isEmpty);
        clock.set(until);

        await().atMost(Duration.ofSeconds(2)).until(() -> !submitted.isEmpty());
        assertThat(submitted).containsExactly(new RoomCommand.ExpireMute("sam", until));
    }

    @Test
    void aMomentAlreadyPastActsAtOnce() {
        clock.set(EngineHarness.T0.plusSeconds(60));
        timers.expireMute("room", "sam", EngineHarness.T0);

        assertThat(submitted).containsExactly(new RoomCommand.ExpireMute("sam", EngineHarness.T0));
    }

    @Test
    void aTurnTimerThatFiredIsArmedAgainWhenItsCommandCameToNothing() {
        RoomFixture room = RoomFixture.moderated("floor", "alex", "sam");
        room.turn("maya", new TurnCommand.SetTurnLimit(60));
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        RoomState.Timer warning = room.state.nextTimer().orElseThrow();
        clock.set(warning.at());

        timers.arm(room.room.id(), room.state);
        assertThat(submitted).containsExactly(warning.command());
        // The batch that carried the warning failed: the room is rebuilt from its log, unchanged, and armed again.
        timers.arm(room.room.id(), room.rebuilt());
        assertThat(submitted).containsExactly(warning.command(), warning.command());
    }
}

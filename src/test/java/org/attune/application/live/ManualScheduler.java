package org.attune.application.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Keeps what is scheduled, with its delay, and runs it when the test says. */
final class ManualScheduler extends ScheduledThreadPoolExecutor {
    final List<Duration> delays = new ArrayList<>();
    final List<Runnable> due = new ArrayList<>();

    ManualScheduler() {
        super(1);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        delays.add(Duration.ofMillis(unit.toMillis(delay)));
        due.add(command);
        return null;
    }

    void runNext() {
        due.remove(0).run();
    }

    void runAll() {
        while (!due.isEmpty()) {
            runNext();
        }
    }
}

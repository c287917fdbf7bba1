package org.attune.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs the retention job by itself: a minute after the server starts, then
 * every {@code attune.retention.sweep-minutes}. A run that fails is logged and
 * tried again at the next; it names rooms by their ids and counts, never content.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    RetentionService retention;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> runs;

    void start(@Observes Startup startup) {
        long every = settings.retention().sweepEvery().toMinutes();
        runs = scheduler.scheduleWithFixedDelay(this::run, 1, every, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }

    private void run() {
        try {
            RetentionService.Sweep sweep = retention.sweep(clock.instant());
            if (sweep.roomsPurged() + sweep.partsErased() + sweep.requestsCompleted() > 0) {
                LOG.infof(
                        "Retention: %d rooms purged, %d parts of rooms erased, %d erasure requests completed.",
                        sweep.roomsPurged(), sweep.partsErased(), sweep.requestsCompleted());
            }
        } catch (RuntimeException e) {
            LOG.warnf(
                    "Retention: this run stopped (%s); the next run tries again.",
                    e.getClass().getSimpleName());
        }
    }
}

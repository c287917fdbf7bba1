package org.attune.application.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.attune.application.Failures;
import org.jboss.logging.Logger;

/**
 * What a shard does while the database cannot be reached ({@link
 * org.attune.application.DatabaseOutage}): nothing of a batch was stored and
 * none of its jobs is to blame, so there is nothing to bisect. Who asked is
 * answered {@code unavailable}; the server's own work is queued again, in
 * order, after a wait that grows while the database stays away. Used by one
 * shard thread.
 */
final class Outage {

    /** The first wait before the server's own work is tried again while the database is out of reach. */
    static final Duration FIRST_RETRY = Duration.ofMillis(250);
    /** The longest such wait. */
    static final Duration LAST_RETRY = Duration.ofSeconds(4);

    private static final Logger LOG = Logger.getLogger(Shard.class);

    private final int index;
    private final EngineParts parts;
    private final ScheduledExecutorService scheduler;
    private final Consumer<Job> submit;
    /** How long the server's own work waits before it is tried again; null while the database answers. */
    private Duration retryAfter;

    Outage(int index, EngineParts parts, ScheduledExecutorService scheduler, Consumer<Job> submit) {
        this.index = index;
        this.parts = parts;
        this.scheduler = scheduler;
        this.submit = submit;
    }

    /** The jobs' batch failed because the database could not be reached. */
    void unreachable(List<Job> jobs, Exception e) {
        if (retryAfter == null) {
            retryAfter = FIRST_RETRY;
            LOG.warnf(
                    Failures.withoutMessages(e),
                    "Room shard %d cannot reach the database: nothing of %d changes was stored; people are told to"
                            + " try again, and the server's own work waits for the database",
                    index,
                    jobs.size());
        } else {
            retryAfter = retryAfter.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retryAfter.multipliedBy(2);
        }
        List<Job> again = new ArrayList<>();
        for (Job job : jobs) {
            if (job.retriedWhenUnavailable()) {
                again.add(job);
            } else {
                job.unavailable(parts);
            }
        }
        if (!again.isEmpty()) {
            try {
                scheduler.schedule(() -> again.forEach(submit), retryAfter.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                LOG.debugf("Room shard %d is stopping: %d jobs of its own were not tried again", index, again.size());
            }
        }
    }

    /** A batch was stored: the database answers again, if it did not. */
    void over() {
        if (retryAfter != null) {
            retryAfter = null;
            LOG.infof("Room shard %d stores again", index);
        }
    }
}

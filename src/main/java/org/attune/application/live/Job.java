package org.attune.application.live;

import java.util.Locale;

/**
 * A unit of work on one room's shard. {@link #run} runs inside the batch
 * transaction and returns what to do after the commit; {@link #failed} is
 * called instead when the batch could not be committed.
 */
abstract class Job {

    private final String roomId;

    Job(String roomId) {
        this.roomId = roomId;
    }

    String roomId() {
        return roomId;
    }

    /** What the job is, for the log: its kind, never what it carries. */
    String kind() {
        return getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    abstract Runnable run(Shard shard);

    abstract void failed(EngineParts parts);
}

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

    /**
     * Whether a person asked for this (a command, a resume, a socket opening,
     * a use case's change): only such jobs count towards the shard's queue
     * limit and may be refused when it is full. A socket closing, the
     * server's own commands and the rest of a replay are never refused.
     */
    boolean fromClient() {
        return false;
    }

    /**
     * Whether the job may claim its room from another engine that still runs
     * ({@link RoomHolds}): a person asked for it through a socket or request
     * that is still this server's. A command from a socket this engine closed
     * when the room moved away never takes the room back.
     */
    boolean claims(Shard shard) {
        return fromClient();
    }

    /**
     * Whether the job builds on nothing this server showed of the room before
     * (a socket that opens, a use case's change): when another engine claimed
     * the room meanwhile, the person reached this server, so the job claims
     * the room back and runs on it as it is now.
     */
    boolean startsAfresh() {
        return false;
    }

    /** The shard's queue was full: the job is refused; nothing changed. */
    void overloaded(EngineParts parts) {}

    /**
     * The batch could not be stored because the database cannot be reached:
     * nothing of the job was applied. By default as {@link #failed}.
     */
    void unavailable(EngineParts parts) {
        failed(parts);
    }

    /**
     * Whether the job is the server's own work that must not be lost (a timer's
     * command, a socket that closed): instead of failing while the database
     * cannot be reached, it is queued again a little later, until it is back.
     */
    boolean retriedWhenUnavailable() {
        return false;
    }
}

package org.attune.application.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.attune.application.DatabaseOutage;
import org.attune.application.Failures;
import org.attune.domain.Words;
import org.attune.domain.member.MemberView;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomState;
import org.jboss.logging.Logger;

/**
 * One shard of the room engine: a queue, the thread that drains it, and the
 * live state and sockets of the rooms whose ids hash to it.
 *
 * <p>The thread takes the jobs waiting in the queue as a batch, runs each
 * against its room's in-memory state inside one transaction (group commit:
 * one fsync for many messages), and only after the commit runs what each job
 * left to do: send events, acks and errors. So the commands of one room are
 * applied one at a time, in order, nothing is sent before it is stored, and
 * socket threads never wait on the database. When a commit fails, the rooms it
 * touched are rebuilt from the log and the batch is retried without the job
 * that failed it: one person's command never costs another room a message.
 * When it fails because the database cannot be reached ({@link DatabaseOutage}),
 * no job is to blame: the people who asked are answered {@code unavailable} at
 * once, and the server's own work (timers, sockets that closed) is queued again
 * a little later, until the database is back.
 *
 * <p>What it holds is bounded. At most {@code maxQueued} jobs that people
 * asked for wait in the queue; more are refused with {@code overloaded} at
 * once. A room nobody is connected to is let go after {@link #ROOM_IDLE} and
 * rebuilt from the log when it is needed again.
 *
 * <p>When Attune runs on several servers, a room is written by one engine at a
 * time ({@link RoomHolds}): a batch for a room another engine has
 * claimed since is not stored, and this shard lets the room go.
 */
final class Shard implements Runnable {

    static final int MAX_BATCH = 256;
    /** One job that cannot be stored takes 9 failed attempts to find among 256; two, at most 17. */
    static final int MAX_FAILED_ATTEMPTS = 20;
    /** The default of {@code attune.live.max-queued-commands}. */
    static final int MAX_QUEUED = 10_000;
    /** How long a room nobody is connected to stays in memory. */
    static final Duration ROOM_IDLE = Duration.ofMinutes(30);

    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    /** A socket with less than this waiting to be sent is ready for the next page of a replay. */
    private static final long DRAINED = 128 * 1024;
    /** How many times (50 ms apart) a replay waits for a socket to drain before it goes on regardless. */
    private static final int MAX_DRAIN_WAITS = 20 * 60 * 5;

    private static final Logger LOG = Logger.getLogger(Shard.class);

    private final int index;
    private final EngineParts parts;
    private final RoomTimers timers;
    private final ScheduledExecutorService scheduler;
    private final Fanout fanout;
    private final RoomHolds holds;
    private final Outage outage;
    /** Whether the job that runs now was asked for by a person: it may claim a room another engine holds. */
    private boolean askedByPerson;

    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final Map<String, RoomState> states = new HashMap<>();
    private final Map<String, RoomConnections> connections = new HashMap<>();
    /** When a job last touched each room whose state is loaded. */
    private final Map<String, Instant> lastUsed = new HashMap<>();
    /** The jobs people asked for that wait in the queue. */
    private final AtomicInteger waiting = new AtomicInteger();

    private final int maxQueued;
    private final long batchWaitNanos;
    private Instant nextSweep = Instant.MIN;

    private volatile boolean running = true;
    private Thread thread;

    Shard(int index, EngineParts parts, ScheduledExecutorService scheduler) {
        this(index, parts, scheduler, MAX_QUEUED, Duration.ZERO);
    }

    Shard(int index, EngineParts parts, ScheduledExecutorService scheduler, int maxQueued, Duration batchWait) {
        this.index = index;
        this.maxQueued = maxQueued;
        this.batchWaitNanos = batchWait.toNanos();
        this.scheduler = scheduler;
        this.parts = parts;
        this.timers = new RoomTimers(parts.clock(), scheduler, parts.serverCommand());
        this.fanout = new Fanout(parts, timers);
        this.holds = new RoomHolds(parts);
        this.outage = new Outage(index, parts, scheduler, this::submit);
    }

    void start(Thread shardThread) {
        this.thread = shardThread;
        shardThread.start();
    }

    /** Queues a job; one that a person asked for is refused with {@code overloaded} when too many wait. */
    void submit(Job job) {
        if (job.fromClient() && waiting.incrementAndGet() > maxQueued) {
            waiting.decrementAndGet();
            job.overloaded(parts);
            return;
        }
        queue.add(job);
    }

    /** Queues the next page of a replay once the socket sent most of it: a slow reader gets its history at its pace. */
    void submitWhenDrained(LiveConnection connection, Job next) {
        submitWhenDrained(connection, next, 0);
    }

    private void submitWhenDrained(LiveConnection connection, Job next, int waited) {
        if (connection.unsent() < DRAINED || waited >= MAX_DRAIN_WAITS) {
            submit(next);
        } else {
            scheduler.schedule(() -> submitWhenDrained(connection, next, waited + 1), 50, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void run() {
        List<Job> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                Job first = queue.poll(1, TimeUnit.SECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, MAX_BATCH - 1);
                    gather(batch);
                    batch.forEach(job -> {
                        if (job.fromClient()) {
                            waiting.decrementAndGet();
                        }
                    });
                    process(batch);
                }
                letIdleRoomsGo();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                // The shard must outlive anything one batch does: its rooms have no other thread.
                LOG.errorf(Failures.withoutMessages(e), "Room shard %d failed a batch", index);
            } finally {
                batch.clear();
            }
        }
        for (RoomConnections room : connections.values()) {
            room.all().forEach(c -> parts.broadcaster().goingAway(c, Words.phrase("farewell.restarting")));
        }
    }

    /**
     * Waits {@code attune.live.batch-wait-micros} for more jobs to join a batch that is not full: one
     * commit for more messages costs less per message (see {@code docs/benchmarks.md}).
     */
    private void gather(List<Job> batch) {
        if (batchWaitNanos > 0 && batch.size() < MAX_BATCH) {
            LockSupport.parkNanos(batchWaitNanos);
            queue.drainTo(batch, MAX_BATCH - batch.size());
        }
    }

    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void process(List<Job> batch) {
        int[] failedAttempts = new int[1];
        commit(batch, failedAttempts);
    }

    /**
     * Commits the jobs as one transaction and then delivers what they left to
     * do. When that fails, the rooms they touched are rebuilt from the log and
     * the jobs are tried again in two halves, in order, until the job that
     * cannot be stored is alone: it fails alone, and everyone else's work is
     * stored. A batch gives up after {@link #MAX_FAILED_ATTEMPTS} failed
     * attempts (the database is gone, not one job): its remaining jobs fail.
     * The failure is logged by its kind, never by its message, which can hold
     * what somebody typed.
     */
    private void commit(List<Job> jobs, int[] failedAttempts) {
        if (failedAttempts[0] >= MAX_FAILED_ATTEMPTS) {
            LOG.errorf(
                    "%d more changes were not tried again after %d failed attempts", jobs.size(), MAX_FAILED_ATTEMPTS);
            jobs.forEach(job -> job.failed(parts));
            return;
        }
        List<Runnable> afterCommit = new ArrayList<>(jobs.size());
        try {
            parts.tx().inNewTransaction(() -> {
                holds.confirm(jobs.stream().map(Job::roomId).distinct().toList());
                for (Job job : jobs) {
                    askedByPerson = job.claims(this);
                    afterCommit.add(job.run(this));
                }
                return null;
            });
        } catch (Exception e) {
            // A failed commit included: whatever happens, the shard answers every job and goes on.
            failedAttempts[0]++;
            jobs.forEach(job -> {
                states.remove(job.roomId());
                lastUsed.remove(job.roomId());
                holds.forget(job.roomId());
            });
            if (e instanceof RoomHolds.RoomsMoved moved) {
                stepDown(jobs, moved.rooms(), failedAttempts);
                return;
            }
            if (DatabaseOutage.causedBy(e)) {
                outage.unreachable(jobs, e);
                return;
            }
            if (jobs.size() == 1 || failedAttempts[0] >= MAX_FAILED_ATTEMPTS) {
                LOG.errorf(
                        Failures.withoutMessages(e),
                        "%s could not be stored; nothing of it was applied",
                        jobs.size() == 1
                                ? "A " + jobs.get(0).kind() + " in room "
                                        + jobs.get(0).roomId()
                                : "A batch of " + jobs.size() + " changes");
                jobs.forEach(job -> job.failed(parts));
                return;
            }
            int half = jobs.size() / 2;
            commit(jobs.subList(0, half), failedAttempts);
            commit(jobs.subList(half, jobs.size()), failedAttempts);
            return;
        }
        outage.over();
        for (Runnable r : afterCommit) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.errorf(Failures.withoutMessages(e), "Delivering a committed change failed");
            }
        }
    }

    /**
     * Another engine claimed these rooms: their sockets here close to reconnect
     * (and resume what they missed), after who asked is told {@code unavailable}
     * (the page keeps the words and sends them again with the same id). A socket
     * that opens here now, or a use case's change, claims its room back. The
     * server's own work for them is dropped; the other rooms' jobs are tried again.
     */
    private void stepDown(List<Job> jobs, java.util.Set<String> moved, int[] failedAttempts) {
        LOG.infof("Room shard %d hands %d rooms over to the engine that claimed them", index, moved.size());
        List<Job> others = new ArrayList<>();
        for (Job job : jobs) {
            if (!moved.contains(job.roomId()) || job.startsAfresh()) {
                others.add(job);
            } else if (job.fromClient()) {
                job.unavailable(parts);
            }
        }
        moved.forEach(roomId ->
                dropRoom(roomId, c -> parts.broadcaster().goingAway(c, Words.phrase("farewell.room-moved"))));
        if (!others.isEmpty()) {
            commit(others, failedAttempts);
        }
    }

    EngineParts parts() {
        return parts;
    }

    Fanout fanout() {
        return fanout;
    }

    /** The room's state, loaded from the database the first time; null when the room does not exist. */
    RoomState state(String roomId) {
        RoomState state = loaded(roomId);
        if (state != null) {
            return state;
        }
        Room room = parts.rooms().find(roomId).orElse(null);
        if (room == null || !holds.take(roomId, askedByPerson)) {
            return null;
        }
        state = RoomState.rebuild(
                room, parts.rooms().members(roomId), parts.log().history(roomId), parts.alertPolicy());
        states.put(roomId, state);
        lastUsed.put(roomId, parts.clock().instant());
        fanout.loaded(state);
        RoomConnections open = connections.get(roomId);
        if (open != null) {
            // Rebuilt while people are connected (after a failed batch): they are here, and nobody else is.
            for (MemberView member : state.members()) {
                state.presence(member.id(), open.byMember().containsKey(member.id()));
            }
        }
        state.standingMutes().forEach((member, until) -> timers.expireMute(roomId, member, until));
        timers.arm(roomId, state);
        return state;
    }

    /** The room's state if it is loaded, else null. */
    RoomState loaded(String roomId) {
        RoomState state = states.get(roomId);
        if (state != null) {
            lastUsed.put(roomId, parts.clock().instant());
        }
        return state;
    }

    /**
     * Once a minute, lets go of the rooms nobody is connected to on this server
     * and no job has touched for {@link #ROOM_IDLE}: their state is rebuilt
     * from the log when it is needed again, and their timers still fire.
     */
    private void letIdleRoomsGo() {
        Instant now = parts.clock().instant();
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(SWEEP_EVERY);
        Instant idleSince = now.minus(ROOM_IDLE);
        states.keySet().removeIf(roomId -> {
            boolean idle = !connections.containsKey(roomId)
                    && lastUsed.getOrDefault(roomId, Instant.MIN).isBefore(idleSince);
            if (idle) {
                lastUsed.remove(roomId);
                holds.forget(roomId);
                fanout.forget(roomId);
            }
            return idle;
        });
    }

    /** The room's open sockets on this server, created when the first one opens. */
    RoomConnections connections(String roomId) {
        return connections.computeIfAbsent(roomId, id -> new RoomConnections());
    }

    /** The room's open sockets, or null when none is open. */
    RoomConnections openConnections(String roomId) {
        return connections.get(roomId);
    }

    /** Whether the socket is one of the room's open sockets on this server. */
    boolean connectedHere(String roomId, LiveConnection connection) {
        RoomConnections room = connections.get(roomId);
        return room != null && room.has(connection);
    }

    void forgetConnections(String roomId) {
        connections.remove(roomId);
    }

    /** The room's log changed underneath: its state is dropped, to be rebuilt; its sockets reconnect and resume. */
    void reloadRoom(String roomId) {
        dropRoom(roomId, c -> parts.broadcaster().goingAway(c, Words.phrase("farewell.records-changed")));
    }

    /** The room was deleted: its sockets close and its state is dropped. */
    void closeRoom(String roomId) {
        dropRoom(roomId, parts.broadcaster()::roomClosed);
    }

    private void dropRoom(String roomId, java.util.function.Consumer<LiveConnection> closing) {
        RoomConnections room = connections.remove(roomId);
        if (room != null) {
            room.all().forEach(closing);
        }
        states.remove(roomId);
        lastUsed.remove(roomId);
        holds.forget(roomId);
        fanout.forget(roomId);
    }
}

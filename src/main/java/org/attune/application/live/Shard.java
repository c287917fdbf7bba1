package org.attune.application.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.attune.application.Failures;
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
 * socket threads never wait on the database. When a commit fails, every job
 * of the batch is told, and the rooms it touched are rebuilt from the log.
 */
final class Shard implements Runnable {

    static final int MAX_BATCH = 256;
    private static final Logger LOG = Logger.getLogger(Shard.class);

    private final int index;
    private final EngineParts parts;
    private final RoomTimers timers;
    private final Fanout fanout;
    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final Map<String, RoomState> states = new HashMap<>();
    private final Map<String, RoomConnections> connections = new HashMap<>();
    private volatile boolean running = true;
    private Thread thread;

    Shard(int index, EngineParts parts, ScheduledExecutorService scheduler) {
        this.index = index;
        this.parts = parts;
        this.timers = new RoomTimers(parts.clock(), scheduler, parts.serverCommand());
        this.fanout = new Fanout(parts, timers);
    }

    void start(Thread shardThread) {
        this.thread = shardThread;
        shardThread.start();
    }

    void submit(Job job) {
        queue.add(job);
    }

    @Override
    public void run() {
        List<Job> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                Job first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                process(batch);
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
            room.all().forEach(c -> parts.broadcaster().goingAway(c, "Attune is restarting. Reconnecting…"));
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
        List<Runnable> afterCommit = new ArrayList<>(batch.size());
        try {
            parts.tx().inNewTransaction(() -> {
                for (Job job : batch) {
                    afterCommit.add(job.run(this));
                }
                return null;
            });
        } catch (Exception e) {
            // A failed commit included: whatever happens, the shard answers the batch and goes on.
            LOG.errorf(
                    Failures.withoutMessages(e),
                    "A batch of %d changes could not be stored; nothing of it was applied",
                    batch.size());
            for (Job job : batch) {
                states.remove(job.roomId());
                job.failed(parts);
            }
            return;
        }
        for (Runnable r : afterCommit) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.errorf(Failures.withoutMessages(e), "Delivering a committed change failed");
            }
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
        RoomState state = states.get(roomId);
        if (state != null) {
            return state;
        }
        Room room = parts.rooms().find(roomId).orElse(null);
        if (room == null) {
            return null;
        }
        state = RoomState.rebuild(
                room, parts.rooms().members(roomId), parts.log().history(roomId));
        states.put(roomId, state);
        fanout.loaded(state);
        RoomConnections open = connections.get(roomId);
        if (open != null) {
            // Rebuilt while people are connected (after a failed batch): they are still here.
            for (String member : open.byMember().keySet()) {
                state.presence(member, true);
            }
        }
        state.standingMutes().forEach((member, until) -> timers.expireMute(roomId, member, until));
        timers.arm(roomId, state);
        return state;
    }

    /** The room's state if it is loaded, else null. */
    RoomState loaded(String roomId) {
        return states.get(roomId);
    }

    /** The room's open sockets on this server, created when the first one opens. */
    RoomConnections connections(String roomId) {
        return connections.computeIfAbsent(roomId, id -> new RoomConnections());
    }

    /** The room's open sockets, or null when none is open. */
    RoomConnections openConnections(String roomId) {
        return connections.get(roomId);
    }

    void forgetConnections(String roomId) {
        connections.remove(roomId);
    }

    /** The room was deleted: its sockets close and its state is dropped. */
    void closeRoom(String roomId) {
        RoomConnections room = connections.remove(roomId);
        if (room != null) {
            room.all().forEach(parts.broadcaster()::roomClosed);
        }
        states.remove(roomId);
        fanout.forget(roomId);
    }
}

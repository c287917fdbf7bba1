package org.attune.application.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.attune.application.Settings;
import org.attune.application.Transactions;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.room.MemberStatus;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomMode;
import org.attune.domain.room.RoomRepository;
import org.attune.domain.room.RoomRole;
import org.attune.domain.room.RoomState;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventLog;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.TurnProtocol;
import org.attune.security.AuditAction;
import org.attune.security.AuditEntry;
import org.attune.security.AuditTrail;
import org.jboss.logging.Logger;

/**
 * Runs the live rooms. Every change of a room goes through here as a job.
 *
 * <p>Rooms are spread over a few shards by id; each shard is one thread that
 * takes the jobs waiting in its queue as a batch, decides them one after the
 * other against the rooms' in-memory state, writes all the events of the batch
 * in one transaction (group commit: one fsync for many messages), and only
 * after the commit sends the events, acks and errors. So the commands of one
 * room are applied one at a time, in order; rooms on different shards proceed
 * in parallel; nothing is sent before it is stored; and the socket threads
 * never wait on the database. When a commit fails, every job of the batch gets
 * an {@code internal} error and the rooms it touched are rebuilt from the log.
 */
@ApplicationScoped
public class RoomEngine {

    static final int MAX_BATCH = 256;
    private static final Logger LOG = Logger.getLogger(RoomEngine.class);
    /** Safety alerts of guided rooms, for the practice's safety contact: room ids and concerns, never words. */
    private static final Logger SAFETY = Logger.getLogger("org.attune.safety");

    @Inject
    RoomRepository rooms;

    @Inject
    EventLog log;

    @Inject
    Transactions tx;

    @Inject
    Clock clock;

    @Inject
    LiveFrames frames;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    @Resource
    ManagedThreadFactory threads;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private Shard[] shards;

    @PostConstruct
    void start() {
        int count = settings.shards();
        shards = new Shard[count];
        for (int i = 0; i < count; i++) {
            shards[i] = new Shard(i);
            Thread thread = threads.newThread(shards[i]);
            thread.setName("attune-room-shard-" + i);
            shards[i].thread = thread;
            thread.start();
        }
    }

    @PreDestroy
    void stop() {
        for (Shard shard : shards) {
            shard.stop();
        }
    }

    /** A member's socket opened: it is registered and welcomed, or closed with 1008. */
    public void connect(String roomId, LiveConnection connection) {
        submit(roomId, new Connect(connection));
    }

    public void disconnect(String roomId, LiveConnection connection) {
        submit(roomId, new Disconnect(connection));
    }

    /** A member's command; the outcome reaches the connection as events and an ack, or an error. */
    public void command(String roomId, LiveConnection connection, String commandId, RoomCommand command) {
        submit(roomId, new Act(connection, commandId, command));
    }

    /** Replays to the connection every event after {@code afterSeq} that its member may see, then acks. */
    public void resume(String roomId, LiveConnection connection, String commandId, long afterSeq) {
        submit(roomId, new Resume(connection, commandId, afterSeq));
    }

    /**
     * Applies a change that needs the room's state and may also write records:
     * {@code work} runs on the room's shard inside the batch transaction and
     * returns the command to decide (or {@code null} for none) plus a result.
     */
    public <T> CompletableFuture<T> change(String roomId, RoomChange<T> work) {
        Change<T> job = new Change<>(work);
        submit(roomId, job);
        return job.future;
    }

    /**
     * Work done on a room's shard, inside the batch transaction. It must make
     * every check that can refuse before it writes anything: the batch's other
     * changes commit with it, and a refusal does not roll back its writes.
     */
    public interface RoomChange<T> {
        /**
         * @param state the room's live state; {@code null} when the room does not exist
         * @return what to decide next and what to hand back
         */
        Step<T> apply(RoomState state, Instant now);
    }

    /** A command to decide on behalf of an actor, and the value to complete the caller's future with. */
    public record Step<T>(String actorId, RoomCommand command, T result, boolean closeRoom) {
        public static <T> Step<T> of(String actorId, RoomCommand command, T result) {
            return new Step<>(actorId, command, result, false);
        }

        public static <T> Step<T> done(T result) {
            return new Step<>(null, null, result, false);
        }

        /** The room was deleted: everybody's sockets are closed and its state dropped. */
        public static <T> Step<T> roomClosed(T result) {
            return new Step<>(null, null, result, true);
        }
    }

    /** The membership changes and moderation actions that the audit log keeps. */
    static Optional<AuditAction> auditActionOf(EventKind kind) {
        return Optional.ofNullable(
                switch (kind) {
                    case MEMBER_JOINED -> AuditAction.MEMBER_JOINED;
                    case MEMBER_WAITING -> AuditAction.MEMBER_WAITING;
                    case MEMBER_ADMITTED -> AuditAction.MEMBER_ADMITTED;
                    case MEMBER_REMOVED -> AuditAction.MEMBER_REMOVED;
                    case MEMBER_MUTED -> AuditAction.MEMBER_MUTED;
                    case MEMBER_UNMUTED -> AuditAction.MEMBER_UNMUTED;
                    case SESSION_STARTED -> AuditAction.SESSION_STARTED;
                    case SESSION_ENDED -> AuditAction.SESSION_ENDED;
                    case ROOM_UPDATED -> AuditAction.ROOM_CHANGED;
                    case PROTOCOL_SET, TURN_LIMIT_SET -> AuditAction.ROOM_CHANGED;
                    case SAFETY_ALERT -> AuditAction.SAFETY_ALERT;
                    default -> null;
                });
    }

    private void submit(String roomId, Job job) {
        job.roomId = roomId;
        shards[Math.floorMod(roomId.hashCode(), shards.length)].queue.add(job);
    }

    private void scheduleExpiry(String roomId, String memberId, Instant until) {
        when(until, () -> submit(roomId, new Act(null, null, new RoomCommand.ExpireMute(memberId, until))));
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

    /** One shard: a queue, a thread, and the state and sockets of its rooms. */
    private final class Shard implements Runnable {
        private final int index;
        private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
        private final Map<String, RoomState> states = new HashMap<>();
        private final Map<String, RoomConnections> connections = new HashMap<>();
        private final Map<String, RoomState.Timer> turnTimers = new HashMap<>();
        private final Map<String, TurnProtocol> turnsSent = new HashMap<>();
        private volatile boolean running = true;
        private Thread thread;

        Shard(int index) {
            this.index = index;
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
                    LOG.errorf(e, "Room shard %d failed a batch", index);
                } finally {
                    batch.clear();
                }
            }
            for (RoomConnections room : connections.values()) {
                room.all().forEach(c -> c.close(CloseCodes.GOING_AWAY, "Attune is restarting. Reconnecting…"));
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
                tx.inNewTransaction(() -> {
                    for (Job job : batch) {
                        afterCommit.add(job.run(this));
                    }
                    return null;
                });
            } catch (Exception e) {
                // A failed commit included: whatever happens, the shard answers the batch and goes on.
                LOG.errorf(e, "A batch of %d changes could not be stored; nothing of it was applied", batch.size());
                for (Job job : batch) {
                    states.remove(job.roomId);
                    job.failed();
                }
                return;
            }
            for (Runnable r : afterCommit) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Delivering a committed change failed");
                }
            }
        }

        /** The room's state, loaded from the database the first time; empty when the room does not exist. */
        RoomState state(String roomId) {
            RoomState state = states.get(roomId);
            if (state != null) {
                return state;
            }
            Room room = rooms.find(roomId).orElse(null);
            if (room == null) {
                return null;
            }
            state = RoomState.rebuild(room, rooms.members(roomId), log.history(roomId));
            states.put(roomId, state);
            turnsSent.put(roomId, state.protocol());
            RoomConnections open = connections.get(roomId);
            if (open != null) {
                // Rebuilt while people are connected (after a failed batch): they are still here.
                for (String member : open.byMember().keySet()) {
                    state.presence(member, true);
                }
            }
            state.standingMutes().forEach((member, until) -> scheduleExpiry(room.id(), member, until));
            armTurnTimer(room.id(), state);
            return state;
        }

        RoomConnections connections(String roomId) {
            return connections.computeIfAbsent(roomId, id -> new RoomConnections());
        }

        /** Stores events and keeps the member records in step with them. */
        void store(List<RoomEvent> events) {
            for (RoomEvent e : events) {
                log.append(e);
                auditActionOf(e.kind())
                        .ifPresent(action -> audit.record(new AuditEntry(
                                e.occurredAt(),
                                e.actorId(),
                                action,
                                e.roomId(),
                                e.targetId().orElse(null),
                                action == AuditAction.SAFETY_ALERT ? safetyDetail(e) : null)));
                String target = e.targetId().orElse(null);
                if (e.kind() == EventKind.MEMBER_ADMITTED) {
                    rooms.findMember(e.roomId(), target).ifPresent(m -> m.changeStatus(MemberStatus.ACTIVE));
                } else if (e.kind() == EventKind.MEMBER_REMOVED) {
                    rooms.findMember(e.roomId(), target).ifPresent(m -> m.changeStatus(MemberStatus.REMOVED));
                }
            }
        }

        /** A safety alert for the audit log and the practice's safety contact: the room's mode and the concerns, no words. */
        String safetyDetail(RoomEvent e) {
            RoomState state = states.get(e.roomId());
            String mode = state == null ? "" : state.mode().wireName();
            return mode + " "
                    + String.join(
                            ",",
                            Evidence.decode(e.text().orElse("")).stream()
                                    .map(Evidence::kind)
                                    .toList());
        }

        /** After the commit: each event to everyone connected who may see it, then its consequences. */
        void deliver(String roomId, List<RoomEvent> events) {
            RoomState state = states.get(roomId);
            RoomConnections room = connections.get(roomId);
            for (RoomEvent e : events) {
                if (room != null && state != null) {
                    String frame = frames.event(e);
                    room.byMember().forEach((memberId, sockets) -> {
                        if (state.maySee(memberId, e)) {
                            sockets.forEach(c -> c.send(frame));
                        }
                    });
                }
                if (e.kind() == EventKind.SAFETY_ALERT && state != null && state.mode() == RoomMode.GUIDED) {
                    // No therapist watches a guided room live: the practice's safety contact follows up.
                    SAFETY.warnf(
                            "Safety alert in guided room %s (%s) for the practice's safety contact %s; see GET /api/safety-alerts",
                            roomId,
                            safetyDetail(e).strip(),
                            settings.safetyContact().orElse("(none configured)"));
                }
                if (e.kind() == EventKind.MEMBER_MUTED) {
                    e.until()
                            .ifPresent(
                                    until -> scheduleExpiry(roomId, e.targetId().orElseThrow(), until));
                }
                if (e.kind() == EventKind.MEMBER_REMOVED && room != null) {
                    String target = e.targetId().orElseThrow();
                    for (LiveConnection c : room.of(target)) {
                        c.close(CloseCodes.POLICY, "You have been removed from this room.");
                        room.remove(c);
                    }
                }
            }
            if (state != null && !events.isEmpty()) {
                armTurnTimer(roomId, state);
                sendTurn(roomId, state, room);
            }
        }

        /** When whose turn it is has changed, tells the room's active members where the protocol stands now. */
        void sendTurn(String roomId, RoomState state, RoomConnections room) {
            TurnProtocol now = state.protocol();
            if (now.equals(turnsSent.put(roomId, now)) || room == null) {
                return;
            }
            String frame = frames.turn(state);
            room.byMember().forEach((memberId, sockets) -> {
                if (state.member(memberId)
                        .filter(m -> m.status() == MemberStatus.ACTIVE)
                        .isPresent()) {
                    sockets.forEach(c -> c.send(frame));
                }
            });
        }

        /**
         * Schedules what the room must do next by itself (warn, end a turn, open
         * the check-in after a pause), once per timer: a timer that no longer
         * applies does nothing.
         */
        void armTurnTimer(String roomId, RoomState state) {
            RoomState.Timer timer = state.nextTimer().orElse(null);
            if (Objects.equals(timer, turnTimers.get(roomId))) {
                return;
            }
            if (timer == null) {
                turnTimers.remove(roomId);
                return;
            }
            turnTimers.put(roomId, timer);
            when(timer.at(), () -> submit(roomId, new Act(null, null, timer.command())));
        }

        /** Tells the others in the room that a member came or went; the lobby is for therapists' eyes. */
        void broadcastPresence(String roomId, RoomState.MemberView member, boolean online) {
            RoomConnections room = connections.get(roomId);
            RoomState state = states.get(roomId);
            if (room == null || state == null) {
                return;
            }
            String frame = frames.presence(member, online);
            room.byMember().forEach((memberId, sockets) -> {
                boolean told = !memberId.equals(member.id())
                        && state.member(memberId)
                                .filter(m -> m.status() == MemberStatus.ACTIVE)
                                .filter(m -> member.status() == MemberStatus.ACTIVE || m.role() == RoomRole.THERAPIST)
                                .isPresent();
                if (told) {
                    sockets.forEach(c -> c.send(frame));
                }
            });
        }

        void closeRoom(String roomId) {
            RoomConnections room = connections.remove(roomId);
            if (room != null) {
                room.all().forEach(c -> c.close(CloseCodes.POLICY, "This room has been closed."));
            }
            states.remove(roomId);
            turnsSent.remove(roomId);
        }
    }

    /** A unit of work on one room's shard: {@link #run} inside the batch transaction returns what to do after the commit. */
    private abstract static class Job {
        String roomId;

        abstract Runnable run(Shard shard);

        /** The batch could not be committed. */
        abstract void failed();
    }

    private final class Connect extends Job {
        private final LiveConnection connection;

        Connect(LiveConnection connection) {
            this.connection = connection;
        }

        @Override
        Runnable run(Shard shard) {
            RoomState state = shard.state(roomId);
            var member = state == null
                    ? null
                    : state.member(connection.caller().id()).orElse(null);
            if (member == null || member.status() == MemberStatus.REMOVED) {
                return () -> connection.close(CloseCodes.POLICY, "You are not a member of this room.");
            }
            return () -> {
                RoomConnections room = shard.connections(roomId);
                boolean first = room.add(connection);
                connection.send(frames.welcome(state, member, room.online(), clock.instant()));
                if (first) {
                    state.presence(member.id(), true);
                    shard.broadcastPresence(roomId, member, true);
                }
            };
        }

        @Override
        void failed() {
            connection.close(CloseCodes.GOING_AWAY, "Attune could not open the room just now. Please try again.");
        }
    }

    private final class Disconnect extends Job {
        private final LiveConnection connection;

        Disconnect(LiveConnection connection) {
            this.connection = connection;
        }

        @Override
        Runnable run(Shard shard) {
            return () -> {
                RoomConnections room = shard.connections.get(roomId);
                if (room != null && room.remove(connection)) {
                    RoomState state = shard.states.get(roomId);
                    if (state != null) {
                        state.presence(connection.caller().id(), false);
                        state.member(connection.caller().id())
                                .ifPresent(m -> shard.broadcastPresence(roomId, m, false));
                        if (state.pause().filter(RoomState.Pause::checkingIn).isPresent()) {
                            submit(roomId, new Act(null, null, new RoomCommand.ReviewReadiness()));
                        }
                    }
                }
                if (room != null && room.isEmpty()) {
                    shard.connections.remove(roomId);
                }
            };
        }

        @Override
        void failed() {}
    }

    /** A command of a member (or of the server itself, when {@code connection} is null). */
    private final class Act extends Job {
        private final LiveConnection connection;
        private final String commandId;
        private final RoomCommand command;

        Act(LiveConnection connection, String commandId, RoomCommand command) {
            this.connection = connection;
            this.commandId = commandId;
            this.command = command;
        }

        @Override
        Runnable run(Shard shard) {
            RoomState state = shard.state(roomId);
            if (state == null) {
                return reply(Refusal.NOT_FOUND, "This room no longer exists.");
            }
            String actor = connection == null
                    ? RoomEvent.SYSTEM_ACTOR
                    : connection.caller().id();
            if (commandId != null) {
                var earlier = state.seqOfCommand(actor, commandId);
                if (earlier.isPresent()) {
                    long seq = earlier.get();
                    return () -> connection.send(frames.ack(commandId, seq));
                }
            }
            List<RoomEvent> events;
            try {
                events = state.handle(actor, commandId, command, clock.instant());
            } catch (RefusedException e) {
                return reply(e.refusal(), e.getMessage());
            }
            shard.store(events);
            // The ack names the command's own event, as it will again for a repeat
            // of the same id; what followed from it comes right after.
            long acked = events.isEmpty()
                    ? 0
                    : state.seqOfCommand(actor, commandId).orElse(events.get(0).seq());
            return () -> {
                shard.deliver(roomId, events);
                if (connection != null && !events.isEmpty()) {
                    connection.send(frames.ack(commandId, acked));
                }
            };
        }

        private Runnable reply(Refusal refusal, String message) {
            return () -> {
                if (connection != null) {
                    connection.send(frames.error(commandId, refusal, message));
                }
            };
        }

        @Override
        void failed() {
            if (connection != null) {
                connection.send(frames.error(commandId, Refusal.INTERNAL, RefusedException.NOTHING_CHANGED));
            }
        }
    }

    private final class Resume extends Job {
        private final LiveConnection connection;
        private final String commandId;
        private final long afterSeq;

        Resume(LiveConnection connection, String commandId, long afterSeq) {
            this.connection = connection;
            this.commandId = commandId;
            this.afterSeq = afterSeq;
        }

        @Override
        Runnable run(Shard shard) {
            RoomState state = shard.state(roomId);
            if (state == null) {
                return () -> connection.send(frames.error(commandId, Refusal.NOT_FOUND, "This room no longer exists."));
            }
            String viewer = connection.caller().id();
            List<String> replay = new ArrayList<>();
            long cursor = afterSeq;
            while (cursor < state.lastSeq()) {
                List<RoomEvent> page = log.after(roomId, cursor, 500);
                if (page.isEmpty()) {
                    break;
                }
                for (RoomEvent e : page) {
                    if (state.maySee(viewer, e)) {
                        replay.add(frames.event(e));
                    }
                }
                cursor = page.get(page.size() - 1).seq();
            }
            long lastSeq = state.lastSeq();
            return () -> {
                replay.forEach(connection::send);
                connection.send(frames.ack(commandId, lastSeq));
            };
        }

        @Override
        void failed() {
            connection.send(frames.error(
                    commandId, Refusal.INTERNAL, "The conversation could not be loaded just now. Please try again."));
        }
    }

    private final class Change<T> extends Job {
        private final RoomChange<T> work;
        private final CompletableFuture<T> future = new CompletableFuture<>();

        Change(RoomChange<T> work) {
            this.work = work;
        }

        @Override
        Runnable run(Shard shard) {
            Step<T> step;
            List<RoomEvent> events = List.of();
            try {
                RoomState state = shard.state(roomId);
                step = work.apply(state, clock.instant());
                if (step.command() != null && state != null) {
                    events = state.handle(step.actorId(), null, step.command(), clock.instant());
                    shard.store(events);
                }
            } catch (RefusedException e) {
                return () -> future.completeExceptionally(e);
            }
            List<RoomEvent> committed = events;
            Step<T> done = step;
            return () -> {
                if (done.closeRoom()) {
                    shard.closeRoom(roomId);
                } else {
                    shard.deliver(roomId, committed);
                }
                future.complete(done.result());
            };
        }

        @Override
        void failed() {
            future.completeExceptionally(new RefusedException(Refusal.INTERNAL, RefusedException.NOTHING_CHANGED));
        }
    }
}

package org.attune.application.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.attune.application.OnCallMail;
import org.attune.application.RoomClaims;
import org.attune.application.Settings;
import org.attune.application.Transactions;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomRepository;
import org.attune.domain.room.RoomState;
import org.attune.domain.transcript.EventLog;
import org.attune.security.AuditTrail;

/**
 * Runs the live rooms. Every change of a room goes through here as a job on
 * the room's {@link Shard}: rooms are spread over a few shards by id, each one
 * thread that applies its rooms' jobs in order, commits them in batches and
 * only then tells the people connected ({@link Fanout}, through the
 * {@link RoomBroadcaster}). What the engine is made of:
 *
 * <ul>
 *   <li>{@link Shard}: the queue, the thread, the batch transaction, the rooms' state and sockets;
 *   <li>{@link Jobs}: what each kind of job does, inside the transaction and after the commit;
 *   <li>{@link BatchStore}: what a batch writes besides the events (audit, member records);
 *   <li>{@link Fanout}: events, turns and presence to the sockets that may see them;
 *   <li>{@link RoomTimers}: what rooms must do by themselves later.
 * </ul>
 */
@ApplicationScoped
public class RoomEngine {

    @Inject
    RoomRepository rooms;

    @Inject
    EventLog log;

    @Inject
    Transactions tx;

    @Inject
    Clock clock;

    @Inject
    RoomBroadcaster broadcaster;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    @Inject
    OnCallMail onCallMail;

    @Inject
    RoomClaims claims;

    @Resource
    ManagedThreadFactory threads;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private Shard[] shards;
    private OpenAlertsWatch openAlerts;
    private WriterPresence presence;

    @PostConstruct
    void start() {
        int count = settings.shards();
        presence = new WriterPresence(claims, tx, clock, settings.serverName());
        presence.start(scheduler);
        EngineParts parts = new EngineParts(
                rooms,
                log,
                tx,
                clock,
                broadcaster,
                new BatchStore(log, audit, rooms),
                settings.safetyContact().orElse("(none configured)"),
                (roomId, command) -> submit(new Jobs.Act(roomId, null, null, command)),
                settings.onCall().policy(),
                new MailedOnCallContacts(settings.onCall(), new OnCallPost(onCallMail, scheduler, clock, audit, tx)),
                claims,
                presence.writer());
        shards = new Shard[count];
        for (int i = 0; i < count; i++) {
            shards[i] = new Shard(i, parts, scheduler, settings.maxQueuedCommands(), settings.batchWait());
            Thread thread = threads.newThread(shards[i]);
            thread.setName("attune-room-shard-" + i);
            shards[i].start(thread);
        }
        openAlerts = new OpenAlertsWatch(audit, claims, tx, clock, scheduler, roomId -> submit(new Jobs.Wake(roomId)));
        openAlerts.start();
    }

    /** Starts the engine with the application, so that open safety alerts escalate without waiting for a visitor. */
    void startWithTheApplication(@Observes Startup startup) {
        // Observing the event is enough: the engine is created, and its @PostConstruct runs.
    }

    @PreDestroy
    void stop() {
        if (openAlerts != null) {
            openAlerts.stop();
        }
        for (Shard shard : shards) {
            shard.stop();
        }
        if (presence != null) {
            presence.stop();
        }
    }

    /** A member's socket opened: it is registered and welcomed, or closed with 1008. */
    public void connect(String roomId, LiveConnection connection) {
        submit(new Jobs.Connect(roomId, connection));
    }

    public void disconnect(String roomId, LiveConnection connection) {
        submit(new Disconnect(roomId, connection));
    }

    /** A member's command; the outcome reaches the connection as events and an ack, or an error. */
    public void command(String roomId, LiveConnection connection, String commandId, RoomCommand command) {
        submit(new Jobs.Act(roomId, connection, commandId, command));
    }

    /**
     * A participant's page says they are writing to the room, or stopped: the
     * others are told, nothing is stored; a refusal reaches the connection.
     */
    public void typing(String roomId, LiveConnection connection, String commandId, boolean active) {
        submit(new Typing(roomId, connection, commandId, active));
    }

    /** Replays to the connection every event after {@code afterSeq} that its member may see, then acks. */
    public void resume(String roomId, LiveConnection connection, String commandId, long afterSeq) {
        submit(new Jobs.Resume(roomId, connection, commandId, afterSeq));
    }

    /**
     * Applies a change that needs the room's state and may also write records:
     * {@code work} runs on the room's shard inside the batch transaction and
     * returns the command to decide (or {@code null} for none) plus a result.
     */
    public <T> CompletableFuture<T> change(String roomId, RoomChange<T> work) {
        Jobs.Change<T> job = new Jobs.Change<>(roomId, work);
        submit(job);
        return job.future();
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

    /**
     * A command to decide on behalf of an actor, and the value to complete the caller's future with; and what
     * becomes of the room's live state once committed: kept ({@link #of}), dropped with every socket closed
     * for good ({@link #roomClosed}), or dropped to be rebuilt from the log, the sockets told to reconnect
     * ({@link #reloaded}).
     */
    public record Step<T>(String actorId, RoomCommand command, T result, boolean closeRoom, boolean reload) {
        public static <T> Step<T> of(String actorId, RoomCommand command, T result) {
            return new Step<>(actorId, command, result, false, false);
        }

        public static <T> Step<T> done(T result) {
            return new Step<>(null, null, result, false, false);
        }

        /** The room was deleted: everybody's sockets are closed and its state dropped. */
        public static <T> Step<T> roomClosed(T result) {
            return new Step<>(null, null, result, true, false);
        }

        /** The room's log was changed underneath (an erasure): its state is rebuilt, its sockets reconnect. */
        public static <T> Step<T> reloaded(T result) {
            return new Step<>(null, null, result, false, true);
        }
    }

    private void submit(Job job) {
        shards[Math.floorMod(job.roomId().hashCode(), shards.length)].submit(job);
    }
}

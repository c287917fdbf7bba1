package org.attune.application.live;

import jakarta.transaction.RollbackException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.attune.application.TransactionFailedException;
import org.attune.application.Transactions;
import org.attune.domain.RefusedException;
import org.attune.domain.Words;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomRole;
import org.attune.domain.room.AlertPolicy;
import org.attune.domain.room.Member;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomKind;
import org.attune.domain.room.RoomMode;
import org.attune.domain.room.RoomRepository;
import org.attune.domain.room.RoomState;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventLog;
import org.attune.domain.transcript.RoomEvent;
import org.attune.security.AuditAction;
import org.attune.security.AuditEntry;
import org.attune.security.AuditTrail;
import org.attune.security.Caller;

/**
 * One shard of the room engine on in-memory stores whose writes count only
 * when the batch commits, a clock the test moves, and sockets that record what
 * they were told. No container: the engine's own rules, fast.
 */
final class EngineHarness implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    /** The engine under test, as a writer of rooms. */
    static final String WRITER = "node-a/engine-under-test";

    final MutableClock clock = new MutableClock(T0);
    final Stores stores = new Stores();
    /** Which engine writes each room; this one is {@link #WRITER}. */
    final InMemoryClaims claims = new InMemoryClaims();

    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final Shard shard;
    final Room room;
    /** Everything every socket was told, in the order it was told, as {@code member line}. */
    final List<String> timeline = java.util.Collections.synchronizedList(new ArrayList<>());

    EngineHarness(RoomMode mode, Map<String, RoomRole> members) {
        room = Room.open("Room", RoomKind.COUPLE, mode, "maya", T0);
        stores.rooms.add(room);
        members.forEach(
                (id, role) -> stores.rooms.addMember(new Member(room.id(), id, id, role, MemberStatus.ACTIVE, T0)));
        EngineParts parts = new EngineParts(
                stores.rooms,
                stores.log,
                stores,
                clock,
                new Recording(),
                new BatchStore(stores.log, stores.audit, stores.rooms),
                "the practice administrator",
                (roomId, command) -> submit(new Jobs.Act(roomId, null, null, command)),
                AlertPolicy.NONE,
                OnCallContacts.NONE,
                claims,
                WRITER);
        claims.here(WRITER, "node-a", T0);
        shard = new Shard(0, parts, scheduler);
        shard.start(new Thread(shard, "test-shard"));
    }

    void submit(Job job) {
        shard.submit(job);
    }

    Socket connect(String member) {
        return connect(room.id(), member);
    }

    Socket connect(String roomId, String member) {
        Socket socket = new Socket(member, timeline);
        submit(new Jobs.Connect(roomId, socket));
        return socket;
    }

    /**
     * Holds the shard's thread until the returned action is run: what is
     * submitted meanwhile waits in the queue, and is then taken as one batch.
     */
    Runnable hold() throws InterruptedException {
        return hold(room.id());
    }

    /** As {@link #hold()}, with a job of the given room. */
    Runnable hold(String roomId) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        submit(new Job(roomId) {
            @Override
            Runnable run(Shard on) {
                running.countDown();
                try {
                    released.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return () -> {};
            }

            @Override
            void failed(EngineParts parts) {}
        });
        running.await(30, TimeUnit.SECONDS);
        return released::countDown;
    }

    void command(Socket from, String id, RoomCommand command) {
        command(room.id(), from, id, command);
    }

    void command(String roomId, Socket from, String id, RoomCommand command) {
        submit(new Jobs.Act(roomId, from, id, command));
    }

    /** Another room on the same shard, with its members. */
    String anotherRoom(RoomMode mode, Map<String, RoomRole> members) {
        Room other = Room.open("Another room", RoomKind.FAMILY, mode, "maya", T0);
        stores.rooms.add(other);
        members.forEach(
                (id, role) -> stores.rooms.addMember(new Member(other.id(), id, id, role, MemberStatus.ACTIVE, T0)));
        return other.id();
    }

    @Override
    public void close() {
        shard.stop();
        scheduler.shutdownNow();
    }

    /** A member's socket: what the engine told it, one line each, e.g. {@code event message 2}, {@code ack c1 2}. */
    static final class Socket implements LiveConnection {
        final BlockingQueue<String> told = new LinkedBlockingQueue<>();
        private final Caller caller;
        private final List<String> timeline;

        Socket(String member, List<String> timeline) {
            this.caller = new Caller(member, member, member, Set.of("client"));
            this.timeline = timeline;
        }

        @Override
        public Caller caller() {
            return caller;
        }

        @Override
        public void send(String frame) {
            timeline.add(caller.id() + " " + frame);
            told.add(frame);
        }

        @Override
        public void close(int code, String reason) {
            timeline.add(caller.id() + " closed " + code);
            told.add("closed " + code);
        }

        /** The next thing this socket was told; fails after a few seconds of silence. */
        String next() throws InterruptedException {
            String line = told.poll(5, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError(caller.id() + " was told nothing");
            }
            return line;
        }

        /** The next line that starts with the prefix, skipping others (welcome, presence, turn). */
        String next(String prefix) throws InterruptedException {
            while (true) {
                String line = next();
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
        }
    }

    /** The broadcaster, as lines on each socket. */
    private static final class Recording implements RoomBroadcaster {
        @Override
        public void welcome(LiveConnection to, RoomState room, MemberView you, Set<String> online, Instant now) {
            to.send("welcome " + room.lastSeq());
        }

        @Override
        public void event(RoomEvent event, java.util.Collection<LiveConnection> to) {
            to.forEach(c -> c.send("event " + event.kind().wireName() + " " + event.seq()));
        }

        @Override
        public void ack(LiveConnection to, String commandId, long seq) {
            to.send("ack " + commandId + " " + seq);
        }

        @Override
        public void refused(LiveConnection to, String commandId, RefusedException refused) {
            to.send("refused " + commandId + " " + refused.refusal().code());
        }

        @Override
        public void writing(MemberView writer, boolean active, Instant until, java.util.Collection<LiveConnection> to) {
            to.forEach(c -> c.send("writing " + writer.id() + " " + active + (until == null ? "" : " " + until)));
        }

        @Override
        public void presence(MemberView member, boolean online, java.util.Collection<LiveConnection> to) {
            to.forEach(c -> c.send("presence " + member.id() + " " + online));
        }

        @Override
        public void turn(RoomState room, java.util.Collection<LiveConnection> to) {
            to.forEach(c -> c.send("turn " + room.protocol().name()));
        }

        @Override
        public void notAMember(LiveConnection to) {
            to.close(1008, "not a member");
        }

        @Override
        public void removed(LiveConnection to) {
            to.close(1008, "removed");
        }

        @Override
        public void left(LiveConnection to) {
            to.close(1008, "left");
        }

        @Override
        public void roomClosed(LiveConnection to) {
            to.close(1008, "closed");
        }

        @Override
        public void goingAway(LiveConnection to, Words.Phrase reason) {
            to.close(1001, reason);
        }
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /**
     * The stores, and the transaction over them: what a batch appended to the
     * log and the audit trail counts only when it commits.
     */
    static final class Stores implements Transactions {
        final InMemoryRooms rooms = new InMemoryRooms();
        final List<RoomEvent> committed = new ArrayList<>();
        final List<AuditEntry> audited = new ArrayList<>();
        private final List<RoomEvent> pending = new ArrayList<>();
        private final List<AuditEntry> pendingAudit = new ArrayList<>();
        volatile boolean failNextCommit;
        /** Every commit fails, as when the database is gone. */
        volatile boolean failEveryCommit;
        /**
         * Every transaction fails as a database out of reach fails it: the commit
         * throws with a connection failure (SQL state 08006) among its causes.
         */
        volatile boolean unreachable;
        /** Events the database refuses, failing the commit they are in (e.g. a value too long for its column). */
        volatile Predicate<RoomEvent> refuses = e -> false;
        /** Transactions begun, committed or not. */
        int transactions;

        final EventLog log = new EventLog() {
            @Override
            public void append(RoomEvent event) {
                pending.add(event);
            }

            @Override
            public List<RoomEvent> after(String roomId, long afterSeq, int limit) {
                // As in the database, a query inside the transaction sees what the transaction wrote.
                return java.util.stream.Stream.concat(history(roomId).stream(), pending.stream())
                        .filter(e -> e.roomId().equals(roomId))
                        .filter(e -> e.seq() > afterSeq)
                        .limit(limit)
                        .toList();
            }

            @Override
            public Optional<Long> seqOfCommand(String roomId, String actorId, String commandId) {
                return history(roomId).stream()
                        .filter(e -> e.actorId().equals(actorId)
                                && e.commandId().filter(commandId::equals).isPresent())
                        .map(RoomEvent::seq)
                        .findFirst();
            }

            @Override
            public synchronized List<RoomEvent> history(String roomId) {
                return committed.stream().filter(e -> e.roomId().equals(roomId)).toList();
            }

            @Override
            public List<RoomEvent> byActor(String actorId) {
                return List.of();
            }

            @Override
            public List<RoomEvent> about(String targetId) {
                return List.of();
            }

            @Override
            public List<RoomEvent> ofKinds(
                    java.util.Collection<String> roomIds, java.util.Collection<EventKind> kinds) {
                return List.of();
            }
        };

        final AuditTrail audit = new AuditTrail() {
            @Override
            public void record(AuditEntry entry) {
                pendingAudit.add(entry);
            }

            @Override
            public List<AuditEntry> ofRoom(String roomId) {
                return List.copyOf(audited);
            }

            @Override
            public List<AuditEntry> ofAction(AuditAction action, Instant since, int limit) {
                return List.of();
            }

            @Override
            public List<AuditEntry> concerning(String userId) {
                return List.of();
            }
        };

        @Override
        public synchronized <T> T inNewTransaction(Supplier<T> work) {
            pending.clear();
            pendingAudit.clear();
            transactions++;
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                pending.clear();
                pendingAudit.clear();
                throw e;
            }
            if (pending.stream().anyMatch(refuses)) {
                pending.clear();
                pendingAudit.clear();
                throw new TransactionFailedException(
                        new IllegalStateException("Value too long for column \"COMMAND_ID\": 'the words'"));
            }
            if (unreachable) {
                pending.clear();
                pendingAudit.clear();
                RollbackException rolledBack = new RollbackException("Could not commit transaction.");
                rolledBack.initCause(
                        new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006"));
                throw new TransactionFailedException(rolledBack);
            }
            if (failNextCommit || failEveryCommit) {
                failNextCommit = false;
                pending.clear();
                pendingAudit.clear();
                throw new TransactionFailedException(new IllegalStateException("the database went away"));
            }
            committed.addAll(pending);
            audited.addAll(pendingAudit);
            return result;
        }

        synchronized List<RoomEvent> committed() {
            return List.copyOf(committed);
        }

        synchronized int transactions() {
            return transactions;
        }

        synchronized List<AuditEntry> audited() {
            return List.copyOf(audited);
        }
    }

    static final class InMemoryRooms implements RoomRepository {
        private final Map<String, Room> rooms = new HashMap<>();
        private final List<Member> members = new ArrayList<>();

        @Override
        public void add(Room room) {
            rooms.put(room.id(), room);
        }

        @Override
        public Optional<Room> find(String roomId) {
            return Optional.ofNullable(rooms.get(roomId));
        }

        @Override
        public Optional<Room> findForUpdate(String roomId) {
            return find(roomId);
        }

        @Override
        public void addMember(Member member) {
            members.add(member);
        }

        @Override
        public Optional<Member> findMember(String roomId, String userId) {
            return members.stream()
                    .filter(m -> m.roomId().equals(roomId) && m.userId().equals(userId))
                    .findFirst();
        }

        @Override
        public List<Member> members(String roomId) {
            return members.stream().filter(m -> m.roomId().equals(roomId)).toList();
        }

        @Override
        public void deleteWithHistory(String roomId) {
            rooms.remove(roomId);
        }

        @Override
        public List<Member> membershipsOf(String userId) {
            return List.of();
        }

        @Override
        public List<Room> roomsOf(String userId) {
            return List.of();
        }

        @Override
        public boolean anyRoom() {
            return !rooms.isEmpty();
        }
    }
}

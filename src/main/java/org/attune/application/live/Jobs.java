package org.attune.application.live;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.Words;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomState;
import org.attune.domain.transcript.RoomEvent;

/** The jobs the room engine runs on a room's shard: a socket opens, a command, a resume, a change ({@link Disconnect}: one closes). */
final class Jobs {

    private static final String ROOM_GONE = "refusal.room.gone";
    private static final String BUSY = "refusal.server.very-busy";

    private Jobs() {}

    /** A member's socket opened: they are welcomed and the others told, or the socket closes with 1008. */
    static final class Connect extends Job {
        private final LiveConnection connection;

        Connect(String roomId, LiveConnection connection) {
            super(roomId);
            this.connection = connection;
        }

        @Override
        Runnable run(Shard shard) {
            RoomBroadcaster out = shard.parts().broadcaster();
            RoomState state = shard.state(roomId());
            MemberView member = state == null
                    ? null
                    : state.member(connection.caller().id()).orElse(null);
            if (!RoomAccess.mayConnect(Optional.ofNullable(member))) {
                return () -> out.notAMember(connection);
            }
            return () -> {
                RoomConnections room = shard.connections(roomId());
                boolean first = room.add(connection);
                out.welcome(
                        connection,
                        state,
                        member,
                        room.online(),
                        shard.parts().clock().instant());
                if (first) {
                    state.presence(member.id(), true);
                    shard.fanout().presence(state, room, member, true);
                }
            };
        }

        @Override
        void failed(EngineParts parts) {
            parts.broadcaster().goingAway(connection, Words.phrase("farewell.room-not-opened"));
        }

        @Override
        void unavailable(EngineParts parts) {
            parts.broadcaster().goingAway(connection, Words.phrase("farewell.records-unreachable"));
        }

        @Override
        boolean fromClient() {
            return true;
        }

        @Override
        boolean startsAfresh() {
            return true;
        }

        @Override
        void overloaded(EngineParts parts) {
            parts.broadcaster().goingAway(connection, Words.phrase("farewell.busy"));
        }
    }

    /** A command of a member, or of the server itself when {@code connection} is null. */
    static final class Act extends Job {
        private final LiveConnection connection;
        private final String commandId;
        private final RoomCommand command;

        Act(String roomId, LiveConnection connection, String commandId, RoomCommand command) {
            super(roomId);
            this.connection = connection;
            this.commandId = commandId;
            this.command = command;
        }

        @Override
        String kind() {
            return "command " + typeOf(command);
        }

        /** The command's type as the live protocol names it, e.g. {@code say}, {@code raise_hand}; never its contents. */
        private static String typeOf(RoomCommand command) {
            Object named = command instanceof RoomCommand.Turn turn ? turn.turn() : command;
            return named.getClass()
                    .getSimpleName()
                    .replaceAll("([a-z])([A-Z])", "$1_$2")
                    .toLowerCase(Locale.ROOT);
        }

        @Override
        Runnable run(Shard shard) {
            RoomBroadcaster out = shard.parts().broadcaster();
            RoomState state = shard.state(roomId());
            if (state == null) {
                return reply(out, new RefusedException(Refusal.NOT_FOUND, ROOM_GONE));
            }
            String actor = connection == null
                    ? RoomEvent.SYSTEM_ACTOR
                    : connection.caller().id();
            if (commandId != null) {
                var earlier = state.seqOfCommand(actor, commandId);
                if (earlier.isEmpty() && state.forgotCommands()) {
                    // Older than what the room remembers: the log, whose constraint keeps each id once, knows.
                    earlier = shard.parts().log().seqOfCommand(roomId(), actor, commandId);
                }
                if (earlier.isPresent()) {
                    long seq = earlier.get();
                    return () -> out.ack(connection, commandId, seq);
                }
            }
            List<RoomEvent> events;
            try {
                events = state.handle(
                        actor, commandId, command, shard.parts().clock().instant());
            } catch (RefusedException e) {
                return reply(out, e);
            }
            shard.parts().store().store(events, state.mode());
            // The ack names the command's own event, as it will again for a repeat
            // of the same id; what followed from it comes right after.
            long acked = events.isEmpty()
                    ? 0
                    : state.seqOfCommand(actor, commandId).orElse(events.get(0).seq());
            return () -> {
                shard.fanout().deliver(state, shard.openConnections(roomId()), events);
                if (connection != null && !events.isEmpty()) {
                    out.ack(connection, commandId, acked);
                }
            };
        }

        private Runnable reply(RoomBroadcaster out, RefusedException refused) {
            return () -> {
                if (connection != null) {
                    out.refused(connection, commandId, refused);
                }
            };
        }

        @Override
        void failed(EngineParts parts) {
            if (connection != null) {
                RefusedException failed = new RefusedException(Refusal.INTERNAL, RefusedException.NOTHING_CHANGED);
                parts.broadcaster().refused(connection, commandId, failed);
            }
        }

        @Override
        void unavailable(EngineParts parts) {
            RefusedException unavailable = new RefusedException(Refusal.UNAVAILABLE, RefusedException.UNAVAILABLE);
            parts.broadcaster().refused(connection, commandId, unavailable);
        }

        /** The server's own commands (a timer's) wait for the database; a member's is answered. */
        @Override
        boolean retriedWhenUnavailable() {
            return connection == null;
        }

        @Override
        boolean fromClient() {
            return connection != null;
        }

        @Override
        boolean claims(Shard shard) {
            return connection != null && shard.connectedHere(roomId(), connection);
        }

        @Override
        void overloaded(EngineParts parts) {
            parts.broadcaster().refused(connection, commandId, new RefusedException(Refusal.OVERLOADED, BUSY));
        }
    }

    /**
     * Replays to a socket every event after {@code afterSeq} that its member may
     * see, then acks. A long history goes a page at a time, each page a job of
     * its own, so the shard's other rooms go on between pages and no more than
     * a page is held in memory; meanwhile the socket gets no live events, which
     * the rest of the replay brings, and once it has caught up with the room it
     * is acked and live again.
     */
    static final class Resume extends Job {
        /** Events read from the log, and at most sent, per page. */
        static final int PAGE = 100;

        private final LiveConnection connection;
        private final String commandId;
        private final long afterSeq;
        private final boolean first;

        Resume(String roomId, LiveConnection connection, String commandId, long afterSeq) {
            this(roomId, connection, commandId, afterSeq, true);
        }

        private Resume(String roomId, LiveConnection connection, String commandId, long afterSeq, boolean first) {
            super(roomId);
            this.connection = connection;
            this.commandId = commandId;
            this.afterSeq = afterSeq;
            this.first = first;
        }

        @Override
        Runnable run(Shard shard) {
            RoomBroadcaster out = shard.parts().broadcaster();
            RoomState state = shard.state(roomId());
            if (state == null && !first) {
                // Halfway through a replay: the socket must not stay out of the live events.
                return () -> out.goingAway(connection, Words.phrase("farewell.not-loaded"));
            }
            if (state == null) {
                return () -> out.refused(connection, commandId, new RefusedException(Refusal.NOT_FOUND, ROOM_GONE));
            }
            String viewer = connection.caller().id();
            List<RoomEvent> page = shard.parts().log().after(roomId(), afterSeq, PAGE);
            List<RoomEvent> replay =
                    page.stream().filter(e -> state.maySee(viewer, e)).toList();
            long reached = page.isEmpty() ? afterSeq : page.get(page.size() - 1).seq();
            long lastSeq = state.lastSeq();
            // Events of this very batch may not be readable yet: the next page, after the commit, reads them.
            boolean done = reached >= lastSeq || page.isEmpty() && !first;
            List<LiveConnection> to = List.of(connection);
            return () -> {
                RoomConnections room = shard.openConnections(roomId());
                if (room == null || !room.has(connection)) {
                    return;
                }
                replay.forEach(e -> out.event(e, to));
                if (done) {
                    if (!first) {
                        room.caughtUp(connection);
                    }
                    out.ack(connection, commandId, lastSeq);
                    return;
                }
                if (first) {
                    room.catchUp(connection);
                }
                shard.submitWhenDrained(connection, new Resume(roomId(), connection, commandId, reached, false));
            };
        }

        @Override
        void failed(EngineParts parts) {
            refuse(parts, Refusal.INTERNAL, "refusal.server.conversation-not-loaded");
        }

        @Override
        void unavailable(EngineParts parts) {
            refuse(parts, Refusal.UNAVAILABLE, "refusal.server.cannot-load-conversation");
        }

        private void refuse(EngineParts parts, Refusal refusal, String key) {
            if (first) {
                parts.broadcaster().refused(connection, commandId, new RefusedException(refusal, key));
            } else {
                // Halfway through a replay: the client connects again and resumes from what it has.
                parts.broadcaster().goingAway(connection, Words.phrase("farewell.not-loaded"));
            }
        }

        @Override
        boolean fromClient() {
            return first;
        }

        @Override
        boolean claims(Shard shard) {
            return shard.connectedHere(roomId(), connection);
        }

        @Override
        void overloaded(EngineParts parts) {
            parts.broadcaster().refused(connection, commandId, new RefusedException(Refusal.OVERLOADED, BUSY));
        }
    }

    /**
     * Loads a room, so that what it must do by itself is scheduled: after a
     * restart, for the rooms whose safety alerts wait for an acknowledgement.
     */
    static final class Wake extends Job {
        Wake(String roomId) {
            super(roomId);
        }

        @Override
        Runnable run(Shard shard) {
            shard.state(roomId());
            return () -> {};
        }

        @Override
        void failed(EngineParts parts) {}

        @Override
        boolean retriedWhenUnavailable() {
            return true;
        }
    }

    /** A use case's change of a room that needs its live state (see {@link RoomEngine#change}). */
    static final class Change<T> extends Job {
        private final RoomEngine.RoomChange<T> work;
        private final CompletableFuture<T> future = new CompletableFuture<>();

        Change(String roomId, RoomEngine.RoomChange<T> work) {
            super(roomId);
            this.work = work;
        }

        CompletableFuture<T> future() {
            return future;
        }

        @Override
        Runnable run(Shard shard) {
            RoomEngine.Step<T> step;
            List<RoomEvent> events = List.of();
            RoomState state;
            try {
                state = shard.state(roomId());
                Instant now = shard.parts().clock().instant();
                step = work.apply(state, now);
                if (step.command() != null && state != null) {
                    events = state.handle(step.actorId(), null, step.command(), now);
                    shard.parts().store().store(events, state.mode());
                }
            } catch (RefusedException e) {
                return () -> future.completeExceptionally(e);
            }
            List<RoomEvent> committed = events;
            RoomEngine.Step<T> done = step;
            return () -> {
                if (done.closeRoom()) {
                    shard.closeRoom(roomId());
                } else if (done.reload()) {
                    shard.reloadRoom(roomId());
                } else if (state != null) {
                    shard.fanout().deliver(state, shard.openConnections(roomId()), committed);
                }
                future.complete(done.result());
            };
        }

        @Override
        void failed(EngineParts parts) {
            future.completeExceptionally(new RefusedException(Refusal.INTERNAL, RefusedException.NOTHING_CHANGED));
        }

        @Override
        void unavailable(EngineParts parts) {
            future.completeExceptionally(new RefusedException(Refusal.UNAVAILABLE, RefusedException.UNAVAILABLE));
        }

        @Override
        boolean fromClient() {
            return true;
        }

        @Override
        boolean startsAfresh() {
            return true;
        }

        @Override
        void overloaded(EngineParts parts) {
            future.completeExceptionally(new RefusedException(Refusal.OVERLOADED, BUSY));
        }
    }
}

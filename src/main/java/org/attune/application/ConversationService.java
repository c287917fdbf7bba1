package org.attune.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.room.Member;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomRepository;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventLog;
import org.attune.domain.transcript.RoomEvent;
import org.attune.security.Caller;

/** What members say in a room, and catching up on what they missed. */
@ApplicationScoped
public class ConversationService {

    public static final int MAX_COMMAND_ID_LENGTH = 64;
    private static final int REPLAY_PAGE = 500;

    @Inject
    RoomRepository rooms;

    @Inject
    EventLog log;

    @Inject
    EventRecorder recorder;

    @Inject
    RoomGate gate;

    @Inject
    Transactions tx;

    /** The outcome of a command: the event it produced, and whether an earlier identical command already had. */
    public record Recorded(RoomEvent event, boolean repeated) {}

    /**
     * A member says something to the room. When this returns, the message is
     * committed and has been handed to every connected member. Sending the same
     * command id again returns the first outcome and records nothing new.
     */
    public Recorded say(Caller caller, String roomId, String commandId, String text) {
        requireCommandId(commandId);
        if (text == null || text.isBlank()) {
            throw new RefusedException(Refusal.BAD_REQUEST, "A message needs some text.");
        }
        if (text.length() > RoomEvent.MAX_TEXT_LENGTH) {
            throw new RefusedException(
                    Refusal.TOO_LARGE, "A message can be at most " + RoomEvent.MAX_TEXT_LENGTH + " characters long.");
        }
        return gate.exclusive(
                roomId,
                () -> tx.inNewTransaction(() -> {
                    var earlier = log.findByCommand(roomId, caller.id(), commandId);
                    if (earlier.isPresent()) {
                        return new Recorded(earlier.get(), true);
                    }
                    Member member = rooms.findMember(roomId, caller.id())
                            .orElseThrow(() ->
                                    new RefusedException(Refusal.FORBIDDEN, "You are not a member of this room."));
                    if (!member.role().mayWrite()) {
                        throw new RefusedException(
                                Refusal.FORBIDDEN, "Observers can read the conversation but not write in it.");
                    }
                    Room room = rooms.findForUpdate(roomId).orElseThrow();
                    return new Recorded(recorder.record(room, EventKind.MESSAGE, caller, text, commandId), false);
                }));
    }

    /**
     * Runs {@code onJoin} with the room's current sequence number while no event
     * of the room can be written, so that whatever it registers for live delivery
     * misses nothing and receives nothing twice.
     */
    public void join(String roomId, LongConsumer onJoin) {
        gate.exclusive(roomId, () -> {
            long lastSeq =
                    tx.inNewTransaction(() -> rooms.find(roomId).orElseThrow().lastSeq());
            onJoin.accept(lastSeq);
            return null;
        });
    }

    /**
     * Hands every event after {@code afterSeq} to {@code sink}, in order, while no
     * new event of the room can be written; returns the last sequence number.
     */
    public long replay(String roomId, long afterSeq, Consumer<RoomEvent> sink) {
        if (afterSeq < 0) {
            throw new RefusedException(Refusal.BAD_REQUEST, "afterSeq must be 0 or more.");
        }
        return gate.exclusive(roomId, () -> {
            long cursor = afterSeq;
            while (true) {
                final long from = cursor;
                List<RoomEvent> page = tx.inNewTransaction(() -> log.after(roomId, from, REPLAY_PAGE));
                page.forEach(sink);
                if (page.size() < REPLAY_PAGE) {
                    return lastSeq(roomId);
                }
                cursor = page.get(page.size() - 1).seq();
            }
        });
    }

    private long lastSeq(String roomId) {
        return tx.inNewTransaction(() -> rooms.find(roomId).orElseThrow().lastSeq());
    }

    static void requireCommandId(String commandId) {
        if (commandId == null || commandId.isBlank()) {
            throw new RefusedException(Refusal.BAD_REQUEST, "Every command needs an \"id\".");
        }
        if (commandId.length() > MAX_COMMAND_ID_LENGTH) {
            throw new RefusedException(
                    Refusal.BAD_REQUEST, "A command id can be at most " + MAX_COMMAND_ID_LENGTH + " characters long.");
        }
    }
}

package org.attune.domain.turn;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.room.RoomRole;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.RoomEvent;

/**
 * The rules of who may speak, as a small state machine over the room's events.
 * Protocols are immutable: {@link #decide} says which events a command
 * produces (or refuses it), and {@link #apply} returns the protocol after an
 * event. Therapists may always speak.
 */
public sealed interface TurnProtocol permits OpenProtocol, FloorProtocol, SpeakerListenerProtocol {

    /** The protocol's name on the wire, e.g. {@code floor}. */
    String name();

    /** Refuses a participant's message when it is not theirs to speak now. */
    void checkSay(String memberId, RoomRole role);

    /**
     * What a message from this member is now (a message, or e.g. a paraphrase),
     * or a refusal when it is not theirs to speak.
     */
    default EventKind kindOfSay(String memberId, RoomRole role, String text) {
        checkSay(memberId, role);
        return EventKind.MESSAGE;
    }

    /** The events a turn command produces now, or a refusal. */
    List<TurnEvent> decide(String actorId, TurnCommand command, Participants participants, Instant now);

    /** The protocol after an event of the room. */
    TurnProtocol apply(RoomEvent event);

    /** Something the server must do by itself at a given time, e.g. end a turn. */
    record TurnTimer(Instant at, TurnCommand command) {}

    /** The next thing the server must do by itself, if anything. */
    default Optional<TurnTimer> nextTimer() {
        return Optional.empty();
    }

    /** The protocol a room starts with, or switches to, by name. */
    static TurnProtocol named(String name) {
        return switch (name) {
            case OpenProtocol.NAME -> new OpenProtocol();
            case FloorProtocol.NAME -> FloorProtocol.initial();
            case SpeakerListenerProtocol.NAME -> SpeakerListenerProtocol.initial();
            default ->
                throw new RefusedException(
                        Refusal.BAD_REQUEST,
                        "Unknown protocol \"" + name + "\". This server runs: open, floor, speaker_listener.");
        };
    }

    /** The floor only ever goes to an active participant. */
    static void requireParticipant(Participants participants, String memberId) {
        if (participants
                .activeRole(memberId)
                .filter(r -> r == RoomRole.PARTICIPANT)
                .isEmpty()) {
            throw refused(Refusal.NOT_FOUND, "The floor goes to a participant in the room.");
        }
    }

    static RefusedException refused(Refusal refusal, String message) {
        return new RefusedException(refusal, message);
    }
}

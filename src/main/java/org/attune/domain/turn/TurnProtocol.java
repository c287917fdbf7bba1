package org.attune.domain.turn;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * The rules of who may speak, as a small state machine over the room's events.
 * Protocols are immutable: {@link #decide} says which events a command
 * produces (or refuses it), and {@link #apply} returns the protocol after an
 * event. Therapists may always speak.
 */
public sealed interface TurnProtocol
        permits OpenProtocol,
                FloorProtocol,
                SpeakerListenerProtocol,
                ImagoProtocol,
                RoundProtocol,
                RepairProtocol,
                AppreciationProtocol {

    /** Every protocol's name, in the order a therapist would meet them. */
    List<String> NAMES = List.of(
            OpenProtocol.NAME,
            FloorProtocol.NAME,
            SpeakerListenerProtocol.NAME,
            ImagoProtocol.NAME,
            RoundProtocol.NAME,
            RepairProtocol.NAME,
            AppreciationProtocol.NAME);

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

    /**
     * What a clarifying question from this member is now, or a refusal: only
     * speaker-listener has them, for the listener before they paraphrase.
     */
    default EventKind kindOfQuestion(String memberId, RoomRole role, String text) {
        throw refused(Refusal.INVALID_STATE, "refusal.turn.clarifying-question-belongs-speaker");
    }

    /**
     * Whether this member's next message is a reflection: the partner's words
     * said back on purpose (a paraphrase, a mirror, a summary, validation or
     * empathy), which are not the member's own heat. Asked before the message
     * is applied.
     */
    default boolean reflects(String memberId) {
        return false;
    }

    /** The events a turn command produces now, or a refusal. */
    List<TurnEvent> decide(String actorId, TurnCommand command, Participants participants, Instant now);

    /** The protocol after an event of the room. */
    TurnProtocol apply(RoomEvent event);

    /** Something the server must do by itself at a given time, e.g. end a turn. */
    record TurnTimer(Instant at, TurnCommand command) {}

    /**
     * What the protocol does by itself now, after the room's last event:
     * announce a step, hand the turn on, or (in a guided room, where no
     * therapist moderates) start the next exchange. Asked again after each
     * event it returns, until it returns nothing. Only asked while a session runs.
     *
     * @param guided whether the room is guided, so that the protocol moderates itself
     */
    default List<TurnEvent> followUp(Participants participants, boolean guided, Instant now) {
        return List.of();
    }

    /** Where the protocol stands now, for the room's members. */
    default TurnView view() {
        return TurnView.NOBODY;
    }

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
            case ImagoProtocol.NAME -> ImagoProtocol.initial();
            case RoundProtocol.NAME -> RoundProtocol.initial();
            case RepairProtocol.NAME -> RepairProtocol.initial();
            case AppreciationProtocol.NAME -> AppreciationProtocol.initial();
            default ->
                throw new RefusedException(
                        Refusal.BAD_REQUEST,
                        "refusal.turn.unknown-protocol",
                        Map.of("protocol", name, "protocols", String.join(", ", NAMES)));
        };
    }

    /** The floor only ever goes to an active participant. */
    static void requireParticipant(Participants participants, String memberId) {
        if (participants
                .activeRole(memberId)
                .filter(r -> r == RoomRole.PARTICIPANT)
                .isEmpty()) {
            throw refused(Refusal.NOT_FOUND, "refusal.turn.floor-goes-participant-room");
        }
    }

    /**
     * A dialogue of two starts: the first holds the floor, and whoever has
     * spoken least of the others listens.
     *
     * @param dialogue the protocol's name in a sentence, e.g. "Speaker-listener"
     */
    /**
     * The order of a protocol in which each participant answers in turn: the
     * chosen first, then who has spoken least; refused under two people, with
     * {@code needsTwo} the key of the sentence that says so, e.g. "A repair needs at least two participants in the room.".
     */
    static List<TurnEvent> everyoneInTurn(String first, Participants participants, String needsTwo) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        ids.add(first);
        ids.addAll(participants.leastSpokenFirst());
        if (ids.size() < 2) {
            throw refused(Refusal.INVALID_STATE, needsTwo);
        }
        return List.of(new TurnEvent(EventKind.ORDER_SET, null, new EventPayload.Order(List.copyOf(ids))));
    }

    /**
     * A guided room begins such a protocol by itself once two participants are
     * here, who has spoken least first; a moderated room waits for its therapist.
     */
    static List<TurnEvent> everyoneInTurnWhenGuided(boolean guided, Participants participants, String needsTwo) {
        return guided && participants.activeParticipants().size() >= 2
                ? everyoneInTurn(participants.leastSpokenFirst().get(0), participants, needsTwo)
                : List.of();
    }

    /** The two of a dialogue, the first given; refused under two people, with {@code needsTwo} the key saying so. */
    static List<TurnEvent> startPair(String first, Participants participants, String needsTwo) {
        String partner = participants.leastSpokenFirst().stream()
                .filter(p -> !p.equals(first))
                .findFirst()
                .orElseThrow(() -> refused(Refusal.INVALID_STATE, needsTwo));
        return List.of(TurnEvent.of(EventKind.FLOOR_GRANTED, first), TurnEvent.of(EventKind.LISTENER_SET, partner));
    }

    /** The roles of a dialogue of two swap: the one who held the floor listens now. */
    static List<TurnEvent> swapPair(String from, String to) {
        return List.of(
                TurnEvent.of(EventKind.FLOOR_PASSED, from),
                TurnEvent.of(EventKind.FLOOR_GRANTED, to),
                TurnEvent.of(EventKind.LISTENER_SET, from));
    }

    /** The therapist's side of a command: only therapists may do it. */
    static void requireTherapist(RoomRole role) {
        if (role != RoomRole.THERAPIST) {
            throw refused(Refusal.FORBIDDEN, "refusal.turn.only-therapist");
        }
    }

    /** The actor's role, or a refusal when they are not in the room. */
    static RoomRole roleOf(Participants participants, String actorId) {
        return participants
                .activeRole(actorId)
                .orElseThrow(() -> refused(Refusal.FORBIDDEN, "refusal.turn.not-in-room"));
    }

    /** Whether the command is one of the server's own timers. */
    static boolean isTimer(TurnCommand command) {
        return command instanceof TurnCommand.WarnTurnEnding || command instanceof TurnCommand.EndTurn;
    }

    static RefusedException refused(Refusal refusal, String key) {
        return new RefusedException(refusal, key);
    }

    static RefusedException refused(Refusal refusal, String key, Map<String, ?> values) {
        return new RefusedException(refusal, key, values);
    }
}

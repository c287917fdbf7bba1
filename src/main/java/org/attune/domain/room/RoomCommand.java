package org.attune.domain.room;

import java.time.Instant;
import org.attune.domain.turn.TurnCommand;

/**
 * A change someone asks of a room. {@link RoomState#handle} decides whether it
 * is allowed now and which events it produces.
 */
public sealed interface RoomCommand {

    /** A member says something to the room. */
    record Say(String text) implements RoomCommand {}

    /** A therapist guides the whole room. */
    record Guide(String text) implements RoomCommand {}

    /** A therapist speaks privately to one member. */
    record Whisper(String to, String text) implements RoomCommand {}

    /** A therapist keeps a private note. */
    record Note(String text) implements RoomCommand {}

    /** Starts a sitting, optionally with a turn-taking protocol (null: keep the current one). */
    record StartSession(String protocol) implements RoomCommand {
        public StartSession() {
            this(null);
        }
    }

    record EndSession() implements RoomCommand {}

    /** A therapist mutes a participant for a number of minutes. */
    record Mute(String member, int minutes) implements RoomCommand {}

    record Unmute(String member) implements RoomCommand {}

    /** A therapist removes a member from the room. */
    record Remove(String member) implements RoomCommand {}

    /** A therapist lets a waiting member in. */
    record Admit(String member) implements RoomCommand {}

    /** A therapist renames the room, changes whether joiners wait for admission, or how it regulates itself. */
    record ChangeSettings(String name, boolean requiresAdmission, RegulationSettings regulation)
            implements RoomCommand {}

    /** A command about the floor (raise or lower a hand, pass, grant, revoke, turn limit, or the server's timers). */
    record Turn(TurnCommand turn) implements RoomCommand {}

    /** A therapist chooses the turn-taking protocol by name. */
    record SetProtocol(String protocol) implements RoomCommand {}

    /** Someone accepted an invitation with the given role. */
    record Join(String userId, String name, RoomRole role) implements RoomCommand {}

    /** A participant calls a time-out; minutes and exercise may be null for the room's defaults. */
    record RequestPause(String reason, Integer minutes, String exercise) implements RoomCommand {}

    /** A therapist pauses the room; the exercise may be null for the room's default. */
    record PauseRoom(int minutes, String exercise) implements RoomCommand {}

    /** A therapist resumes the conversation after (or during) a pause. */
    record Resume() implements RoomCommand {}

    /** A participant says they are ready to go on, with how calm they feel (1–5), or null. */
    record Ready(Integer calm) implements RoomCommand {}

    /** The server: the pause until this deadline is over; the room checks in (if that pause still stands). */
    record CheckIn(Instant until) implements RoomCommand {}

    /** The server: someone left during a check-in; a guided room may now have everyone present ready. */
    record ReviewReadiness() implements RoomCommand {}

    /** The server ends a mute whose time ran out (if it still stands). */
    record ExpireMute(String member, Instant until) implements RoomCommand {}
}

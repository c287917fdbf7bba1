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

    /** A therapist renames the room or changes whether joiners wait for admission. */
    record ChangeSettings(String name, boolean requiresAdmission) implements RoomCommand {}

    /** A command about the floor (raise or lower a hand, pass, grant, revoke, turn limit, or the server's timers). */
    record Turn(TurnCommand turn) implements RoomCommand {}

    /** A therapist chooses the turn-taking protocol by name. */
    record SetProtocol(String protocol) implements RoomCommand {}

    /** Someone accepted an invitation with the given role. */
    record Join(String userId, String name, RoomRole role) implements RoomCommand {}

    /** The server ends a mute whose time ran out (if it still stands). */
    record ExpireMute(String member, Instant until) implements RoomCommand {}
}

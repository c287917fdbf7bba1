package org.attune.interfaces.live;

import org.attune.domain.room.RoomCommand;

/** A command a client sends over the live socket. {@code id} is chosen by the client and makes it idempotent. */
public sealed interface ClientCommand {

    String id();

    /** A change to the room, decided by the room's rules. */
    record Act(String id, RoomCommand command) implements ClientCommand {}

    /** Replay every event after {@code afterSeq} that the caller may see, then continue live. */
    record Resume(String id, long afterSeq) implements ClientCommand {}

    /** Keep-alive; answered with {@code pong}. */
    record Ping(String id) implements ClientCommand {}

    /** The sender is writing to the room ({@code active}), or stopped: passed on to the others, never stored. */
    record Typing(String id, boolean active) implements ClientCommand {}

    /** Coaching on a draft: answered with {@code coaching}; the draft is neither stored nor logged. */
    record Coach(String id, String text) implements ClientCommand {}
}

package org.attune.interfaces.live;

/** A command a client sends over the live socket. {@code id} is chosen by the client and makes it idempotent. */
public sealed interface ClientCommand {

    String id();

    /** Say something to the room. */
    record Say(String id, String text) implements ClientCommand {}

    /** Replay every event after {@code afterSeq} that the caller may see, then continue live. */
    record Resume(String id, long afterSeq) implements ClientCommand {}

    /** Keep-alive; answered with {@code pong}. */
    record Ping(String id) implements ClientCommand {}
}

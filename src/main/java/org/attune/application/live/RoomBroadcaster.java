package org.attune.application.live;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.attune.domain.RefusedException;
import org.attune.domain.Words;
import org.attune.domain.member.MemberView;
import org.attune.domain.room.RoomState;
import org.attune.domain.transcript.RoomEvent;

/**
 * What the room engine tells the people connected to a room, named by intent.
 * The implementation speaks the live protocol on WebSockets; it encodes each
 * message once, however many people receive it.
 */
public interface RoomBroadcaster {

    /** The first frame on a socket: who they are, the room and where it stands. */
    void welcome(LiveConnection to, RoomState room, MemberView you, Set<String> online, Instant now);

    /** A committed event, to everyone given. */
    void event(RoomEvent event, Collection<LiveConnection> to);

    /** A command was applied (or had been, for a repeated id): its event is {@code seq}. */
    void ack(LiveConnection to, String commandId, long seq);

    /** A command was refused, or failed; nothing changed. The reason is said in the person's language. */
    void refused(LiveConnection to, String commandId, RefusedException refused);

    /**
     * A participant is writing to the room, or stopped ({@code active} false, {@code until} null): never
     * stored, never back to the writer.
     *
     * @param until until when to show the line, so that it clears by itself when the writer's connection drops
     */
    void writing(MemberView writer, boolean active, Instant until, Collection<LiveConnection> to);

    /** A member came or went. */
    void presence(MemberView member, boolean online, Collection<LiveConnection> to);

    /** Where the room's turn protocol stands, after it moved on. */
    void turn(RoomState room, Collection<LiveConnection> to);

    /** The person is not (or no longer) a member: the socket closes with 1008. */
    void notAMember(LiveConnection to);

    /** A therapist removed the person from the room: the socket closes with 1008. */
    void removed(LiveConnection to);

    /** The member left the room for good, at their request: the socket closes with 1008. */
    void left(LiveConnection to);

    /** The room was deleted: the socket closes with 1008. */
    void roomClosed(LiveConnection to);

    /** The server is going down, or could not open the room: the socket closes with 1001 and the client comes back. */
    void goingAway(LiveConnection to, Words.Phrase reason);
}

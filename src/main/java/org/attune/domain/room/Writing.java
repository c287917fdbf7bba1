package org.attune.domain.room;

import java.time.Duration;
import java.time.Instant;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.member.RoomRole;

/**
 * "Is writing…": the quiet line the others in the room see while a
 * participant composes a message to the whole room. It is never part of the
 * room's record: no event, no sequence number, nothing stored, replayed or
 * exported; who is shown as writing lives in memory only ({@link WritingLines}).
 *
 * <p>Only someone who could say their message now may be shown as writing:
 * the same gate as a message to the room (a session, no mute, no pause, their
 * turn), refused with the same codes. Observers read only. Therapists are not
 * shown: they write between the participants' turns (guidance, whispers,
 * notes), and a line announcing them would make the speaker stop mid-thought
 * to wait for them, and could give away a whisper or a note.
 *
 * <p>The line is shown for {@link #SHOWN_FOR} after each sign of writing, so a
 * page clears it by itself when the writer's connection drops.
 */
public final class Writing {

    /** How long a line is shown after the last sign of writing. */
    public static final Duration SHOWN_FOR = Duration.ofSeconds(6);

    /** The others are told that someone writes at most this often; more often is dropped, quietly. */
    public static final Duration AT_MOST_EVERY = Duration.ofSeconds(1);

    static final String THERAPISTS_ARE_NOT_SHOWN = "refusal.message.therapists-writing-not-shown";

    private Writing() {}

    /**
     * Refuses a member who may not be shown as writing now, as their message
     * would be refused.
     *
     * @return the writer
     */
    public static MemberView requireMayWrite(RoomState room, String memberId, Instant now) {
        MemberView writer = requireMayStop(room, memberId);
        Conversation.requireOpenToTheRoom(room, writer, now);
        room.protocol().checkSay(writer.id(), writer.role());
        return writer;
    }

    /**
     * Refuses a member who is never shown as writing: observers, therapists,
     * anyone not in the room. A participant may always say they stopped: it can
     * only clear a line.
     *
     * @return the writer
     */
    public static MemberView requireMayStop(RoomState room, String memberId) {
        MemberView writer = room.roster().actor(memberId);
        RoomAccess.requireWriter(writer);
        if (writer.role() == RoomRole.THERAPIST) {
            throw new RefusedException(Refusal.FORBIDDEN, THERAPISTS_ARE_NOT_SHOWN);
        }
        return writer;
    }

    /** Whether the member could be shown as writing now. */
    public static boolean mayWrite(RoomState room, String memberId, Instant now) {
        try {
            requireMayWrite(room, memberId, now);
            return true;
        } catch (RefusedException e) {
            return false;
        }
    }
}

package org.attune.domain.member;

import java.util.Optional;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.Words;

/**
 * Who may do what in a room, by their {@link Standing} there: the one answer
 * for the REST API, the live handshake and the room itself, with one wording
 * for each refusal. Each check returns quietly or throws a {@link RefusedException}
 * that says what the person can do instead, where there is something.
 *
 * <ul>
 *   <li>A removed member, or someone never invited, is not a member.
 *   <li>Someone waiting in the lobby may open the room's socket (to be let in),
 *       but neither act in it nor read its conversation.
 *   <li>Observers read only.
 *   <li>Therapists moderate; in a guided room, participants also start and end
 *       the session.
 *   <li>A therapist's seat opens the room's notes, signals, safety alerts and
 *       audit log, and lets its holder delete the room: only the practice's
 *       therapists (the realm role, whose sign-in asks for a one-time code) take
 *       one, whatever invitation they hold.
 * </ul>
 */
public final class RoomAccess {

    /** Why a stranger is refused: also what the live handshake says, in the language it was asked in. */
    public static final String NOT_A_MEMBER_KEY = "refusal.access.not-a-member";

    private static final String IN_THE_LOBBY_KEY = "refusal.access.in-the-lobby";
    private static final String NOT_LET_IN_YET_KEY = "refusal.access.not-let-in-yet";
    private static final String OBSERVERS_READ_ONLY_KEY = "refusal.access.observers-read-only";
    private static final String THERAPISTS_SEAT_KEY = "refusal.access.only-therapists-take-a-therapists-seat";

    /** The refusals below in English, as the tests read them. */
    public static final String NOT_A_MEMBER = Words.english(NOT_A_MEMBER_KEY);

    public static final String IN_THE_LOBBY = Words.english(IN_THE_LOBBY_KEY);
    public static final String NOT_LET_IN_YET = Words.english(NOT_LET_IN_YET_KEY);
    public static final String OBSERVERS_READ_ONLY = Words.english(OBSERVERS_READ_ONLY_KEY);
    public static final String ONLY_THERAPISTS_TAKE_A_THERAPISTS_SEAT = Words.english(THERAPISTS_SEAT_KEY);

    private RoomAccess() {}

    /** Whether someone with this standing (empty: none) may open the room's live socket. */
    public static boolean mayConnect(Optional<? extends Standing> standing) {
        return standing.filter(s -> s.status() != MemberStatus.REMOVED).isPresent();
    }

    /** A member of the room, in it or waiting in its lobby. */
    public static <S extends Standing> S member(Optional<S> standing) {
        return standing.filter(s -> s.status() != MemberStatus.REMOVED)
                .orElseThrow(() -> new RefusedException(Refusal.FORBIDDEN, NOT_A_MEMBER_KEY));
    }

    /** A member who is in the room, not waiting in its lobby: who may act in it. */
    public static <S extends Standing> S inRoom(Optional<S> standing) {
        S s = member(standing);
        if (s.status() == MemberStatus.WAITING) {
            throw new RefusedException(Refusal.INVALID_STATE, IN_THE_LOBBY_KEY);
        }
        return s;
    }

    /** A member who may read the room's conversation: anyone let in. */
    public static <S extends Standing> S reader(Optional<S> standing) {
        S s = member(standing);
        if (s.status() != MemberStatus.ACTIVE) {
            throw new RefusedException(Refusal.FORBIDDEN, NOT_LET_IN_YET_KEY);
        }
        return s;
    }

    /**
     * Refuses a therapist's seat to someone who is not one of the practice's
     * therapists; any other seat is open to whoever was invited to it.
     *
     * @param practiceTherapist whether they hold the practice's therapist role
     */
    public static void requireMayTake(RoomRole role, boolean practiceTherapist) {
        if (role.moderates() && !practiceTherapist) {
            throw new RefusedException(Refusal.FORBIDDEN, THERAPISTS_SEAT_KEY);
        }
    }

    /** Refuses observers, who read only. */
    public static void requireWriter(Standing s) {
        if (!s.role().mayWrite()) {
            throw new RefusedException(Refusal.FORBIDDEN, OBSERVERS_READ_ONLY_KEY);
        }
    }

    /**
     * Refuses anyone but one of the room's therapists; {@code why} is the key of the sentence
     * "Only a therapist of this room can …".
     */
    public static void requireTherapist(Standing s, String why) {
        if (!isTherapist(s)) {
            throw new RefusedException(Refusal.FORBIDDEN, why);
        }
    }

    /** Who starts and ends sessions: therapists, and in a guided room its participants too; {@code why} as above. */
    public static void requireSessionRunner(Standing s, boolean guided, String why) {
        if (!isTherapist(s) && !(guided && s.role() == RoomRole.PARTICIPANT)) {
            requireTherapist(s, why);
        }
    }

    /** Whether the room's audit log is open to them: its therapists, and the practice's administrators. */
    public static boolean mayReadAudit(Optional<? extends Standing> standing, boolean administrator) {
        return administrator || standing.filter(RoomAccess::isTherapist).isPresent();
    }

    /** Whether someone is one of the room's therapists and in the room. */
    public static boolean isTherapist(Standing s) {
        return s.role() == RoomRole.THERAPIST && s.status() == MemberStatus.ACTIVE;
    }
}

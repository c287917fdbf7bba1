package org.attune.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.junit.jupiter.api.Test;

class RoomAccessTest {

    private static final MemberView THERAPIST = view(RoomRole.THERAPIST, MemberStatus.ACTIVE);
    private static final MemberView PARTNER = view(RoomRole.PARTICIPANT, MemberStatus.ACTIVE);
    private static final MemberView WAITING = view(RoomRole.PARTICIPANT, MemberStatus.WAITING);
    private static final MemberView REMOVED = view(RoomRole.PARTICIPANT, MemberStatus.REMOVED);
    private static final MemberView SUPERVISOR = view(RoomRole.OBSERVER, MemberStatus.ACTIVE);

    private static MemberView view(RoomRole role, MemberStatus status) {
        return new MemberView("id", "Name", role, status, null);
    }

    @Test
    void someoneNeverInvitedOrRemovedIsNotAMemberAndCannotConnect() {
        assertThat(RoomAccess.mayConnect(Optional.empty())).isFalse();
        assertThat(RoomAccess.mayConnect(Optional.of(REMOVED))).isFalse();
        refused(() -> RoomAccess.member(Optional.empty()), Refusal.FORBIDDEN, RoomAccess.NOT_A_MEMBER);
        refused(() -> RoomAccess.member(Optional.of(REMOVED)), Refusal.FORBIDDEN, RoomAccess.NOT_A_MEMBER);
    }

    @Test
    void someoneInTheLobbyMayConnectButNeitherActNorRead() {
        assertThat(RoomAccess.mayConnect(Optional.of(WAITING))).isTrue();
        assertThat(RoomAccess.member(Optional.of(WAITING))).isEqualTo(WAITING);
        refused(() -> RoomAccess.inRoom(Optional.of(WAITING)), Refusal.INVALID_STATE, RoomAccess.IN_THE_LOBBY);
        refused(() -> RoomAccess.reader(Optional.of(WAITING)), Refusal.FORBIDDEN, RoomAccess.NOT_LET_IN_YET);
    }

    @Test
    void observersReadButDoNotWrite() {
        assertThat(RoomAccess.reader(Optional.of(SUPERVISOR))).isEqualTo(SUPERVISOR);
        refused(() -> RoomAccess.requireWriter(SUPERVISOR), Refusal.FORBIDDEN, RoomAccess.OBSERVERS_READ_ONLY);
        RoomAccess.requireWriter(PARTNER);
    }

    @Test
    void onlyThePracticesTherapistsTakeATherapistsSeat() {
        RoomAccess.requireMayTake(RoomRole.THERAPIST, true);
        refused(
                () -> RoomAccess.requireMayTake(RoomRole.THERAPIST, false),
                Refusal.FORBIDDEN,
                RoomAccess.ONLY_THERAPISTS_TAKE_A_THERAPISTS_SEAT);
    }

    @Test
    void anyoneInvitedTakesAParticipantsOrAnObserversSeat() {
        for (RoomRole role : new RoomRole[] {RoomRole.PARTICIPANT, RoomRole.OBSERVER}) {
            RoomAccess.requireMayTake(role, false);
            RoomAccess.requireMayTake(role, true);
        }
    }

    @Test
    void onlyTherapistsModerateWithOneWording() {
        RoomAccess.requireTherapist(THERAPIST, "refusal.access.therapist-only.mute-members");
        refused(
                () -> RoomAccess.requireTherapist(PARTNER, "refusal.access.therapist-only.mute-members"),
                Refusal.FORBIDDEN,
                "Only a therapist of this room can mute members.");
        refused(
                () -> RoomAccess.requireTherapist(SUPERVISOR, "refusal.access.therapist-only.delete-it"),
                Refusal.FORBIDDEN,
                "Only a therapist of this room can delete it.");
    }

    @Test
    void inAGuidedRoomParticipantsRunTheSessionButObserversNever() {
        RoomAccess.requireSessionRunner(PARTNER, true, "refusal.access.therapist-only.start-session");
        RoomAccess.requireSessionRunner(THERAPIST, false, "refusal.access.therapist-only.start-session");
        refused(
                () -> RoomAccess.requireSessionRunner(PARTNER, false, "refusal.access.therapist-only.start-session"),
                Refusal.FORBIDDEN,
                "Only a therapist of this room can start the session.");
        refused(
                () -> RoomAccess.requireSessionRunner(SUPERVISOR, true, "refusal.access.therapist-only.end-session"),
                Refusal.FORBIDDEN,
                "Only a therapist of this room can end the session.");
    }

    @Test
    void theAuditLogIsForTheRoomsTherapistsAndAdministrators() {
        assertThat(RoomAccess.mayReadAudit(Optional.of(THERAPIST), false)).isTrue();
        assertThat(RoomAccess.mayReadAudit(Optional.of(PARTNER), false)).isFalse();
        assertThat(RoomAccess.mayReadAudit(Optional.empty(), true)).isTrue();
        assertThat(RoomAccess.mayReadAudit(Optional.of(view(RoomRole.THERAPIST, MemberStatus.REMOVED)), false))
                .isFalse();
    }

    private static void refused(Runnable call, Refusal refusal, String message) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(refusal))
                .hasMessage(message);
    }
}

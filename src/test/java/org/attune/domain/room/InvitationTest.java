package org.attune.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.member.RoomRole;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aFreshInvitationCanBeAccepted() {
        Invitation invitation =
                Invitation.issue("room-1", RoomRole.PARTICIPANT, "therapist-1", NOW, Duration.ofDays(7));

        assertThat(invitation.unusableAt(NOW.plusSeconds(60))).isEmpty();
        invitation.acceptBy("alex", false, NOW.plusSeconds(60));
        assertThat(invitation.acceptedBy()).contains("alex");
    }

    @Test
    void aTherapistsInvitationIsRefusedToSomeoneWithoutTheTherapistRoleAndStaysUnused() {
        Invitation invitation = Invitation.issue("room-1", RoomRole.THERAPIST, "therapist-1", NOW, Duration.ofDays(7));

        assertThatThrownBy(() -> invitation.acceptBy("alex", false, NOW))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.FORBIDDEN))
                .hasMessage(RoomAccess.ONLY_THERAPISTS_TAKE_A_THERAPISTS_SEAT);
        assertThat(invitation.acceptedBy()).isEmpty();
        assertThat(invitation.unusableAt(NOW)).isEmpty();

        invitation.acceptBy("co-therapist", true, NOW);
        assertThat(invitation.acceptedBy()).contains("co-therapist");
    }

    @Test
    void anAcceptedInvitationIsSpent() {
        Invitation invitation =
                Invitation.issue("room-1", RoomRole.PARTICIPANT, "therapist-1", NOW, Duration.ofDays(7));
        invitation.acceptBy("alex", false, NOW);

        assertThat(invitation.unusableAt(NOW)).contains(Invitation.Unusable.ALREADY_USED);
        assertThatThrownBy(() -> invitation.acceptBy("sam", false, NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(invitation.acceptedBy()).contains("alex");
    }

    @Test
    void anInvitationExpiresAtItsDeadline() {
        Invitation invitation = Invitation.issue("room-1", RoomRole.OBSERVER, "therapist-1", NOW, Duration.ofHours(2));

        assertThat(invitation.unusableAt(NOW.plus(Duration.ofHours(2)).minusMillis(1)))
                .isEmpty();
        assertThat(invitation.unusableAt(NOW.plus(Duration.ofHours(2)))).contains(Invitation.Unusable.EXPIRED);
    }

    @Test
    void validityIsBounded() {
        assertThatThrownBy(() -> Invitation.issue("r", RoomRole.PARTICIPANT, "t", NOW, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Invitation.issue("r", RoomRole.PARTICIPANT, "t", NOW, Duration.ofDays(31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAreLongAndDistinct() {
        String a = Invitation.issue("r", RoomRole.PARTICIPANT, "t", NOW, Duration.ofDays(1))
                .code();
        String b = Invitation.issue("r", RoomRole.PARTICIPANT, "t", NOW, Duration.ofDays(1))
                .code();

        assertThat(a).hasSize(27).matches("[A-Za-z0-9_-]+").isNotEqualTo(b);
    }
}

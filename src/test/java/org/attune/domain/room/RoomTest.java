package org.attune.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.attune.domain.member.RoomRole;
import org.junit.jupiter.api.Test;

class RoomTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aRoomCanBeRenamedAndAskForAdmission() {
        Room room = Room.open("Alex and Sam", RoomKind.COUPLE, RoomMode.MODERATED, "t-1", NOW);

        room.rename("  Alex & Sam ");
        room.requireAdmission(true);

        assertThat(room.name()).isEqualTo("Alex & Sam");
        assertThat(room.requiresAdmission()).isTrue();
        assertThatThrownBy(() -> room.rename("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRoomNeedsAReasonableName() {
        assertThatThrownBy(() -> Room.open("   ", RoomKind.COUPLE, RoomMode.MODERATED, "t", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Room.open("x".repeat(121), RoomKind.FAMILY, RoomMode.GUIDED, "t", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Room.open("  The Blakes ", RoomKind.FAMILY, RoomMode.GUIDED, "t", NOW)
                        .name())
                .isEqualTo("The Blakes");
    }

    @Test
    void wireNamesRoundTrip() {
        for (RoomRole role : RoomRole.values()) {
            assertThat(RoomRole.fromWireName(role.wireName())).contains(role);
        }
        assertThat(RoomKind.fromWireName("family")).contains(RoomKind.FAMILY);
        assertThat(RoomMode.fromWireName("guided")).contains(RoomMode.GUIDED);
        assertThat(RoomRole.fromWireName("THERAPIST")).isEmpty();
    }

    @Test
    void onlyObserversCannotWriteAndOnlyTherapistsModerate() {
        assertThat(RoomRole.OBSERVER.mayWrite()).isFalse();
        assertThat(RoomRole.PARTICIPANT.mayWrite()).isTrue();
        assertThat(RoomRole.THERAPIST.moderates()).isTrue();
        assertThat(RoomRole.PARTICIPANT.moderates()).isFalse();
    }
}

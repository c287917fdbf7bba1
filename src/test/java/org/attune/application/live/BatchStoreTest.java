package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.RoomRole;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.room.Member;
import org.attune.domain.room.RoomMode;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.security.AuditAction;
import org.junit.jupiter.api.Test;

/** What a batch writes besides its events: audit rows that name no words, and member records kept in step. */
class BatchStoreTest {

    private static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");

    private final EngineHarness.Stores stores = new EngineHarness.Stores();
    private final BatchStore store = new BatchStore(stores.log, stores.audit, stores.rooms);

    @Test
    void aSafetyAlertIsAuditedWithTheRoomsModeAndItsConcernsButNeverTheWords() {
        RoomEvent alert = RoomEvent.builder("room", 3, EventKind.SAFETY_ALERT, AT)
                .actor(RoomEvent.SYSTEM_ACTOR, "Attune")
                .target("sam", "Sam")
                .audience(Audience.THERAPISTS_AND_TARGET)
                .payload(new EventPayload.SafetyAlert(List.of(new Evidence("self_harm", "I want to disappear")), null))
                .build();

        stores.inNewTransaction(() -> {
            store.store(List.of(alert), RoomMode.GUIDED);
            return null;
        });

        assertThat(stores.committed()).containsExactly(alert);
        assertThat(stores.audited()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.SAFETY_ALERT);
            assertThat(a.detail()).contains("guided self_harm");
            assertThat(a.detail().orElseThrow()).doesNotContain("disappear");
        });
    }

    @Test
    void aMessageIsLoggedButNotAudited() {
        RoomEvent said = RoomEvent.builder("room", 2, EventKind.MESSAGE, AT)
                .actor("alex", "Alex")
                .payload(new EventPayload.Text("Hello."))
                .build();

        stores.inNewTransaction(() -> {
            store.store(List.of(said), RoomMode.MODERATED);
            return null;
        });

        assertThat(stores.committed()).containsExactly(said);
        assertThat(stores.audited()).isEmpty();
    }

    @Test
    void admissionAndRemovalChangeTheMemberRecords() {
        stores.rooms.addMember(new Member("room", "sam", "Sam", RoomRole.PARTICIPANT, MemberStatus.WAITING, AT));
        RoomEvent admitted = RoomEvent.builder("room", 2, EventKind.MEMBER_ADMITTED, AT)
                .actor("maya", "Maya")
                .target("sam", "Sam")
                .build();
        RoomEvent removed = RoomEvent.builder("room", 3, EventKind.MEMBER_REMOVED, AT)
                .actor("maya", "Maya")
                .target("sam", "Sam")
                .build();

        store.store(List.of(admitted), RoomMode.MODERATED);
        assertThat(stores.rooms.findMember("room", "sam").orElseThrow().status())
                .isEqualTo(MemberStatus.ACTIVE);
        store.store(List.of(removed), RoomMode.MODERATED);
        assertThat(stores.rooms.findMember("room", "sam").orElseThrow().status())
                .isEqualTo(MemberStatus.REMOVED);
    }
}

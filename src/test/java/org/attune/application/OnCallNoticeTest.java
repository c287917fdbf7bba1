package org.attune.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.attune.domain.room.AlertPolicy;
import org.junit.jupiter.api.Test;

/** What an on-call contact is told: where and when, never what or who. */
class OnCallNoticeTest {

    private static final Instant RAISED = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void theMailSaysThePracticeTheRoomsLinkWhenAndWhoComesNextAndNothingElse() {
        OnCallNotice notice = new OnCallNotice(
                "Harbour Family Practice",
                "https://attune.example.org/?room=r-1",
                "https://attune.example.org/api/rooms/r-1/safety-alerts/7/acknowledge",
                7,
                RAISED,
                1,
                2,
                RAISED.plus(Duration.ofMinutes(10)));

        assertThat(notice.subject()).contains("safety alert").contains("Harbour Family Practice");
        assertThat(notice.body())
                .contains("Raised at: 2026-11-28 10:00 UTC")
                .contains("https://attune.example.org/?room=r-1")
                .contains("POST https://attune.example.org/api/rooms/r-1/safety-alerts/7/acknowledge")
                .contains("on-call contact 1 of 2")
                .contains("by 2026-11-28 10:10 UTC, the next contact is told")
                .contains("no words of the conversation and no names");
    }

    @Test
    void theLastContactIsToldThatNobodyComesAfterThem() {
        OnCallNotice last = new OnCallNotice("P", "l", "a", 7, RAISED, 2, 2, null);

        assertThat(last.body()).contains("on-call contact 2 of 2").contains("You are the last on the list.");
    }

    @Test
    void theOnCallSettingsHaveTheirDefaultsAndAreReadFromTheirProperties() {
        OnCallSettings none = Settings.from(Map.of()).onCall();
        assertThat(none.contacts()).isEmpty();
        assertThat(none.escalateAfter()).isEqualTo(Duration.ofMinutes(10));
        assertThat(none.publicUrl()).isEqualTo("http://localhost:8080");
        assertThat(none.practice()).isEqualTo("your practice");
        assertThat(none.policy()).isEqualTo(new AlertPolicy(0, Duration.ofMinutes(10)));

        OnCallSettings set = Settings.from(Map.of(
                        "attune.oncall.contacts", " a@p.example , b@p.example,,",
                        "attune.alert.escalate-minutes", "5",
                        "attune.alert.escalate-seconds", "0",
                        "attune.public-url", "https://attune.example.org/",
                        "attune.practice.name", "Harbour"))
                .onCall();
        assertThat(set.contacts()).containsExactly("a@p.example", "b@p.example");
        assertThat(set.escalateAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(set.roomLink("r-1")).isEqualTo("https://attune.example.org/?room=r-1");
        assertThat(set.policy().onCallContacts()).isEqualTo(2);

        assertThat(Settings.from(Map.of("attune.alert.escalate-seconds", "8"))
                        .onCall()
                        .escalateAfter())
                .as("seconds, for tests, override minutes")
                .isEqualTo(Duration.ofSeconds(8));
        assertThat(List.of(
                        Settings.from(Map.of("attune.public-url", "")).onCall().publicUrl()))
                .containsExactly("http://localhost:8080");
    }
}

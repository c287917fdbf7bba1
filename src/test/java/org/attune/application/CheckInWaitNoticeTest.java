package org.attune.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the on-call contact is told of a check-in that waits: where and since when, never who or how they are. */
class CheckInWaitNoticeTest {

    @Test
    void theMailSaysThePracticeTheRoomAndSinceWhenAndNothingAboutAnyone() {
        CheckInWaitNotice notice = new CheckInWaitNotice(
                "Harbour Family Practice",
                "https://attune.example.org/?room=r-1",
                Instant.parse("2026-11-28T10:20:00Z"));

        assertThat(notice.subject()).contains("check-in").contains("Harbour Family Practice");
        assertThat(notice.body())
                .contains("opened at 2026-11-28 10:20 UTC")
                .contains("https://attune.example.org/?room=r-1")
                .contains("no words of the conversation and no names");
        for (String private_ : List.of("flooded", "overwhelmed", "calm", "safe")) {
            assertThat(notice.subject() + notice.body()).doesNotContainIgnoringCase(private_);
        }
    }

    @Test
    void theCheckInWaitIsFifteenMinutesUnlessThePracticeSaysOtherwise() {
        assertThat(Settings.from(Map.of()).onCall().policy().checkInWait()).isEqualTo(Duration.ofMinutes(15));
        assertThat(Settings.from(Map.of("attune.checkin.wait-minutes", "30"))
                        .onCall()
                        .policy()
                        .checkInWait())
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(Settings.from(Map.of("attune.checkin.wait-minutes", "30", "attune.checkin.wait-seconds", "20"))
                        .onCall()
                        .policy()
                        .checkInWait())
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(Settings.from(Map.of("attune.checkin.wait-minutes", "0"))
                        .onCall()
                        .policy()
                        .checkInWait())
                .as("at least a minute")
                .isEqualTo(Duration.ofMinutes(1));
    }
}

package org.attune.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The reminder of practice due says when, roughly, and names nothing else. */
class PracticeReminderNoticeTest {

    @Test
    void itSaysRoughlyWhenAndNothingOfWhatOrWho() {
        PracticeReminderNotice notice =
                new PracticeReminderNotice("https://attune.example/?room=r-1", Duration.ofHours(24));
        assertThat(notice.subject()).isEqualTo("A reminder from Attune");
        assertThat(notice.body())
                .startsWith("Something you planned in Attune is due in about 24 hours.")
                .contains("https://attune.example/?room=r-1", "You can stop these reminders");
        assertThat(notice.body()).doesNotContainIgnoringCase("practice").doesNotContainIgnoringCase("therap");
    }

    @Test
    void minutesHoursAndDays() {
        assertThat(new PracticeReminderNotice("l", Duration.ofSeconds(20)).when())
                .isEqualTo("in about 1 minute");
        assertThat(new PracticeReminderNotice("l", Duration.ofMinutes(40)).when())
                .isEqualTo("in about 40 minutes");
        assertThat(new PracticeReminderNotice("l", Duration.ofHours(5)).when()).isEqualTo("in about 5 hours");
        assertThat(new PracticeReminderNotice("l", Duration.ofDays(3)).when()).isEqualTo("in about 3 days");
    }
}

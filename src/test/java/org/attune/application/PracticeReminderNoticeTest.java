package org.attune.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.attune.domain.Language;
import org.junit.jupiter.api.Test;

/** The reminder of practice due says when, roughly, and names nothing else; in the language of who asked. */
class PracticeReminderNoticeTest {

    private static final String NBSP = "\u00a0";

    private static String when(Duration dueIn, Language language) {
        return new PracticeReminderNotice("l", dueIn, language).when();
    }

    @Test
    void itSaysRoughlyWhenAndNothingOfWhatOrWho() {
        PracticeReminderNotice notice =
                new PracticeReminderNotice("https://attune.example/?room=r-1", Duration.ofHours(24), Language.ENGLISH);
        assertThat(notice.subject()).isEqualTo("A reminder from Attune");
        assertThat(notice.body())
                .startsWith("Something you planned in Attune is due in about 24 hours.")
                .contains("https://attune.example/?room=r-1", "You can stop these reminders");
        assertThat(notice.body()).doesNotContainIgnoringCase("practice").doesNotContainIgnoringCase("therap");
    }

    @Test
    void inEnglishTheMailIsWordForWordWhatItAlwaysWas() {
        PracticeReminderNotice notice =
                new PracticeReminderNotice("https://attune.example/?room=r-1", Duration.ofHours(24), Language.ENGLISH);
        assertThat(notice.body()).isEqualTo("""
                        Something you planned in Attune is due in about 24 hours.

                        Open Attune when it suits you:
                        https://attune.example/?room=r-1

                        You asked for this reminder. You can stop these reminders in Attune at any time.
                        """);
    }

    @Test
    void inFrenchItSaysTheSameAndNamesNothingEither() {
        PracticeReminderNotice notice =
                new PracticeReminderNotice("https://attune.example/?room=r-1", Duration.ofHours(24), Language.FRENCH);
        assertThat(notice.subject()).isEqualTo("Un rappel d’Attune");
        assertThat(notice.body())
                .isEqualTo("Quelque chose que vous avez prévu dans Attune arrive dans environ 24 heures.\n\n"
                        + "Ouvrez Attune quand cela vous convient" + NBSP + ":\n"
                        + "https://attune.example/?room=r-1\n\n"
                        + "Vous avez demandé ce rappel. Vous pouvez arrêter ces rappels dans Attune à tout moment.\n");
        for (String named : new String[] {"exercice", "pratique", "thérap", "clinique", "séance", "salle"}) {
            assertThat(notice.subject() + notice.body()).doesNotContainIgnoringCase(named);
        }
    }

    @Test
    void minutesHoursAndDays() {
        assertThat(when(Duration.ofSeconds(20), Language.ENGLISH)).isEqualTo("in about 1 minute");
        assertThat(when(Duration.ofMinutes(1), Language.ENGLISH)).isEqualTo("in about 1 minute");
        assertThat(when(Duration.ofMinutes(2), Language.ENGLISH)).isEqualTo("in about 2 minutes");
        assertThat(when(Duration.ofMinutes(40), Language.ENGLISH)).isEqualTo("in about 40 minutes");
        assertThat(when(Duration.ofHours(5), Language.ENGLISH)).isEqualTo("in about 5 hours");
        assertThat(when(Duration.ofDays(3), Language.ENGLISH)).isEqualTo("in about 3 days");
    }

    @Test
    void minutesHoursAndDaysInFrenchWhereOneIsSingularAndSoIsLess() {
        assertThat(when(Duration.ofSeconds(20), Language.FRENCH)).isEqualTo("dans environ 1 minute");
        assertThat(when(Duration.ofMinutes(1), Language.FRENCH)).isEqualTo("dans environ 1 minute");
        assertThat(when(Duration.ofMinutes(2), Language.FRENCH)).isEqualTo("dans environ 2 minutes");
        assertThat(when(Duration.ofMinutes(40), Language.FRENCH)).isEqualTo("dans environ 40 minutes");
        assertThat(when(Duration.ofMinutes(89), Language.FRENCH)).isEqualTo("dans environ 89 minutes");
        assertThat(when(Duration.ofMinutes(90), Language.FRENCH)).isEqualTo("dans environ 2 heures");
        assertThat(when(Duration.ofHours(5), Language.FRENCH)).isEqualTo("dans environ 5 heures");
        assertThat(when(Duration.ofHours(36), Language.FRENCH)).isEqualTo("dans environ 2 jours");
        assertThat(when(Duration.ofDays(3), Language.FRENCH)).isEqualTo("dans environ 3 jours");
    }
}

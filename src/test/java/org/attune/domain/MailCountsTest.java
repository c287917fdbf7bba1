package org.attune.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sentence that counts takes the form its count asks for in its language: English "1 minute",
 * "0 minutes"; French "0 minute", "1 minute" (French's one covers 0 and 1), and "2 minutes" in both.
 */
class MailCountsTest {

    @Test
    void englishSaysOneOnlyForOneAndFrenchForZeroAndOne() {
        assertThat(Words.pluralForm(1, Language.ENGLISH)).isEqualTo("one");
        assertThat(Words.pluralForm(0, Language.ENGLISH)).isEqualTo("other");
        assertThat(Words.pluralForm(2, Language.ENGLISH)).isEqualTo("other");
        assertThat(Words.pluralForm(-1, Language.ENGLISH)).isEqualTo("one");

        assertThat(Words.pluralForm(0, Language.FRENCH)).isEqualTo("one");
        assertThat(Words.pluralForm(1, Language.FRENCH)).isEqualTo("one");
        assertThat(Words.pluralForm(2, Language.FRENCH)).isEqualTo("other");
        assertThat(Words.pluralForm(-1, Language.FRENCH)).isEqualTo("one");
        assertThat(Words.pluralForm(100, Language.FRENCH)).isEqualTo("other");
    }

    @Test
    void aCountedSentenceIsSaidInTheFormItsCountAsksWithTheCountFilledIn() {
        assertThat(Words.plural("mail.reminder.in-minutes", 1, Map.of(), Language.ENGLISH))
                .isEqualTo("in about 1 minute");
        assertThat(Words.plural("mail.reminder.in-minutes", 0, Map.of(), Language.ENGLISH))
                .isEqualTo("in about 0 minutes");
        assertThat(Words.plural("mail.reminder.in-minutes", 3, null, Language.ENGLISH))
                .isEqualTo("in about 3 minutes");

        assertThat(Words.plural("mail.reminder.in-minutes", 0, Map.of(), Language.FRENCH))
                .isEqualTo("dans environ 0 minute");
        assertThat(Words.plural("mail.reminder.in-minutes", 1, Map.of(), Language.FRENCH))
                .isEqualTo("dans environ 1 minute");
        assertThat(Words.plural("mail.reminder.in-minutes", 3, Map.of(), Language.FRENCH))
                .isEqualTo("dans environ 3 minutes");
        assertThat(Words.plural("mail.reminder.in-days", 2, Map.of("count", 99), Language.FRENCH))
                .as("the count is the one counted")
                .isEqualTo("dans environ 2 jours");
    }

    @Test
    void aCountedKeyWithoutItsFormsIsAMistakeTheTestsCatch() {
        assertThatThrownBy(() -> Words.plural("mail.no-such-count", 2, Map.of(), Language.FRENCH))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mail.no-such-count.other");
    }
}

package org.attune.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The mail's words ({@code mail.} in the server's bundles), beyond what {@link RefusalBundlesTest}
 * checks of every key: the French is French (no sentence left in English), with a no-break space
 * before each two-part sign; each count has both its forms; and the reminder, which a person may
 * read over a shoulder, names nothing of a practice or of therapy in either language.
 */
class MailBundlesTest {

    private static final char NBSP = '\u00a0';
    private static final char NARROW_NBSP = '\u202f';

    private static Set<String> mailKeys(Language language) {
        return Words.keys(language).stream().filter(k -> k.startsWith("mail.")).collect(Collectors.toSet());
    }

    @Test
    void everyMailSentenceIsSaidInBothLanguagesAndTheFrenchIsNotACopy() {
        assertThat(mailKeys(Language.ENGLISH)).hasSizeGreaterThan(20);
        assertThat(mailKeys(Language.FRENCH)).isEqualTo(mailKeys(Language.ENGLISH));
        for (String key : mailKeys(Language.ENGLISH)) {
            assertThat(Words.pattern(key, Language.FRENCH)).as(key).isNotEqualTo(Words.pattern(key, Language.ENGLISH));
        }
    }

    @Test
    void theFrenchHasANoBreakSpaceBeforeEachTwoPartSignAndInsideGuillemets() {
        for (String key : mailKeys(Language.FRENCH)) {
            String french = Words.pattern(key, Language.FRENCH);
            for (int i = 0; i < french.length(); i++) {
                char c = french.charAt(i);
                if (":;?!»".indexOf(c) >= 0) {
                    assertThat(i > 0 && (french.charAt(i - 1) == NBSP || french.charAt(i - 1) == NARROW_NBSP))
                            .as("%s: a no-break space before '%s' in \"%s\"", key, c, french)
                            .isTrue();
                }
                if (c == '«') {
                    assertThat(i + 1 < french.length() && french.charAt(i + 1) == NBSP)
                            .as("%s: a no-break space after '«'", key)
                            .isTrue();
                }
            }
            assertThat(french).as(key).doesNotContain("'").doesNotContain("  ");
        }
        for (String key : mailKeys(Language.ENGLISH)) {
            assertThat(Words.pattern(key, Language.ENGLISH))
                    .as("English sets its signs close: " + key)
                    .doesNotContain(String.valueOf(NBSP))
                    .doesNotContain(" :");
        }
    }

    @Test
    void eachCountHasItsOneAndOtherFormsWithTheCountInBoth() {
        for (Language language : Language.values()) {
            Set<String> keys = mailKeys(language);
            for (String key : keys) {
                if (key.endsWith(".one") || key.endsWith(".other")) {
                    String base = key.substring(0, key.lastIndexOf('.'));
                    assertThat(keys).as(language + " " + base).contains(base + ".one", base + ".other");
                    assertThat(Words.pattern(key, language)).as(key).contains("{count}");
                }
            }
        }
    }

    @Test
    void theReminderNamesNoPracticeNoTherapyAndNoRoomInEitherLanguage() {
        List<String> named = List.of(
                "practi",
                "pratique",
                "exercice",
                "therap",
                "thérap",
                "clinic",
                "clinique",
                "session",
                "séance",
                "room",
                "salle",
                "couple",
                "famil");
        for (Language language : Language.values()) {
            for (String key : mailKeys(language)) {
                if (key.startsWith("mail.reminder.")) {
                    String sentence = Words.pattern(key, language);
                    for (String word : named) {
                        assertThat(sentence).as(key + " in " + language).doesNotContainIgnoringCase(word);
                    }
                }
            }
        }
    }
}

package org.attune.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A sentence that counts takes the plural form its language asks for: French says 0 and 1 alike. */
class WordsPluralTest {

    @Test
    void englishSaysOneForOneOnlyAndFrenchForZeroAndOne() {
        assertThat(LongStream.of(0, 1, 2, 21).mapToObj(n -> Words.pluralForm(n, Language.ENGLISH)))
                .containsExactly("other", "one", "other", "other");
        assertThat(LongStream.of(0, 1, 2, 21).mapToObj(n -> Words.pluralForm(n, Language.FRENCH)))
                .containsExactly("one", "one", "other", "other");
    }

    @Test
    void aCountedSentenceFillsItsCountInTheRightForm() {
        assertThat(LongStream.of(0, 1, 2)
                        .mapToObj(n -> Words.plural("document.count.minute", n, Map.of(), Language.ENGLISH)))
                .containsExactly("0 minutes", "1 minute", "2 minutes");
        assertThat(LongStream.of(0, 1, 2)
                        .mapToObj(n -> Words.plural("document.count.minute", n, Map.of(), Language.FRENCH)))
                .containsExactly("0 minute", "1 minute", "2 minutes");
        assertThat(Words.plural("document.count.repaired", 0, null, Language.FRENCH))
                .isEqualTo("0 réparée");
        assertThat(Words.plural("document.count.repaired", 3, null, Language.FRENCH))
                .isEqualTo("3 réparées");
    }

    @Test
    void theRequestNamesItsLanguageByLangElseByItsAcceptLanguageElseEnglish() {
        assertThat(Language.fromRequest("fr", "en-US,en;q=0.9")).isEqualTo(Language.FRENCH);
        assertThat(Language.fromRequest("en", "fr-CA,fr;q=0.9")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromRequest("fr-CA", null)).isEqualTo(Language.FRENCH);
        assertThat(Language.fromRequest("de", "fr"))
                .as("a lang it does not speak is English")
                .isEqualTo(Language.ENGLISH);
        assertThat(Language.fromRequest(null, "fr-CA,fr;q=0.9,en;q=0.8")).isEqualTo(Language.FRENCH);
        assertThat(Language.fromRequest(" ", "fr")).isEqualTo(Language.FRENCH);
        assertThat(Language.fromRequest(null, null)).isEqualTo(Language.ENGLISH);
    }
}

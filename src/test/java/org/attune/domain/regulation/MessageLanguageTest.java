package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How well the screen tells a French message from an English one, on the sets it trains on
 * (the held-out sets are read only by their evaluations): each message of the English sets
 * should read as English, each of the French sets as French. A French message read as English
 * gets the lower, more sensitive threshold; an English one read as French the higher.
 */
class MessageLanguageTest {

    @Test
    void plainSentencesReadAsTheirLanguage() {
        assertThat(french("Je suis tanné de tout ça, j'en peux pu.")).isTrue();
        assertThat(french("jsuis pas capable de rentrer ce soir")).isTrue();
        assertThat(french("C’est correct, on s’en reparle demain.")).isTrue();
        assertThat(french("I'm tired of all this and I can't go home tonight.")).isFalse();
        assertThat(french("he said it's fine but it's not")).isFalse();
    }

    @Test
    void aMessageThatDoesNotSayReadsAsEnglishTheMoreSensitive() {
        assertThat(french("ok")).isFalse();
        assertThat(french("Maya?")).isFalse();
        assertThat(french("")).isFalse();
        assertThat(french("Merci, thank you so much")).isFalse();
    }

    @Test
    void theSetsTrainedOnReadAsTheirLanguage() {
        assertThat(shareFrench(SafetySets.english()))
                .as("English messages read as French")
                .isLessThan(0.01);
        for (Path french :
                List.of(SafetySets.FRENCH_DEVELOPMENT, SafetySets.FRENCH_SUPPLEMENT, SafetySets.FRENCH_ADAPTED)) {
            assertThat(shareFrench(SafetySets.read(french)))
                    .as("French messages read as French in %s", french)
                    .isGreaterThan(0.97);
        }
    }

    static double shareFrench(List<SafetySets.Message> messages) {
        return messages.stream().filter(m -> french(m.text())).count() / (double) messages.size();
    }

    private static boolean french(String text) {
        return MessageLanguage.french(SafetyFeatures.of(text));
    }
}

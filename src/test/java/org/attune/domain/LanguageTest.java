package org.attune.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void aTagIsReadLenientlyAndAnythingUnknownIsEnglish() {
        assertThat(Language.fromTag("fr")).isEqualTo(Language.FRENCH);
        assertThat(Language.fromTag("fr-CA")).isEqualTo(Language.FRENCH);
        assertThat(Language.fromTag("FR_fr")).isEqualTo(Language.FRENCH);
        assertThat(Language.fromTag(" en-GB ")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromTag(null)).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromTag("")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromTag("de")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromTag("french")).isEqualTo(Language.ENGLISH);
    }

    @Test
    void anAcceptLanguageHeaderGivesTheFirstLanguageAttuneSpeaksByPreference() {
        assertThat(Language.fromAcceptLanguage("fr-CA,fr;q=0.9,en;q=0.8")).isEqualTo(Language.FRENCH);
        assertThat(Language.fromAcceptLanguage("en-US,en;q=0.9,fr;q=0.8")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromAcceptLanguage("de-DE,de;q=0.9,fr;q=0.7,en;q=0.5"))
                .isEqualTo(Language.FRENCH);
        assertThat(Language.fromAcceptLanguage("en;q=0.5, fr")).isEqualTo(Language.FRENCH);
        assertThat(Language.fromAcceptLanguage("fr;q=0")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromAcceptLanguage("*")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromAcceptLanguage("")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromAcceptLanguage(null)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void eachLanguageHasItsWireNameAndLocale() {
        assertThat(Language.FRENCH.wireName()).isEqualTo("fr");
        assertThat(Language.FRENCH.locale()).isEqualTo(Locale.FRENCH);
        assertThat(WireNamed.parse(Language.class, "en")).contains(Language.ENGLISH);
    }
}

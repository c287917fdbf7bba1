package org.attune.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.attune.domain.Language;
import org.junit.jupiter.api.Test;

/**
 * {@code attune.practice.language} ({@code ATTUNE_PRACTICE_LANGUAGE}): the
 * language of the mail to the practice's on-call contacts, English unless the
 * practice says {@code fr}; anything else refuses to start Attune, in any
 * profile, with a sentence that names the variable and what it may be.
 */
class PracticeLanguageSettingTest {

    private static final Map<String, String> OWN_SECRETS = Map.of(
            "ATTUNE_OIDC_CLIENT_SECRET", "kc-generated-3f9a",
            "ATTUNE_DB_PASSWORD", "a long database password",
            "ATTUNE_DATA_KEY", "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs=");

    private static Settings with(String language) {
        Map<String, String> values = new java.util.HashMap<>(OWN_SECRETS);
        if (language != null) {
            values.put("attune.practice.language", language);
        }
        return Settings.from(values);
    }

    @Test
    void englishUnlessThePracticeSaysFrench() {
        assertThat(with(null).onCall().language()).isEqualTo(Language.ENGLISH);
        assertThat(with("").onCall().language()).as("blank is not set").isEqualTo(Language.ENGLISH);
        assertThat(with("en").onCall().language()).isEqualTo(Language.ENGLISH);
        assertThat(with("fr").onCall().language()).isEqualTo(Language.FRENCH);
        assertThat(with(" FR ").onCall().language()).isEqualTo(Language.FRENCH);
        for (String fine : new String[] {null, "", "en", "fr", " FR "}) {
            assertThat(with(fine).secretProblems()).as(String.valueOf(fine)).isEmpty();
        }
    }

    @Test
    void anyOtherLanguageIsRefusedWithASentenceThatSaysWhatToSet() {
        for (String wrong : new String[] {"de", "fr-CA", "french", "es"}) {
            assertThat(with(wrong).secretProblems())
                    .as(wrong)
                    .singleElement()
                    .asString()
                    .startsWith("ATTUNE_PRACTICE_LANGUAGE (attune.practice.language) is \"" + wrong + "\"")
                    .contains("en (English) or fr (French)");
        }
    }

    @Test
    void aLanguageAttuneDoesNotSpeakRefusesToStartEvenInDevelopment() {
        Settings settings = Settings.from(Map.of("attune.profile", "development", "attune.practice.language", "de"));
        assertThat(settings.development()).isTrue();
        SecretsCheck check = new SecretsCheck();
        check.settings = settings;

        assertThatThrownBy(() -> check.refuseDevelopmentSecrets(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(
                        "Attune will not start: ATTUNE_PRACTICE_LANGUAGE (attune.practice.language)" + " is \"de\"");

        check.settings = Settings.from(Map.of("attune.profile", "development", "attune.practice.language", "fr"));
        check.refuseDevelopmentSecrets(null);
    }
}

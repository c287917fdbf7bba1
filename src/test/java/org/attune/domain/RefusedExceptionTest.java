package org.attune.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RefusedExceptionTest {

    @Test
    void aRefusalIsSaidInEachLanguageWithItsValuesAndInEnglishAsItsMessage() {
        RefusedException e = new RefusedException(
                Refusal.INVALID_STATE, "refusal.alert.already-acknowledged", Map.of("name", "Dr. Maya O'Neil"));

        assertThat(e.key()).isEqualTo("refusal.alert.already-acknowledged");
        assertThat(e.values().get("name")).isEqualTo("Dr. Maya O'Neil");
        assertThat(e.getMessage()).isEqualTo("That safety alert was already acknowledged by Dr. Maya O'Neil.");
        assertThat(e.message(Language.ENGLISH)).isEqualTo(e.getMessage());
        assertThat(e.message(Language.FRENCH))
                .isEqualTo("Dr. Maya O'Neil a déjà pris en charge cette alerte de sécurité.");
    }

    @Test
    void aPhraseAmongTheValuesIsSaidInTheSameLanguage() {
        RefusedException e = new RefusedException(
                Refusal.PAUSED,
                "refusal.pause.already-paused",
                Map.of("when", Words.phrase("refusal.time.in-about-minutes", Map.of("minutes", 12))));

        assertThat(e.getMessage()).isEqualTo("The room is already taking a pause; it ends in about 12 minutes.");
        assertThat(e.message(Language.FRENCH))
                .isEqualTo("La salle est déjà en pause\u00a0; elle se termine dans environ 12 minutes.");
    }

    @Test
    void frenchElidesBeforeANameThatStartsWithAVowelAndEnglishIsLeftAlone() {
        String key = "refusal.moderation.not-muted";
        assertThat(Words.render(key, Map.of("name", "Alex Chen"), Language.FRENCH))
                .isEqualTo("Les messages d’Alex Chen ne sont pas suspendus.");
        assertThat(Words.render(key, Map.of("name", "Émile"), Language.FRENCH))
                .isEqualTo("Les messages d’Émile ne sont pas suspendus.");
        assertThat(Words.render(key, Map.of("name", "Sam Rivera"), Language.FRENCH))
                .isEqualTo("Les messages de Sam Rivera ne sont pas suspendus.");
        assertThat(Words.render(key, Map.of("name", "Alex Chen"), Language.ENGLISH))
                .startsWith("Alex Chen");
    }

    @Test
    void theApostrophesOfEnglishSurviveAndTheConstantsAreKeys() {
        RefusedException e = new RefusedException(Refusal.UNAVAILABLE, RefusedException.UNAVAILABLE);

        assertThat(e.getMessage())
                .isEqualTo("Attune can't save just now. Nothing was sent; your words are still here."
                        + " Try again in a moment.");
        assertThat(e.message(Language.FRENCH)).startsWith("Attune ne peut pas enregistrer");
    }

    @Test
    void aKeyWithNoWordsIsAMistakeThatFailsLoudlyInTests() {
        assertThatThrownBy(() -> new RefusedException(Refusal.BAD_REQUEST, "refusal.nowhere").getMessage())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refusal.nowhere");
    }
}

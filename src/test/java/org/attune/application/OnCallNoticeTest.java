package org.attune.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.attune.domain.Language;
import org.attune.domain.room.AlertPolicy;
import org.junit.jupiter.api.Test;

/** What an on-call contact is told: where and when, never what or who; in the practice's language. */
class OnCallNoticeTest {

    private static final Instant RAISED = Instant.parse("2026-11-28T10:00:00Z");
    private static final String NBSP = "\u00a0";

    private static OnCallNotice first(String practice, Language language) {
        return new OnCallNotice(
                practice,
                "https://attune.example.org/?room=r-1",
                "https://attune.example.org/api/rooms/r-1/safety-alerts/7/acknowledge",
                7,
                RAISED,
                1,
                2,
                RAISED.plus(Duration.ofMinutes(10)),
                language);
    }

    @Test
    void theMailSaysThePracticeTheRoomsLinkWhenAndWhoComesNextAndNothingElse() {
        OnCallNotice notice = first("Harbour Family Practice", Language.ENGLISH);

        assertThat(notice.subject()).contains("safety alert").contains("Harbour Family Practice");
        assertThat(notice.body())
                .contains("Raised at: 2026-11-28 10:00 UTC")
                .contains("https://attune.example.org/?room=r-1")
                .contains("POST https://attune.example.org/api/rooms/r-1/safety-alerts/7/acknowledge")
                .contains("on-call contact 1 of 2")
                .contains("by 2026-11-28 10:10 UTC, the next contact is told")
                .contains("no words of the conversation and no names");
    }

    @Test
    void inEnglishTheMailIsWordForWordWhatItAlwaysWas() {
        OnCallNotice notice = first("Harbour Family Practice", Language.ENGLISH);

        assertThat(notice.subject())
                .isEqualTo("Attune: a safety alert waits for a clinician (Harbour Family Practice)");
        assertThat(notice.body()).isEqualTo("""
                        A safety alert waits for a clinician in a room of Harbour Family Practice.

                        Raised at: 2026-11-28 10:00 UTC
                        Alert number: 7

                        Open the room to read it, and acknowledge it there:
                        https://attune.example.org/?room=r-1

                        A therapist of the practice who is not a member of the room acknowledges it with
                        POST https://attune.example.org/api/rooms/r-1/safety-alerts/7/acknowledge

                        You are on-call contact 1 of 2. If nobody acknowledges it by 2026-11-28 10:10 UTC, \
                        the next contact is told.

                        This mail holds no words of the conversation and no names, to keep them private.
                        """);
    }

    @Test
    void theLastContactIsToldThatNobodyComesAfterThem() {
        OnCallNotice last = new OnCallNotice("P", "l", "a", 7, RAISED, 2, 2, null, Language.ENGLISH);

        assertThat(last.body()).contains("on-call contact 2 of 2").contains("You are the last on the list.");
        assertThat(new OnCallNotice("P", "l", "a", 7, RAISED, 2, 2, null, Language.FRENCH).body())
                .contains("Vous êtes la personne de garde 2 sur 2. Vous êtes la dernière personne de la liste.")
                .doesNotContain("suivante");
    }

    @Test
    void inFrenchTheMailSaysTheSameInFrenchWithFrenchTypography() {
        OnCallNotice notice = first("Harbour Family Practice", Language.FRENCH);

        assertThat(notice.subject())
                .isEqualTo("Attune" + NBSP + ": une alerte de sécurité attend d’être prise en charge"
                        + " (Harbour Family Practice)");
        assertThat(notice.body())
                .isEqualTo("Une alerte de sécurité attend d’être prise en charge dans une salle de Harbour Family"
                        + " Practice.\n\n"
                        + "Heure de l’alerte" + NBSP + ": 2026-11-28 10:00 UTC\n"
                        + "Numéro de l’alerte" + NBSP + ": 7\n\n"
                        + "Ouvrez la salle pour lire l’alerte et la prendre en charge sur place" + NBSP + ":\n"
                        + "https://attune.example.org/?room=r-1\n\n"
                        + "Les thérapeutes de la clinique qui ne font pas partie de la salle la prennent en charge"
                        + " avec cette requête" + NBSP + ":\n"
                        + "POST https://attune.example.org/api/rooms/r-1/safety-alerts/7/acknowledge\n\n"
                        + "Vous êtes la personne de garde 1 sur 2. Si personne ne la prend en charge d’ici"
                        + " 2026-11-28 10:10 UTC, la personne suivante de la liste sera prévenue.\n\n"
                        + "Ce courriel ne contient aucun mot de la conversation ni aucun nom, pour qu’ils restent"
                        + " confidentiels.\n");
        assertThat(notice.subject() + notice.body())
                .as("nothing left in English")
                .doesNotContain("alert waits", "Raised", "acknowledge it", "on-call", "mail holds");
    }

    @Test
    void aPracticeWithoutANameIsYourPracticeInTheMailsLanguageAndFrenchElidesBeforeAVowel() {
        assertThat(first("", Language.ENGLISH).subject())
                .isEqualTo("Attune: a safety alert waits for a clinician (your practice)");
        assertThat(first("", Language.ENGLISH).body())
                .startsWith("A safety alert waits for a clinician in a room" + " of your practice.\n");
        assertThat(first("", Language.FRENCH).subject()).endsWith("(votre clinique)");
        assertThat(first(" ", Language.FRENCH).body())
                .startsWith("Une alerte de sécurité attend d’être prise en charge dans une salle de votre clinique.");
        assertThat(first("Atelier Famille Azur", Language.FRENCH).body())
                .startsWith("Une alerte de sécurité attend d’être prise en charge dans une salle d’Atelier Famille"
                        + " Azur.");
    }

    @Test
    void theOnCallSettingsHaveTheirDefaultsAndAreReadFromTheirProperties() {
        OnCallSettings none = Settings.from(Map.of()).onCall();
        assertThat(none.contacts()).isEmpty();
        assertThat(none.escalateAfter()).isEqualTo(Duration.ofMinutes(10));
        assertThat(none.publicUrl()).isEqualTo("http://localhost:8080");
        assertThat(none.practice())
                .as("unnamed: the mail says \"your practice\"")
                .isEmpty();
        assertThat(none.language()).isEqualTo(Language.ENGLISH);
        assertThat(none.policy()).isEqualTo(new AlertPolicy(0, Duration.ofMinutes(10)));

        OnCallSettings set = Settings.from(Map.of(
                        "attune.oncall.contacts", " a@p.example , b@p.example,,",
                        "attune.alert.escalate-minutes", "5",
                        "attune.alert.escalate-seconds", "0",
                        "attune.public-url", "https://attune.example.org/",
                        "attune.practice.name", "Harbour",
                        "attune.practice.language", "fr"))
                .onCall();
        assertThat(set.contacts()).containsExactly("a@p.example", "b@p.example");
        assertThat(set.escalateAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(set.roomLink("r-1")).isEqualTo("https://attune.example.org/?room=r-1");
        assertThat(set.policy().onCallContacts()).isEqualTo(2);
        assertThat(set.practice()).isEqualTo("Harbour");
        assertThat(set.language()).isEqualTo(Language.FRENCH);

        assertThat(Settings.from(Map.of("attune.alert.escalate-seconds", "8"))
                        .onCall()
                        .escalateAfter())
                .as("seconds, for tests, override minutes")
                .isEqualTo(Duration.ofSeconds(8));
        assertThat(List.of(
                        Settings.from(Map.of("attune.public-url", "")).onCall().publicUrl()))
                .containsExactly("http://localhost:8080");
    }
}

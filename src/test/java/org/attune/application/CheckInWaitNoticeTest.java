package org.attune.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.attune.domain.Language;
import org.junit.jupiter.api.Test;

/**
 * What the on-call contact is told of a check-in that waits: where and since when, never who or how they are; in
 * the practice's language.
 */
class CheckInWaitNoticeTest {

    private static final Instant OPENED = Instant.parse("2026-11-28T10:20:00Z");
    private static final String NBSP = "\u00a0";

    @Test
    void theMailSaysThePracticeTheRoomAndSinceWhenAndNothingAboutAnyone() {
        for (Language language : Language.values()) {
            CheckInWaitNotice notice = new CheckInWaitNotice(
                    "Harbour Family Practice", "https://attune.example.org/?room=r-1", OPENED, language);

            assertThat(notice.subject()).contains("Harbour Family Practice");
            assertThat(notice.body()).contains("2026-11-28 10:20 UTC").contains("https://attune.example.org/?room=r-1");
            for (String private_ : List.of("flooded", "overwhelmed", "calm", "safe", "submerg", "calme", "sécurité")) {
                assertThat(notice.subject() + notice.body()).as(language.name()).doesNotContainIgnoringCase(private_);
            }
        }
    }

    @Test
    void inEnglishTheMailIsWordForWordWhatItAlwaysWas() {
        CheckInWaitNotice notice = new CheckInWaitNotice(
                "Harbour Family Practice", "https://attune.example.org/?room=r-1", OPENED, Language.ENGLISH);

        assertThat(notice.subject())
                .isEqualTo("Attune: a room's check-in after a time-out waits for someone (Harbour Family Practice)");
        assertThat(notice.body()).isEqualTo("""
                        A guided room of Harbour Family Practice took a time-out. Its check-in opened at \
                        2026-11-28 10:20 UTC and still waits for someone: the room goes on only with everyone.

                        Open the room to see who has checked in, and resume it when that is right:
                        https://attune.example.org/?room=r-1

                        This mail holds no words of the conversation and no names, to keep them private.
                        """);
        assertThat(new CheckInWaitNotice("", "l", OPENED, Language.ENGLISH).subject())
                .isEqualTo("Attune: a room's check-in after a time-out waits for someone (your practice)");
    }

    @Test
    void inFrenchTheMailSaysTheSameInFrenchWithFrenchTypography() {
        CheckInWaitNotice notice = new CheckInWaitNotice(
                "Harbour Family Practice", "https://attune.example.org/?room=r-1", OPENED, Language.FRENCH);

        assertThat(notice.subject())
                .isEqualTo("Attune" + NBSP + ": le retour de pause d’une salle attend quelqu’un (Harbour Family"
                        + " Practice)");
        assertThat(notice.body())
                .isEqualTo("Une salle guidée de Harbour Family Practice a fait une pause. Son retour de pause est"
                        + " ouvert depuis 2026-11-28 10:20 UTC et attend encore quelqu’un" + NBSP + ": la salle ne"
                        + " reprend qu’avec tout le monde.\n\n"
                        + "Ouvrez la salle pour voir qui a fait le point, et reprenez la conversation quand le moment"
                        + " s’y prête" + NBSP + ":\n"
                        + "https://attune.example.org/?room=r-1\n\n"
                        + "Ce courriel ne contient aucun mot de la conversation ni aucun nom, pour qu’ils restent"
                        + " confidentiels.\n");
        assertThat(new CheckInWaitNotice("", "l", OPENED, Language.FRENCH).body())
                .startsWith("Une salle guidée de votre clinique a fait une pause.");
    }

    @Test
    void theCheckInWaitIsFifteenMinutesUnlessThePracticeSaysOtherwise() {
        assertThat(Settings.from(Map.of()).onCall().policy().checkInWait()).isEqualTo(Duration.ofMinutes(15));
        assertThat(Settings.from(Map.of("attune.checkin.wait-minutes", "30"))
                        .onCall()
                        .policy()
                        .checkInWait())
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(Settings.from(Map.of("attune.checkin.wait-minutes", "30", "attune.checkin.wait-seconds", "20"))
                        .onCall()
                        .policy()
                        .checkInWait())
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(Settings.from(Map.of("attune.checkin.wait-minutes", "0"))
                        .onCall()
                        .policy()
                        .checkInWait())
                .as("at least a minute")
                .isEqualTo(Duration.ofMinutes(1));
    }
}

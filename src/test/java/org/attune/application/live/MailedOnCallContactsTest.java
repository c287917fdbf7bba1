package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.attune.application.OnCallSettings;
import org.attune.application.Transactions;
import org.attune.domain.Language;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomFixture;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.security.AuditAction;
import org.attune.security.AuditEntry;
import org.attune.security.AuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Whose language each mail is in: the on-call and check-in mails in the practice's
 * ({@code attune.practice.language}), a practice reminder in the language its reader asked in,
 * whatever the practice's.
 */
class MailedOnCallContactsTest {

    private static final String NBSP = "\u00a0";

    record Sent(String to, String subject, String body) {}

    private final List<Sent> sent = new ArrayList<>();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<AuditEntry> audited = new ArrayList<>();

    private final AuditTrail audit = new AuditTrail() {
        @Override
        public void record(AuditEntry entry) {
            audited.add(entry);
        }

        @Override
        public List<AuditEntry> ofRoom(String roomId) {
            return audited;
        }

        @Override
        public List<AuditEntry> ofAction(AuditAction action, Instant since, int limit) {
            return List.of();
        }

        @Override
        public List<AuditEntry> concerning(String userId) {
            return List.of();
        }
    };

    private final Transactions tx = new Transactions() {
        @Override
        public <T> T inNewTransaction(java.util.function.Supplier<T> work) {
            return work.get();
        }
    };

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private MailedOnCallContacts contacts(Language practiceSpeaks) {
        OnCallSettings settings = new OnCallSettings(
                List.of("first@oncall.test", "second@oncall.test"),
                Duration.ofMinutes(10),
                "https://attune.example.org",
                "",
                Duration.ofMinutes(15),
                practiceSpeaks);
        return new MailedOnCallContacts(
                settings,
                new OnCallPost(
                        (to, subject, body) -> sent.add(new Sent(to, subject, body)),
                        scheduler,
                        Clock.fixed(RoomFixture.T0, ZoneOffset.UTC),
                        audit,
                        tx));
    }

    private Sent to(String address) {
        return sent.stream().filter(s -> s.to().equals(address)).findFirst().orElseThrow();
    }

    @Test
    void eachParticipantIsRemindedInTheLanguageTheyAskedInWhateverThePracticeSpeaks() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        room.act("maya", new RoomCommand.EndSession());
        room.act("alex", new RoomCommand.PracticeReminders("alex@home.test", Language.FRENCH));
        room.act("sam", new RoomCommand.PracticeReminders("sam@home.test", Language.ENGLISH));
        room.act(
                "maya",
                new RoomCommand.AssignPractice("appreciation", room.now().plus(Duration.ofDays(3))));
        RoomEvent reminded = room.fireAlertTimer().get(0);
        assertThat(reminded.kind()).isEqualTo(EventKind.PRACTICE_REMINDED);

        contacts(Language.FRENCH).practiceDue(room.state, reminded);
        scheduler.runAll();

        assertThat(sent).extracting(Sent::to).containsExactlyInAnyOrder("alex@home.test", "sam@home.test");
        assertThat(to("alex@home.test").subject()).isEqualTo("Un rappel d’Attune");
        assertThat(to("alex@home.test").body())
                .startsWith("Quelque chose que vous avez prévu dans Attune arrive dans environ 24 heures.\n")
                .contains("https://attune.example.org/?room=" + room.state.roomId());
        assertThat(to("sam@home.test").subject())
                .as("the practice's French is not Sam's")
                .isEqualTo("A reminder from Attune");
        assertThat(to("sam@home.test").body())
                .startsWith("Something you planned in Attune is due in about 24 hours.\n");
    }

    @Test
    void theOnCallContactsAreToldInThePracticesLanguage() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        RoomEvent escalated = RoomEvent.builder(room.state.roomId(), 90, EventKind.ALERT_ESCALATED, RoomFixture.T0)
                .actor(RoomEvent.SYSTEM_ACTOR, "Attune")
                .target("alex", "alex")
                .payload(new EventPayload.AlertEscalated(7, 1, 2, RoomFixture.T0.plus(Duration.ofMinutes(10))))
                .build();

        contacts(Language.FRENCH).told(room.state, escalated);
        contacts(Language.ENGLISH).told(room.state, escalated);
        scheduler.runAll();

        assertThat(sent).extracting(Sent::to).containsExactly("first@oncall.test", "first@oncall.test");
        assertThat(sent.get(0).subject())
                .isEqualTo("Attune" + NBSP + ": une alerte de sécurité attend d’être prise en charge (votre clinique)");
        assertThat(sent.get(0).body())
                .startsWith("Une alerte de sécurité attend d’être prise en charge dans une salle de votre clinique.\n")
                .contains("Numéro de l’alerte" + NBSP + ": 7\n", "Vous êtes la personne de garde 1 sur 2.");
        assertThat(sent.get(1).subject()).isEqualTo("Attune: a safety alert waits for a clinician (your practice)");
        assertThat(sent.get(1).body()).contains("Alert number: 7\n", "You are on-call contact 1 of 2.");
    }

    @Test
    void aCheckInThatWaitsIsToldInThePracticesLanguage() {
        RoomFixture room = RoomFixture.guided("open", "alex", "sam");
        RoomEvent waiting = RoomEvent.builder(room.state.roomId(), 90, EventKind.CHECK_IN_WAITING, RoomFixture.T0)
                .actor(RoomEvent.SYSTEM_ACTOR, "Attune")
                .payload(new EventPayload.PracticeTold(EventPayload.PracticeTold.ON_CALL))
                .build();

        contacts(Language.FRENCH).checkInWaits(room.state, waiting);
        scheduler.runAll();

        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("first@oncall.test");
            assertThat(mail.subject())
                    .isEqualTo("Attune" + NBSP + ": le retour de pause d’une salle attend quelqu’un (votre clinique)");
            assertThat(mail.body()).startsWith("Une salle guidée de votre clinique a fait une pause.");
        });
    }
}

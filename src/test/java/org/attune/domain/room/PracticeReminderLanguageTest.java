package org.attune.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.domain.room.RoomFixture.describe;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.attune.domain.Language;
import org.attune.domain.practice.PracticeBook;
import org.attune.domain.retention.Records;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.junit.jupiter.api.Test;

/**
 * A participant's practice reminder is written in the language of the connection they asked
 * from: the language travels from the command into the stored event, beside the address, and
 * comes back with it when the room is rebuilt from its log after a restart. An address stored
 * before reminders had a language reads as English; erasure takes the language with the address.
 */
class PracticeReminderLanguageTest {

    private static RoomFixture betweenSessions() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        room.act("maya", new RoomCommand.EndSession());
        return room;
    }

    /** The event as the log stores its words, and as a restarted server reads it back. */
    private static RoomEvent storedAndReadBack(RoomEvent e) {
        return readBack(e, UnaryOperator.identity());
    }

    private static RoomEvent readBack(RoomEvent e, UnaryOperator<RoomEvent.Words> asStored) {
        RoomEvent read = e.withPayload(e.payload());
        read.openWords(asStored.apply(e.words()));
        return read;
    }

    private static RoomState restarted(RoomFixture room, List<RoomEvent> log) {
        return RoomState.rebuild(room.room, room.members, log);
    }

    @Test
    void theLanguageGoesFromTheCommandToTheStoredEventAndBackAfterARestart() {
        RoomFixture room = betweenSessions();
        RoomEvent alex = room.act("alex", new RoomCommand.PracticeReminders("alex@home.test", Language.FRENCH))
                .get(0);
        room.act("sam", new RoomCommand.PracticeReminders("sam@home.test"));

        assertThat(alex.payload()).isEqualTo(new EventPayload.ReminderAddress("alex@home.test", Language.FRENCH));
        assertThat(alex.words().text())
                .as("kept where the address is kept: the text, sealed and erased with it")
                .isEqualTo("alex@home.test fr");
        assertThat(alex.words().detail()).isNull();
        assertThat(alex.words().amount()).isNull();
        Map<String, PracticeBook.Reminders> expected = Map.of(
                "alex", new PracticeBook.Reminders("alex@home.test", Language.FRENCH),
                "sam", new PracticeBook.Reminders("sam@home.test", Language.ENGLISH));
        assertThat(room.state.practice().reminders()).isEqualTo(expected);
        assertThat(room.state.practice().addresses())
                .isEqualTo(Map.of("alex", "alex@home.test", "sam", "sam@home.test"));

        List<RoomEvent> stored = room.log.stream()
                .map(PracticeReminderLanguageTest::storedAndReadBack)
                .toList();
        assertThat(stored.stream().filter(e -> e.kind() == EventKind.PRACTICE_REMINDERS_SET))
                .extracting(RoomEvent::payload)
                .containsExactly(
                        new EventPayload.ReminderAddress("alex@home.test", Language.FRENCH),
                        new EventPayload.ReminderAddress("sam@home.test", Language.ENGLISH));
        RoomState afterRestart = restarted(room, stored);
        assertThat(afterRestart.practice().reminders()).as("after a restart").isEqualTo(expected);
    }

    @Test
    void askingAgainFromAConnectionInAnotherLanguageChangesItAndAStopKeepsNone() {
        RoomFixture room = betweenSessions();
        room.act("alex", new RoomCommand.PracticeReminders("alex@home.test", Language.FRENCH));
        room.act("alex", new RoomCommand.PracticeReminders("alex@home.test", Language.ENGLISH));
        assertThat(room.state.practice().reminders())
                .isEqualTo(Map.of("alex", new PracticeBook.Reminders("alex@home.test", Language.ENGLISH)));

        RoomEvent stop = room.act("alex", new RoomCommand.PracticeReminders(null, Language.FRENCH))
                .get(0);
        assertThat(stop.payload()).isEqualTo(new EventPayload.ReminderAddress("", Language.ENGLISH));
        assertThat(stop.words().text()).isEmpty();
        assertThat(room.state.practice().reminders()).isEmpty();
        assertThat(restarted(
                                room,
                                room.log.stream()
                                        .map(PracticeReminderLanguageTest::storedAndReadBack)
                                        .toList())
                        .practice()
                        .reminders())
                .isEmpty();
    }

    @Test
    void anAddressStoredBeforeRemindersHadALanguageReadsAsEnglish() {
        RoomFixture room = betweenSessions();
        room.act("alex", new RoomCommand.PracticeReminders("alex@home.test", Language.FRENCH));
        // As a server before this change wrote it: the address alone.
        List<RoomEvent> old = room.log.stream()
                .map(e -> e.kind() == EventKind.PRACTICE_REMINDERS_SET
                        ? readBack(e, w -> new RoomEvent.Words("alex@home.test", null, null))
                        : storedAndReadBack(e))
                .toList();

        assertThat(restarted(room, old).practice().reminders())
                .isEqualTo(Map.of("alex", new PracticeBook.Reminders("alex@home.test", Language.ENGLISH)));
    }

    @Test
    void erasingThePersonTakesTheLanguageWithTheAddress() {
        RoomFixture room = betweenSessions();
        RoomEvent set = room.act("alex", new RoomCommand.PracticeReminders("alex@home.test", Language.FRENCH))
                .get(0);
        assertThat(Records.wordKinds()).contains(set.kind());
        // Erasure keeps an event's detail and amount and takes its text (JpaRecordKeeping).
        List<RoomEvent> erased = room.log.stream()
                .map(e -> e == set
                        ? readBack(e, w -> new RoomEvent.Words(null, w.detail(), w.amount()))
                        : storedAndReadBack(e))
                .toList();

        RoomEvent read = erased.stream()
                .filter(e -> e.kind() == EventKind.PRACTICE_REMINDERS_SET)
                .findFirst()
                .orElseThrow();
        assertThat(read.payload()).isEqualTo(new EventPayload.ReminderAddress("", Language.ENGLISH));
        assertThat(restarted(room, erased).practice().reminders()).isEmpty();
    }

    @Test
    void theRemindedPracticeIsDueWhileTheLanguageIsKnown() {
        RoomFixture room = betweenSessions();
        room.act("alex", new RoomCommand.PracticeReminders("alex@home.test", Language.FRENCH));
        room.act(
                "maya",
                new RoomCommand.AssignPractice("appreciation", room.now().plus(Duration.ofDays(3))));
        assertThat(describe(room.fireAlertTimer())).containsExactly("practice_reminded");
        assertThat(room.state.practice().reminders().get("alex").language()).isEqualTo(Language.FRENCH);
    }
}

package org.attune.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.domain.room.RoomFixture.describe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.domain.Refusal;
import org.attune.domain.member.RoomRole;
import org.attune.domain.practice.Practice;
import org.attune.domain.practice.PracticeBook;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.PersonalExport;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.TurnCommand;
import org.junit.jupiter.api.Test;

/**
 * Practice between sessions: therapists give it, participants do it in a
 * sitting the room guides itself, the therapists see it in figures, and each
 * participant's words stay with the participants unless they share them.
 */
class PracticesTest {

    private static RoomFixture betweenSessions() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        room.act("maya", new RoomCommand.EndSession());
        return room;
    }

    private static long assign(RoomFixture room, String kind, Duration in) {
        List<RoomEvent> out =
                room.act("maya", new RoomCommand.AssignPractice(kind, room.now().plus(in)));
        assertThat(describe(out)).containsExactly("practice_assigned");
        return out.get(0).seq();
    }

    private static Practice practice(RoomFixture room, long seq) {
        return room.state.practice().practices().stream()
                .filter(p -> p.seq() == seq)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void onlyATherapistGivesPracticeOfAKnownKindDueInTheComingNinetyDays() {
        RoomFixture room = betweenSessions();
        Instant inAWeek = room.now().plus(Duration.ofDays(7));
        room.refused("alex", new RoomCommand.AssignPractice("appreciation", inAWeek), Refusal.FORBIDDEN);
        room.refused("maya", new RoomCommand.AssignPractice("homework", inAWeek), Refusal.BAD_REQUEST);
        room.refused("maya", new RoomCommand.AssignPractice("needs_and_hurts", inAWeek), Refusal.BAD_REQUEST);
        room.refused("maya", new RoomCommand.AssignPractice("appreciation", room.now()), Refusal.BAD_REQUEST);
        room.refused(
                "maya",
                new RoomCommand.AssignPractice("appreciation", room.now().plus(Duration.ofDays(91))),
                Refusal.BAD_REQUEST);

        long seq = assign(room, "appreciation", Duration.ofDays(7));
        Practice p = practice(room, seq);
        assertThat(p.status()).isEqualTo(Practice.Status.OPEN);
        assertThat(p.due()).isEqualTo(inAWeek);
        assertThat(room.log.get(room.log.size() - 1).audience()).isEqualTo(Audience.EVERYONE);
    }

    @Test
    void aSittingGuidesItselfKeepsTheWordsWithTheParticipantsAndEndsInFigures() {
        RoomFixture room = betweenSessions();
        long seq = assign(room, "appreciation", Duration.ofDays(3));

        room.refused("maya", new RoomCommand.StartPractice(seq), Refusal.FORBIDDEN);
        room.refused("alex", new RoomCommand.StartPractice(seq + 100), Refusal.NOT_FOUND);
        List<RoomEvent> started = room.act("alex", new RoomCommand.StartPractice(seq));
        assertThat(describe(started))
                .as("the room guides itself: the round starts without a therapist")
                .startsWith("session_started", "practice_started", "protocol_set")
                .contains("floor_granted@alex", "step:appreciation@alex");
        room.refused("sam", new RoomCommand.StartPractice(seq), Refusal.INVALID_STATE);

        RoomEvent alexSaid =
                room.say("alex", "You made dinner when I was tired.").get(0);
        assertThat(alexSaid.audience()).isEqualTo(Audience.PARTICIPANTS);
        assertThat(room.state.maySee("sam", alexSaid)).isTrue();
        assertThat(room.state.maySee("maya", alexSaid))
                .as("the therapist does not read practice")
                .isFalse();
        room.say("sam", "You listened on Sunday.");

        List<RoomEvent> ended = room.act("sam", new RoomCommand.EndSession());
        assertThat(describe(ended)).containsExactly("session_ended", "practice_done", "protocol_set");
        EventPayload.PracticeFigures figures = ended.get(1).payload(EventPayload.PracticeFigures.class);
        assertThat(figures.messages()).isEqualTo(Map.of("alex", 1, "sam", 1));
        assertThat(figures.turns()).isEqualTo(2);
        assertThat(ended.get(1).audience()).isEqualTo(Audience.EVERYONE);
        assertThat(room.state.protocol().name())
                .as("the protocol before comes back")
                .isEqualTo("open");

        Practice done = practice(room, seq);
        assertThat(done.status()).isEqualTo(Practice.Status.DONE);
        assertThat(done.sittings()).hasSize(1);
        assertThat(done.sittings().get(0).together()).isTrue();
        room.refused("alex", new RoomCommand.StartSession(), Refusal.FORBIDDEN);

        assertThat(room.rebuilt().practice()).as("the same after a restart").isEqualTo(room.state.practice());
    }

    @Test
    void eachParticipantSharesTheirOwnWordsOnce() {
        RoomFixture room = betweenSessions();
        long seq = assign(room, "stress_reducing", Duration.ofDays(3));
        room.act("alex", new RoomCommand.StartPractice(seq));
        assertThat(room.view().holder()).isNotNull();
        String speaker = room.view().holder();
        room.say(speaker, "Work has been heavy this week.");
        room.refused("sam", new RoomCommand.SharePractice(seq), Refusal.INVALID_STATE);

        List<RoomEvent> shared = room.act(speaker, new RoomCommand.SharePractice(seq));
        assertThat(describe(shared)).containsExactly("practice_shared@" + speaker);
        assertThat(shared.get(0).audience()).isEqualTo(Audience.THERAPISTS_AND_TARGET);
        assertThat(shared.get(0).payload(EventPayload.PracticeWords.class).lines())
                .containsExactly("Work has been heavy this week.");
        assertThat(room.state.maySee("maya", shared.get(0))).isTrue();
        room.refused(speaker, new RoomCommand.SharePractice(seq), Refusal.INVALID_STATE);
        room.refused("maya", new RoomCommand.SharePractice(seq), Refusal.FORBIDDEN);
    }

    @Test
    void aDisclosureDuringPracticeIsStillHeldForTheTherapists() {
        RoomFixture room = betweenSessions();
        long seq = assign(room, "appreciation", Duration.ofDays(3));
        room.act("alex", new RoomCommand.StartPractice(seq));
        List<RoomEvent> out = room.say("alex", "He pushed me against the wall again last night.");
        RoomEvent held = out.stream()
                .filter(e -> e.kind() == EventKind.HELD_MESSAGE)
                .findFirst()
                .orElseThrow();
        assertThat(room.state.maySee("maya", held)).isTrue();
        assertThat(room.state.maySee("sam", held)).isFalse();
    }

    @Test
    void thoseWhoAskedAreRemindedOnceADayBeforeItIsDue() {
        RoomFixture room = betweenSessions();
        long seq = assign(room, "appreciation", Duration.ofDays(3));
        assertThat(room.state.standingTimers()).as("nobody asked for reminders").isEmpty();

        room.refused("alex", new RoomCommand.PracticeReminders("not an address"), Refusal.BAD_REQUEST);
        room.refused("maya", new RoomCommand.PracticeReminders("maya@practice.test"), Refusal.FORBIDDEN);
        RoomEvent set = room.act("alex", new RoomCommand.PracticeReminders("alex@home.test"))
                .get(0);
        assertThat(set.audience()).isEqualTo(Audience.THERAPISTS_AND_TARGET);
        assertThat(room.state.maySee("sam", set))
                .as("the partner never sees the address")
                .isFalse();
        assertThat(room.state.practice().addresses()).isEqualTo(Map.of("alex", "alex@home.test"));

        Instant dayBefore = practice(room, seq).due().minus(Duration.ofDays(1));
        assertThat(room.state.standingTimers())
                .containsExactly(new RoomState.Timer(dayBefore, new RoomCommand.RemindPractice(seq)));
        assertThat(room.act(RoomEvent.SYSTEM_ACTOR, new RoomCommand.RemindPractice(seq)))
                .as("not before its time")
                .isEmpty();
        assertThat(describe(room.fireAlertTimer())).containsExactly("practice_reminded");
        assertThat(room.act(RoomEvent.SYSTEM_ACTOR, new RoomCommand.RemindPractice(seq)))
                .as("once")
                .isEmpty();
        assertThat(room.state.standingTimers()).isEmpty();

        room.act("alex", new RoomCommand.PracticeReminders(null));
        assertThat(room.state.practice().addresses()).isEmpty();
    }

    @Test
    void practiceDueSoonerIsRemindedHalfwayAndTakenBackPracticeIsNot() {
        RoomFixture room = betweenSessions();
        room.act("sam", new RoomCommand.PracticeReminders("sam@home.test"));
        long soon = assign(room, "appreciation", Duration.ofHours(10));
        assertThat(practice(room, soon).remindAt()).isEqualTo(room.now().plus(Duration.ofHours(5)));

        room.act("maya", new RoomCommand.CancelPractice(soon));
        assertThat(practice(room, soon).status()).isEqualTo(Practice.Status.CANCELLED);
        assertThat(room.state.standingTimers()).isEmpty();
        room.refused("alex", new RoomCommand.StartPractice(soon), Refusal.INVALID_STATE);
        room.refused("maya", new RoomCommand.CancelPractice(soon), Refusal.INVALID_STATE);
    }

    @Test
    void practiceWaitsForTheRoomToBeOpenAndForTwoParticipants() {
        RoomFixture room = betweenSessions();
        long seq = assign(room, "appreciation", Duration.ofDays(3));
        room.act("maya", new RoomCommand.StartSession());
        room.refused("alex", new RoomCommand.StartPractice(seq), Refusal.INVALID_STATE);
        room.act("maya", new RoomCommand.EndSession());
        room.act("maya", new RoomCommand.Remove("sam"));
        room.refused("alex", new RoomCommand.StartPractice(seq), Refusal.INVALID_STATE);
    }

    @Test
    void thePracticeAndItsFiguresArePartOfEachParticipantsExport() {
        RoomFixture room = betweenSessions();
        long seq = assign(room, "appreciation", Duration.ofDays(3));
        room.act("alex", new RoomCommand.StartPractice(seq));
        room.say("alex", "You made dinner.");
        room.turn("sam", new TurnCommand.PassFloor());
        List<RoomEvent> ended = room.act("alex", new RoomCommand.EndSession());
        RoomEvent done = ended.get(1);
        assertThat(done.kind()).isEqualTo(EventKind.PRACTICE_DONE);
        assertThat(practice(room, seq).status())
                .as("one of two spoke: not done together yet")
                .isEqualTo(Practice.Status.OPEN);
        Set<String> rooms = Set.of(room.room.id());
        for (RoomEvent e : List.of(
                room.log.stream()
                        .filter(x -> x.kind() == EventKind.PRACTICE_ASSIGNED)
                        .findFirst()
                        .orElseThrow(),
                done)) {
            assertThat(PersonalExport.entry(e, "sam", rooms))
                    .hasValueSatisfying(entry -> assertThat(entry.why()).isEqualTo(PersonalExport.Why.YOUR_PRACTICE));
        }
        PracticeBook book = room.state.practice();
        assertThat(book.underWay()).isZero();
        assertThat(room.state.member("sam").orElseThrow().role()).isEqualTo(RoomRole.PARTICIPANT);
    }

    @Test
    void aGuidedRoomPractisesTooAndItsTherapistSeesOnlyFigures() {
        RoomFixture room = RoomFixture.guided("open", "alex", "sam");
        room.act("alex", new RoomCommand.EndSession());
        long seq = assign(room, "attachment_statements", Duration.ofDays(2));
        List<RoomEvent> started = room.act("sam", new RoomCommand.StartPractice(seq));
        assertThat(describe(started)).startsWith("session_started", "practice_started", "protocol_set");
        assertThat(room.state.protocol().name()).isEqualTo("round");
        String holder = room.view().holder();
        assertThat(holder).as("the round starts by itself").isNotNull();
        RoomEvent said = room.say(holder, "What I need from you is a call when you are late.")
                .get(0);
        assertThat(room.state.maySee("maya", said)).isFalse();
        List<RoomEvent> ended = room.act(holder, new RoomCommand.EndSession());
        assertThat(describe(ended)).containsExactly("session_ended", "practice_done", "protocol_set");
        assertThat(room.state.protocol().name()).isEqualTo("open");
    }
}

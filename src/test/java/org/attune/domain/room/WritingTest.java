package org.attune.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.TurnCommand;
import org.junit.jupiter.api.Test;

/** "Is writing…": shown only for who could say their message now, refused as the message would be; never recorded. */
class WritingTest {

    @Test
    void onlyTheFloorHolderIsShownWritingAndTheOthersAreRefusedAsTheirMessageWouldBe() {
        RoomFixture room = RoomFixture.moderated("floor", "alex", "sam");
        room.turn("maya", new TurnCommand.GrantFloor("alex"));

        assertThat(Writing.requireMayWrite(room.state, "alex", room.now()).id()).isEqualTo("alex");
        refusedLikeSay(room, "sam", Refusal.NOT_YOUR_TURN);
        assertThat(Writing.requireMayStop(room.state, "sam").id())
                .as("stopping only ever clears a line: never refused to a participant")
                .isEqualTo("sam");
    }

    @Test
    void aPauseAMuteAndNoSessionRefuseWritingWithTheCodesOfAMessage() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        room.act("maya", new RoomCommand.Mute("sam", 10));
        refusedLikeSay(room, "sam", Refusal.MUTED);
        room.act("maya", new RoomCommand.PauseRoom(5, null));
        refusedLikeSay(room, "alex", Refusal.PAUSED);

        Room r = Room.open("Room", RoomKind.COUPLE, RoomMode.MODERATED, "maya", RoomFixture.T0);
        RoomFixture before = RoomFixture.of(
                r,
                List.of(new Member(r.id(), "alex", "alex", RoomRole.PARTICIPANT, MemberStatus.ACTIVE, RoomFixture.T0)));
        refusedLikeSay(before, "alex", Refusal.NO_SESSION);
    }

    @Test
    void observersTherapistsAndTheLobbyAreNeverShownWriting() {
        RoomFixture room = RoomFixture.withSamInTheLobby();
        refused(() -> Writing.requireMayStop(room.state, "maya"), Refusal.FORBIDDEN);
        refused(() -> Writing.requireMayWrite(room.state, "maya", room.now()), Refusal.FORBIDDEN);
        refused(() -> Writing.requireMayStop(room.state, "sam"), Refusal.INVALID_STATE);
        refused(() -> Writing.requireMayStop(room.state, "nobody"), Refusal.FORBIDDEN);

        Room r = Room.open("Room", RoomKind.COUPLE, RoomMode.MODERATED, "maya", RoomFixture.T0);
        RoomFixture watched = RoomFixture.of(
                r,
                List.of(new Member(r.id(), "riley", "riley", RoomRole.OBSERVER, MemberStatus.ACTIVE, RoomFixture.T0)));
        refused(() -> Writing.requireMayStop(watched.state, "riley"), Refusal.FORBIDDEN);
    }

    @Test
    void beingShownWritingChangesNothingOfTheRoom() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        long before = room.state.lastSeq();
        Writing.requireMayWrite(room.state, "alex", room.now());
        assertThat(room.state.lastSeq()).isEqualTo(before);
        assertThat(room.rebuilt().lastSeq()).isEqualTo(before);
    }

    @Test
    void aSignIsPassedOnAtMostOnceASecondAndShownForSixSeconds() {
        WritingLines lines = new WritingLines();
        Instant t = RoomFixture.T0;
        assertThat(lines.writes("alex", t)).contains(t.plusSeconds(6));
        assertThat(lines.writes("alex", t.plusMillis(999)))
                .as("within a second: dropped")
                .isEmpty();
        assertThat(lines.writes("sam", t.plusMillis(10)))
                .as("each person on their own")
                .isPresent();
        assertThat(lines.writes("alex", t.plusSeconds(1))).contains(t.plusSeconds(7));
    }

    @Test
    void stoppingTellsTheOthersOnlyWhileTheyStillShowTheLine() {
        WritingLines lines = new WritingLines();
        Instant t = RoomFixture.T0;
        assertThat(lines.stops("alex", t)).as("never shown").isFalse();
        lines.writes("alex", t);
        assertThat(lines.stops("alex", t.plusSeconds(2))).isTrue();
        assertThat(lines.stops("alex", t.plusSeconds(2))).as("once").isFalse();
        lines.writes("sam", t);
        assertThat(lines.stops("sam", t.plus(Writing.SHOWN_FOR)))
                .as("past its time the pages cleared it already")
                .isFalse();
        assertThat(lines.isEmpty()).isTrue();
    }

    @Test
    void theWritersOwnMessageOrLosingTheirTurnEndsTheLineAndNobodyElses() {
        RoomFixture room = RoomFixture.moderated("floor", "alex", "sam");
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        WritingLines lines = new WritingLines();
        Instant t = room.now();
        lines.writes("alex", t);
        lines.writes("sam", t);

        List<RoomEvent> guided = room.act("maya", new RoomCommand.Guide("Take your time."));
        assertThat(lines.endedBy(guided, id -> true, t))
                .as("someone else's event")
                .isEmpty();
        List<RoomEvent> alexSaid = room.say("alex", "I'd like to talk about Sunday.");
        assertThat(lines.endedBy(alexSaid, id -> true, t.plusSeconds(1))).containsExactly("alex");
        assertThat(lines.endedBy(guided, id -> !id.equals("sam"), t.plusSeconds(1)))
                .as("Sam may no longer write: the floor moved on, a pause, a mute")
                .containsExactly("sam");

        lines.writes("alex", t.plusSeconds(2));
        assertThat(lines.endedBy(guided, id -> false, t.plusSeconds(2).plus(Writing.SHOWN_FOR)))
                .as("a line past its time goes quietly: the pages cleared it already")
                .isEmpty();
        assertThat(lines.isEmpty()).isTrue();
    }

    private static void refusedLikeSay(RoomFixture room, String member, Refusal refusal) {
        room.refusedSay(member, refusal);
        refused(() -> Writing.requireMayWrite(room.state, member, room.now()), refusal);
        assertThat(Writing.mayWrite(room.state, member, room.now())).isFalse();
    }

    private static void refused(Runnable check, Refusal refusal) {
        assertThatThrownBy(check::run)
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(refusal));
    }
}

package org.attune.domain.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.domain.room.RoomFixture.describe;

import java.time.Duration;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomFixture;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.junit.jupiter.api.Test;

class RoundProtocolTest {

    private final RoomFixture room = RoomFixture.moderated("round", "alex", "sam", "jamie");

    @Test
    void everyoneInTurnWithPassesAndATimeOut() {
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        List<RoomEvent> started = room.turn("maya", new TurnCommand.GrantFloor("sam"));
        assertThat(describe(started)).containsExactly("order_set:sam alex jamie", "floor_granted@sam");
        assertThat(((EventPayload.Deadline) started.get(1).payload()).until())
                .isEqualTo(RoomFixture.T0.plusSeconds(RoundProtocol.DEFAULT_LIMIT_SECONDS));
        assertThat(room.view().order()).containsExactly("alex", "jamie");

        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        room.say("sam", "I want us to eat together more.");
        room.say("sam", "That's it.");
        assertThat(describe(room.turn("sam", new TurnCommand.PassFloor())))
                .containsExactly("floor_passed@sam", "floor_granted@alex");
        room.refusedSay("sam", Refusal.NOT_YOUR_TURN);

        // Alex says nothing: warned, then the stick goes on by itself.
        assertThat(describe(room.fireTimer())).containsExactly("turn_warning@alex");
        assertThat(describe(room.fireTimer())).containsExactly("turn_ended@alex", "floor_granted@jamie");

        // Jamie skips: the round is over and nobody may speak until the next one.
        assertThat(describe(room.turn("jamie", new TurnCommand.PassFloor()))).containsExactly("floor_passed@jamie");
        assertThat(room.view().phase()).isEqualTo("idle");
        assertThat(room.state.protocol().nextTimer()).isEmpty();
        room.refusedSay("jamie", Refusal.NOT_YOUR_TURN);
    }

    @Test
    void whoHasSpokenLeastGoesFirst() {
        RoomFixture open = RoomFixture.moderated("open", "alex", "sam", "jamie");
        open.say("alex", "A long first thing to say, many words here.");
        open.say("sam", "Short.");
        open.act("maya", new RoomCommand.SetProtocol("round"));
        assertThat(describe(open.turn("maya", new TurnCommand.GrantFloor("alex"))))
                .containsExactly("order_set:alex jamie sam", "floor_granted@alex");
    }

    @Test
    void theTherapistReordersAndBringsSomeoneForward() {
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        assertThat(room.view().order()).containsExactly("sam", "jamie");
        room.refusedTurn("alex", new TurnCommand.Reorder(List.of("jamie", "sam")), Refusal.FORBIDDEN);
        room.refusedTurn("maya", new TurnCommand.Reorder(List.of("jamie")), Refusal.BAD_REQUEST);
        room.refusedTurn("maya", new TurnCommand.Reorder(List.of("jamie", "jamie")), Refusal.BAD_REQUEST);
        room.refusedTurn("maya", new TurnCommand.Reorder(List.of("jamie", "alex")), Refusal.BAD_REQUEST);
        assertThat(describe(room.turn("maya", new TurnCommand.Reorder(List.of("jamie", "sam")))))
                .containsExactly("order_set:jamie sam");
        assertThat(room.view().order()).containsExactly("jamie", "sam");

        assertThat(describe(room.turn("maya", new TurnCommand.GrantFloor("sam"))))
                .containsExactly("floor_revoked@alex", "floor_granted@sam");
        room.refusedTurn("maya", new TurnCommand.GrantFloor("alex"), Refusal.INVALID_STATE);
        room.refusedTurn("maya", new TurnCommand.GrantFloor("sam"), Refusal.INVALID_STATE);

        // Ending a turn hands the stick on.
        assertThat(describe(room.turn("maya", new TurnCommand.RevokeFloor())))
                .containsExactly("floor_revoked@sam", "floor_granted@jamie");
    }

    @Test
    void refusals() {
        room.refusedTurn("alex", new TurnCommand.RaiseHand(), Refusal.INVALID_STATE);
        room.refusedTurn("alex", new TurnCommand.LowerHand(), Refusal.INVALID_STATE);
        room.refusedTurn("alex", new TurnCommand.PassFloor(), Refusal.NOT_YOUR_TURN);
        room.refusedTurn("alex", new TurnCommand.GrantFloor("alex"), Refusal.FORBIDDEN);
        room.refusedTurn("maya", new TurnCommand.Reorder(List.of("alex")), Refusal.INVALID_STATE);
        room.refusedTurn("maya", new TurnCommand.RevokeFloor(), Refusal.INVALID_STATE);
        room.refusedTurn("maya", new TurnCommand.SetTurnLimit(5), Refusal.BAD_REQUEST);
        room.refusedTurn("maya", new TurnCommand.NoMore(), Refusal.INVALID_STATE);
    }

    @Test
    void theTurnLimitAppliesToTheNextTurn() {
        room.turn("maya", new TurnCommand.SetTurnLimit(30));
        List<RoomEvent> started = room.turn("maya", new TurnCommand.GrantFloor("alex"));
        assertThat(((EventPayload.Deadline) started.get(1).payload()).until())
                .isEqualTo(RoomFixture.T0.plusSeconds(30));
        room.turn("maya", new TurnCommand.SetTurnLimit(0));
        room.turn("alex", new TurnCommand.PassFloor());
        assertThat(room.state.protocol().nextTimer()).isEmpty();
    }

    @Test
    void aGuidedFamilyGoesRoundAfterRound() {
        RoomFixture guided = RoomFixture.guided("round", "alex", "sam", "jamie");
        assertThat(describe(guided.sessionLog()))
                .containsExactly("session_started", "protocol_set", "order_set:alex sam jamie", "floor_granted@alex");
        guided.say("alex", "Hello everyone.");
        guided.turn("alex", new TurnCommand.PassFloor());
        guided.turn("sam", new TurnCommand.PassFloor());
        guided.advance(Duration.ofSeconds(5));
        // Jamie's turn times out; the round ends and the next begins, who has spoken least first.
        guided.fireTimer();
        assertThat(describe(guided.fireTimer()))
                .containsExactly("turn_ended@jamie", "order_set:sam jamie alex", "floor_granted@sam");
    }

    @Test
    void aRemovedHolderHandsTheStickOn() {
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        assertThat(describe(room.act("maya", new RoomCommand.Remove("alex"))))
                .containsExactly("member_removed@alex", "floor_granted@sam");
    }

    @Test
    void theDeadlineSurvivesARebuild() {
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        room.fireTimer();
        assertThat(room.rebuilt().protocol()).isEqualTo(room.state.protocol());
        assertThat(room.rebuilt().protocol().nextTimer())
                .isEqualTo(room.state.protocol().nextTimer());
    }
}

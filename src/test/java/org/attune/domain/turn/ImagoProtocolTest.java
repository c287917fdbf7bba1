package org.attune.domain.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.domain.room.RoomFixture.describe;

import org.attune.domain.Refusal;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomFixture;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.junit.jupiter.api.Test;

class ImagoProtocolTest {

    private final RoomFixture room = RoomFixture.moderated("imago", "alex", "sam");

    @Test
    void aWholeDialogueStepByStepThenTheRolesSwap() {
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        assertThat(describe(room.turn("maya", new TurnCommand.GrantFloor("alex"))))
                .containsExactly("floor_granted@alex", "listener_set@sam", "step:send@alex");
        assertThat(room.view().step()).isEqualTo(ConversationStep.SEND);
        assertThat(room.view().stepBy()).isEqualTo("alex");

        room.refusedSay("sam", Refusal.NOT_YOUR_TURN);
        assertThat(describe(room.say("alex", "I felt alone at the party.")))
                .containsExactly("message", "step:mirror@sam");
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        room.refusedTurn("alex", new TurnCommand.NoMore(), Refusal.INVALID_STATE);

        assertThat(describe(room.say("sam", "If I got it, you felt alone at the party. Did I get it?")))
                .containsExactly("message", "step:more@alex");
        room.refusedSay("sam", Refusal.NOT_YOUR_TURN);
        room.refusedTurn("sam", new TurnCommand.NoMore(), Refusal.INVALID_STATE);

        // There is more: another mirror loop.
        assertThat(describe(room.say("alex", "And I missed you."))).containsExactly("message", "step:mirror@sam");
        assertThat(describe(room.say("sam", "You missed me."))).containsExactly("message", "step:more@alex");

        assertThat(describe(room.turn("alex", new TurnCommand.NoMore())))
                .containsExactly("no_more@sam", "step:summary@sam");
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        assertThat(describe(room.say("sam", "Let me see if I got all of that…")))
                .containsExactly("message", "step:validation@sam");
        assertThat(describe(room.say("sam", "You make sense to me because…")))
                .containsExactly("message", "step:empathy@sam");
        assertThat(describe(room.say("sam", "I imagine you might feel lonely.")))
                .containsExactly(
                        "message", "floor_passed@alex", "floor_granted@sam", "listener_set@alex", "step:send@sam");

        ImagoProtocol swapped = (ImagoProtocol) room.state.protocol();
        assertThat(swapped.sender()).isEqualTo("sam");
        assertThat(swapped.receiver()).isEqualTo("alex");
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
    }

    @Test
    void stepEventsCarryTheirStems() {
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        room.say("alex", "Something.");
        RoomEvent mirror = room.log.get(room.log.size() - 1);
        assertThat(mirror.kind()).isEqualTo(EventKind.STEP);
        ConversationStep step = ConversationStep.fromWireName(
                        mirror.payload(EventPayload.Step.class).step())
                .orElseThrow();
        assertThat(step.stem()).isEqualTo("If I got it, you said… Did I get it?");
        assertThat(ConversationStep.VALIDATION.stem()).isEqualTo("You make sense to me because…");
        assertThat(ConversationStep.EMPATHY.stem()).isEqualTo("I imagine you might feel…");
    }

    @Test
    void refusals() {
        room.refusedTurn("alex", new TurnCommand.GrantFloor("sam"), Refusal.FORBIDDEN);
        room.refusedTurn("maya", new TurnCommand.GrantFloor("maya"), Refusal.NOT_FOUND);
        room.refusedTurn("maya", new TurnCommand.RevokeFloor(), Refusal.INVALID_STATE);
        room.refusedTurn("alex", new TurnCommand.RaiseHand(), Refusal.INVALID_STATE);
        room.refusedTurn("alex", new TurnCommand.Confirm(true), Refusal.INVALID_STATE);
        room.refusedTurn("maya", new TurnCommand.SetTurnLimit(60), Refusal.INVALID_STATE);

        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        room.refusedTurn("sam", new TurnCommand.PassFloor(), Refusal.INVALID_STATE);
        room.say("alex", "Something.");
        room.refusedTurn("alex", new TurnCommand.PassFloor(), Refusal.INVALID_STATE);

        assertThat(describe(room.turn("maya", new TurnCommand.RevokeFloor()))).containsExactly("floor_revoked@alex");
        assertThat(room.view().phase()).isEqualTo("idle");
        room.refusedSay("sam", Refusal.NOT_YOUR_TURN);
    }

    @Test
    void theSenderMayHandOverBeforeSharing() {
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        assertThat(describe(room.turn("alex", new TurnCommand.PassFloor())))
                .containsExactly("floor_passed@alex", "floor_granted@sam", "listener_set@alex", "step:send@sam");
    }

    @Test
    void aDialogueNeedsTwo() {
        RoomFixture alone = RoomFixture.moderated("imago", "alex");
        alone.refusedTurn("maya", new TurnCommand.GrantFloor("alex"), Refusal.INVALID_STATE);
    }

    @Test
    void aGuidedRoomStartsTheDialogueByItself() {
        RoomFixture guided = RoomFixture.guided("imago", "alex", "sam");
        assertThat(describe(guided.sessionLog()))
                .containsExactly(
                        "session_started", "protocol_set", "floor_granted@alex", "listener_set@sam", "step:send@alex");
        assertThat(guided.sessionLog().get(2).actorId()).isEqualTo(RoomEvent.SYSTEM_ACTOR);
    }

    @Test
    void theDialogueSurvivesARebuild() {
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        room.say("alex", "Something.");
        room.say("sam", "You said something.");
        assertThat(room.rebuilt().protocol()).isEqualTo(room.state.protocol());
    }

    @Test
    void aTherapistMayAlwaysSpeak() {
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        assertThat(describe(room.act("maya", new RoomCommand.Say("Take your time."))))
                .containsExactly("message");
        assertThat(room.view().step()).isEqualTo(ConversationStep.SEND);
    }
}

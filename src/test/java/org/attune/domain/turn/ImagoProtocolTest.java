package org.attune.domain.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.domain.room.RoomFixture.describe;

import java.time.Duration;
import java.time.Instant;
import org.attune.domain.Refusal;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomFixture;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.junit.jupiter.api.Test;

class ImagoProtocolTest {

    private static final TurnCommand YES = new TurnCommand.Confirm(true);
    private static final TurnCommand NOT_QUITE = new TurnCommand.Confirm(false);

    private final RoomFixture room = RoomFixture.moderated("imago", "alex", "sam");

    /** Alex asks, Sam accepts now: the dialogue starts with Alex as the sender. */
    private void appointment() {
        room.turn("alex", new TurnCommand.AskDialogue());
        room.turn("sam", new TurnCommand.AcceptDialogue(null));
    }

    @Test
    void aWholeDialogueStepByStepThenTheRolesSwap() {
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        assertThat(describe(room.turn("alex", new TurnCommand.AskDialogue())))
                .containsExactly("dialogue_requested@alex");
        assertThat(room.view().phase()).isEqualTo("requested");
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        assertThat(describe(room.turn("sam", new TurnCommand.AcceptDialogue(null))))
                .containsExactly("dialogue_accepted@alex", "floor_granted@alex", "listener_set@sam", "step:send@alex");
        assertThat(room.view().step()).isEqualTo(ConversationStep.SEND);
        assertThat(room.view().stepBy()).isEqualTo("alex");

        room.refusedSay("sam", Refusal.NOT_YOUR_TURN);
        assertThat(describe(room.say("alex", "I felt alone at the party.")))
                .containsExactly("message", "step:mirror@sam");
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        room.refusedTurn("alex", new TurnCommand.NoMore(), Refusal.INVALID_STATE);

        assertThat(describe(room.say("sam", "If I got it, you felt alone at the party. Did I get it?")))
                .containsExactly("message");
        assertThat(room.view().phase()).isEqualTo("confirm_mirror");
        assertThat(room.view().stepBy()).isEqualTo("alex");
        room.refusedSay("sam", Refusal.NOT_YOUR_TURN);
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        room.refusedTurn("sam", YES, Refusal.INVALID_STATE);
        assertThat(describe(room.turn("alex", YES))).containsExactly("paraphrase_confirmed@sam", "step:more@alex");

        // There is more: another mirror loop.
        assertThat(describe(room.say("alex", "And I missed you."))).containsExactly("message", "step:mirror@sam");
        room.say("sam", "You missed me.");
        assertThat(describe(room.turn("alex", YES))).containsExactly("paraphrase_confirmed@sam", "step:more@alex");

        assertThat(describe(room.turn("alex", new TurnCommand.NoMore())))
                .containsExactly("no_more@sam", "step:summary@sam");
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        assertThat(describe(room.say("sam", "Let me see if I got all of that…")))
                .containsExactly("message");
        assertThat(room.view().phase()).isEqualTo("confirm_summary");
        assertThat(room.view().step().stem()).isEqualTo("Did I get it all?");
        assertThat(describe(room.turn("alex", YES))).containsExactly("paraphrase_confirmed@sam", "step:validation@sam");
        assertThat(describe(room.say("sam", "You make sense to me because…")))
                .containsExactly("message", "step:empathy@sam");
        assertThat(describe(room.say("sam", "I imagine you might feel lonely.")))
                .containsExactly("message");
        assertThat(room.view().phase()).isEqualTo("confirm_empathy");
        assertThat(room.view().step().stem()).isEqualTo("Is that your feeling?");
        assertThat(describe(room.turn("alex", YES)))
                .containsExactly(
                        "paraphrase_confirmed@sam",
                        "floor_passed@alex",
                        "floor_granted@sam",
                        "listener_set@alex",
                        "step:send@sam");

        ImagoProtocol swapped = (ImagoProtocol) room.state.protocol();
        assertThat(swapped.sender()).isEqualTo("sam");
        assertThat(swapped.receiver()).isEqualTo("alex");
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
    }

    @Test
    void notQuiteAsksForTheMirrorAgainKindly() {
        appointment();
        room.say("alex", "I felt alone at the party.");
        room.say("sam", "You felt bored at the party?");
        assertThat(describe(room.turn("alex", NOT_QUITE)))
                .containsExactly("paraphrase_confirmed@sam", "step:mirror@sam");
        RoomEvent again = room.log.get(room.log.size() - 1);
        assertThat(again.payload(EventPayload.Step.class).again()).isTrue();
        assertThat(room.view().again()).isTrue();
        assertThat(ConversationStep.MIRROR.againPrompt()).contains("Mirror again");
        assertThat(room.state.protocol().view().stepBy()).isEqualTo("sam");
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);

        assertThat(describe(room.say("sam", "You felt alone at the party."))).containsExactly("message");
        assertThat(room.view().again()).isFalse();
        assertThat(describe(room.turn("alex", YES))).containsExactly("paraphrase_confirmed@sam", "step:more@alex");
        assertThat(room.rebuilt().protocol()).isEqualTo(room.state.protocol());
    }

    @Test
    void notQuiteAfterTheSummaryOrTheEmpathyAsksForItAgain() {
        appointment();
        room.say("alex", "Something.");
        room.say("sam", "You said something.");
        room.turn("alex", YES);
        room.turn("alex", new TurnCommand.NoMore());
        room.say("sam", "A summary.");
        assertThat(describe(room.turn("alex", NOT_QUITE)))
                .containsExactly("paraphrase_confirmed@sam", "step:summary@sam");
        room.say("sam", "A fuller summary.");
        room.turn("alex", YES);
        room.say("sam", "You make sense because…");
        room.say("sam", "I imagine you feel angry.");
        assertThat(describe(room.turn("alex", NOT_QUITE)))
                .containsExactly("paraphrase_confirmed@sam", "step:empathy@sam");
        assertThat(((ImagoProtocol) room.state.protocol()).sender()).isEqualTo("alex");
        room.say("sam", "I imagine you feel lonely.");
        assertThat(describe(room.turn("alex", YES))).contains("floor_granted@sam", "listener_set@alex");
    }

    @Test
    void theConfirmationIsTheSendersAndOnlyAfterACheck() {
        room.refusedTurn("alex", YES, Refusal.INVALID_STATE);
        appointment();
        room.refusedTurn("alex", YES, Refusal.INVALID_STATE);
        room.say("alex", "Something.");
        room.refusedTurn("alex", YES, Refusal.INVALID_STATE);
        room.say("sam", "You said something.");
        room.refusedTurn("sam", YES, Refusal.INVALID_STATE);
        room.refusedTurn("maya", YES, Refusal.INVALID_STATE);
    }

    @Test
    void noDialogueStartsWithoutTheAppointment() {
        room.refusedTurn("sam", new TurnCommand.AcceptDialogue(null), Refusal.INVALID_STATE);
        room.turn("alex", new TurnCommand.AskDialogue());
        room.refusedTurn("alex", new TurnCommand.AcceptDialogue(null), Refusal.INVALID_STATE);
        room.refusedTurn("alex", new TurnCommand.AskDialogue(), Refusal.INVALID_STATE);
        room.refusedTurn("sam", new TurnCommand.AskDialogue(), Refusal.INVALID_STATE);
        room.refusedTurn("maya", new TurnCommand.AskDialogue(), Refusal.FORBIDDEN);
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        assertThat(room.view().holder()).isEqualTo("alex");
        assertThat(room.view().step()).isNull();
    }

    @Test
    void thePartnerMayNameATimeAndAcceptNowLater() {
        room.turn("alex", new TurnCommand.AskDialogue());
        Instant later = room.now().plus(Duration.ofHours(2));
        room.refusedTurn("sam", new TurnCommand.AcceptDialogue(room.now()), Refusal.BAD_REQUEST);
        room.refusedTurn(
                "sam", new TurnCommand.AcceptDialogue(room.now().plus(Duration.ofDays(8))), Refusal.BAD_REQUEST);
        assertThat(describe(room.turn("sam", new TurnCommand.AcceptDialogue(later))))
                .containsExactly("dialogue_accepted@alex");
        assertThat(room.log
                        .get(room.log.size() - 1)
                        .payload(EventPayload.Deadline.class)
                        .until())
                .isEqualTo(later);
        assertThat(room.view().phase()).isEqualTo("appointed");
        assertThat(room.view().appointment()).isEqualTo(later);
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        assertThat(room.rebuilt().protocol()).isEqualTo(room.state.protocol());

        // At the time, the one who asked asks again, and the partner accepts now.
        room.advance(Duration.ofHours(2));
        assertThat(describe(room.turn("alex", new TurnCommand.AskDialogue())))
                .containsExactly("dialogue_requested@alex");
        assertThat(room.view().appointment()).isNull();
        assertThat(describe(room.turn("sam", new TurnCommand.AcceptDialogue(null))))
                .containsExactly("dialogue_accepted@alex", "floor_granted@alex", "listener_set@sam", "step:send@alex");
    }

    @Test
    void aTherapistInvitesSomeoneToAskAndThePartnerStillAccepts() {
        assertThat(describe(room.turn("maya", new TurnCommand.GrantFloor("alex"))))
                .containsExactly("dialogue_requested@alex");
        assertThat(room.log.get(room.log.size() - 1).actorId()).isEqualTo("maya");
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        assertThat(describe(room.turn("sam", new TurnCommand.AcceptDialogue(null))))
                .containsExactly("dialogue_accepted@alex", "floor_granted@alex", "listener_set@sam", "step:send@alex");
        room.refusedTurn("maya", new TurnCommand.GrantFloor("sam"), Refusal.INVALID_STATE);
    }

    @Test
    void stepEventsCarryTheirStems() {
        appointment();
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
        room.refusedTurn("maya", new TurnCommand.SetTurnLimit(60), Refusal.INVALID_STATE);

        appointment();
        room.refusedTurn("sam", new TurnCommand.PassFloor(), Refusal.INVALID_STATE);
        room.refusedTurn("alex", new TurnCommand.AskDialogue(), Refusal.INVALID_STATE);
        room.say("alex", "Something.");
        room.refusedTurn("alex", new TurnCommand.PassFloor(), Refusal.INVALID_STATE);

        assertThat(describe(room.turn("maya", new TurnCommand.RevokeFloor()))).containsExactly("floor_revoked@alex");
        assertThat(room.view().phase()).isEqualTo("idle");
        room.refusedSay("sam", Refusal.NOT_YOUR_TURN);
    }

    @Test
    void aTherapistMayWithdrawAWaitingRequest() {
        room.turn("alex", new TurnCommand.AskDialogue());
        assertThat(describe(room.turn("maya", new TurnCommand.RevokeFloor()))).containsExactly("floor_revoked@alex");
        assertThat(room.view().phase()).isEqualTo("idle");
        room.refusedTurn("sam", new TurnCommand.AcceptDialogue(null), Refusal.INVALID_STATE);
    }

    @Test
    void theSenderMayHandOverBeforeSharing() {
        appointment();
        assertThat(describe(room.turn("alex", new TurnCommand.PassFloor())))
                .containsExactly("floor_passed@alex", "floor_granted@sam", "listener_set@alex", "step:send@sam");
    }

    @Test
    void aDialogueNeedsTwo() {
        RoomFixture alone = RoomFixture.moderated("imago", "alex");
        alone.refusedTurn("maya", new TurnCommand.GrantFloor("alex"), Refusal.INVALID_STATE);
        alone.refusedTurn("alex", new TurnCommand.AskDialogue(), Refusal.INVALID_STATE);
    }

    @Test
    void aGuidedRoomWaitsForTheAppointment() {
        RoomFixture guided = RoomFixture.guided("imago", "alex", "sam");
        assertThat(describe(guided.sessionLog())).containsExactly("session_started", "protocol_set");
        guided.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        guided.turn("sam", new TurnCommand.AskDialogue());
        assertThat(describe(guided.turn("alex", new TurnCommand.AcceptDialogue(null))))
                .containsExactly("dialogue_accepted@sam", "floor_granted@sam", "listener_set@alex", "step:send@sam");
    }

    @Test
    void theDialogueSurvivesARebuild() {
        appointment();
        room.say("alex", "Something.");
        room.say("sam", "You said something.");
        assertThat(room.rebuilt().protocol()).isEqualTo(room.state.protocol());
    }

    @Test
    void aTherapistMayAlwaysSpeak() {
        appointment();
        assertThat(describe(room.act("maya", new RoomCommand.Say("Take your time."))))
                .containsExactly("message");
        assertThat(room.view().step()).isEqualTo(ConversationStep.SEND);
    }
}

package org.attune.domain.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.domain.room.RoomFixture.describe;

import org.attune.domain.Refusal;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomFixture;
import org.junit.jupiter.api.Test;

class AppreciationProtocolTest {

    private final RoomFixture room = RoomFixture.moderated("appreciation", "alex", "sam", "jamie");

    @Test
    void eachSaysOneThingInTurnWithTheStemAndThenTheConversationIsOpenAgain() {
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        assertThat(describe(room.turn("maya", new TurnCommand.GrantFloor("sam"))))
                .containsExactly("order_set:sam alex jamie", "floor_granted@sam", "step:appreciation@sam");
        assertThat(room.view().stepBy()).isEqualTo("sam");
        assertThat(room.view().step().stem()).isEqualTo("One thing I appreciated lately is…");
        assertThat(room.view().order()).containsExactly("alex", "jamie");
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);

        assertThat(describe(room.say("sam", "One thing I appreciated lately is the tea you made me.")))
                .containsSubsequence("message", "floor_granted@alex", "step:appreciation@alex");
        room.refusedSay("sam", Refusal.NOT_YOUR_TURN);
        assertThat(describe(room.turn("alex", new TurnCommand.PassFloor())))
                .as("a pass skips, with nothing said")
                .containsExactly("floor_passed@alex", "floor_granted@jamie", "step:appreciation@jamie");
        assertThat(describe(room.say("jamie", "One thing I appreciated lately is the walk on Sunday.")))
                .containsSubsequence("message", "step:appreciated");
        assertThat(room.view().phase()).isEqualTo("done");
        assertThat(room.view().stepBy()).isNull();
        assertThat(describe(room.say("alex", "Thank you both."))).startsWith("message");
        assertThat(describe(room.say("sam", "Thank you too."))).startsWith("message");
        assertThat(room.rebuilt().protocol()).isEqualTo(room.state.protocol());
    }

    @Test
    void onlyTheTherapistStartsOrStopsItAndNothingElseApplies() {
        room.refusedTurn("alex", new TurnCommand.GrantFloor("alex"), Refusal.FORBIDDEN);
        room.refusedTurn("maya", new TurnCommand.RevokeFloor(), Refusal.INVALID_STATE);
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        room.refusedTurn("sam", new TurnCommand.RaiseHand(), Refusal.INVALID_STATE);
        room.refusedTurn("sam", new TurnCommand.PassFloor(), Refusal.NOT_YOUR_TURN);
        room.refusedTurn("maya", new TurnCommand.GrantFloor("sam"), Refusal.INVALID_STATE);
        assertThat(describe(room.say("maya", "Take your time, Alex."))).startsWith("message");
        assertThat(describe(room.turn("maya", new TurnCommand.RevokeFloor()))).containsExactly("floor_revoked@alex");
        assertThat(room.view().phase()).isEqualTo("idle");
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
    }

    @Test
    void someoneWhoLeavesHandsTheirTurnOnAndUnderTwoTheRoundStops() {
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        assertThat(describe(room.act("maya", new RoomCommand.Remove("alex"))))
                .containsExactly("member_removed@alex", "floor_granted@sam", "step:appreciation@sam");
        room.act("maya", new RoomCommand.Remove("jamie"));
        assertThat(room.view().phase()).isEqualTo("idle");
    }

    @Test
    void aGuidedRoomBeginsTheRoundByItself() {
        RoomFixture guided = RoomFixture.guided("appreciation", "alex", "sam");
        assertThat(describe(guided.sessionLog()))
                .containsExactly(
                        "session_started",
                        "protocol_set",
                        "order_set:alex sam",
                        "floor_granted@alex",
                        "step:appreciation@alex");
        guided.say("alex", "One thing I appreciated lately is your patience with me.");
        guided.say("sam", "One thing I appreciated lately is that you called my mother.");
        assertThat(guided.view().phase()).isEqualTo("done");
        assertThat(describe(guided.sessionLog())).endsWith("step:appreciated");
    }
}

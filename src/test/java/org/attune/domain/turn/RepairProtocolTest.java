package org.attune.domain.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.domain.room.RoomFixture.describe;

import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomFixture;
import org.junit.jupiter.api.Test;

class RepairProtocolTest {

    private final RoomFixture room = RoomFixture.moderated("repair", "alex", "sam");

    @Test
    void eachAnswersEachStageInTurnThenTheConversationIsOpen() {
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        assertThat(describe(room.turn("maya", new TurnCommand.GrantFloor("sam"))))
                .containsExactly("order_set:sam alex", "floor_granted@sam", "step:feelings@sam");
        assertThat(room.view().stepBy()).isEqualTo("sam");
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);

        assertThat(describe(room.say("sam", "I felt hurt and invisible.")))
                .containsExactly("message", "floor_granted@alex", "step:feelings@alex");
        room.refusedSay("sam", Refusal.NOT_YOUR_TURN);
        assertThat(describe(room.say("alex", "I felt defensive.")))
                .containsExactly("message", "floor_granted@sam", "step:realities@sam");

        List<ConversationStep> seen = new java.util.ArrayList<>();
        for (ConversationStep stage : List.of(
                ConversationStep.REALITIES,
                ConversationStep.TRIGGERS,
                ConversationStep.RESPONSIBILITY,
                ConversationStep.PLAN)) {
            seen.add(room.view().step());
            room.say("sam", "My answer about " + stage.wireName());
            if (stage == ConversationStep.TRIGGERS) {
                assertThat(describe(room.turn("alex", new TurnCommand.PassFloor())))
                        .as("a pass skips this answer")
                        .containsExactly("floor_passed@alex", "floor_granted@sam", "step:responsibility@sam");
            } else {
                List<String> after = describe(room.say("alex", "Mine about " + stage.wireName()));
                if (stage == ConversationStep.PLAN) {
                    assertThat(after).containsExactly("message", "step:repaired");
                }
            }
        }
        assertThat(seen)
                .containsExactly(
                        ConversationStep.REALITIES,
                        ConversationStep.TRIGGERS,
                        ConversationStep.RESPONSIBILITY,
                        ConversationStep.PLAN);
        assertThat(room.view().phase()).isEqualTo("repaired");
        room.say("alex", "Thank you.");
        room.say("sam", "Thank you too.");
    }

    @Test
    void everyStageHasAPromptAndAStem() {
        for (ConversationStep stage : RepairProtocol.STAGES) {
            assertThat(stage.prompt()).isNotBlank();
            assertThat(stage.stem()).endsWith("…");
        }
    }

    @Test
    void refusals() {
        room.refusedTurn("maya", new TurnCommand.RevokeFloor(), Refusal.INVALID_STATE);
        room.refusedTurn("alex", new TurnCommand.GrantFloor("alex"), Refusal.FORBIDDEN);
        room.refusedTurn("alex", new TurnCommand.RaiseHand(), Refusal.INVALID_STATE);
        room.refusedTurn("maya", new TurnCommand.SetTurnLimit(60), Refusal.INVALID_STATE);
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        room.refusedTurn("sam", new TurnCommand.PassFloor(), Refusal.NOT_YOUR_TURN);
        room.refusedTurn("maya", new TurnCommand.GrantFloor("sam"), Refusal.INVALID_STATE);
        assertThat(describe(room.turn("maya", new TurnCommand.RevokeFloor()))).containsExactly("floor_revoked@alex");
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        RoomFixture alone = RoomFixture.moderated("repair", "alex");
        alone.refusedTurn("maya", new TurnCommand.GrantFloor("alex"), Refusal.INVALID_STATE);
    }

    @Test
    void aRemovedMemberIsSkipped() {
        RoomFixture family = RoomFixture.moderated("repair", "alex", "sam", "jamie");
        family.turn("maya", new TurnCommand.GrantFloor("alex"));
        family.say("alex", "I felt scared.");
        assertThat(describe(family.act("maya", new RoomCommand.Remove("sam"))))
                .containsExactly("member_removed@sam", "floor_granted@jamie", "step:feelings@jamie");
    }

    @Test
    void aGuidedRoomStartsTheRepairByItselfAndItSurvivesARebuild() {
        RoomFixture guided = RoomFixture.guided("repair", "alex", "sam");
        assertThat(describe(guided.sessionLog()))
                .containsExactly(
                        "session_started",
                        "protocol_set",
                        "order_set:alex sam",
                        "floor_granted@alex",
                        "step:feelings@alex");
        guided.say("alex", "I felt sad.");
        assertThat(guided.rebuilt().protocol()).isEqualTo(guided.state.protocol());
    }
}

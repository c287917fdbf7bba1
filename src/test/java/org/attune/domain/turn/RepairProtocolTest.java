package org.attune.domain.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.domain.room.RoomFixture.describe;

import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomFixture;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.junit.jupiter.api.Test;

class RepairProtocolTest {

    private final RoomFixture room = RoomFixture.moderated("repair", "alex", "sam");

    /** The therapist begins with sam, and both rate themselves calm enough. */
    private void begun() {
        room.turn("maya", new TurnCommand.GrantFloor("sam"));
        room.turn("alex", new TurnCommand.RateCalm(4));
        room.turn("sam", new TurnCommand.RateCalm(3));
    }

    /** Both have named their feelings and told their realities, each validated: the triggers begin. */
    private void throughRealities() {
        begun();
        room.say("sam", "I felt hurt.");
        room.say("alex", "I felt defensive.");
        room.say("sam", "I saw you look at your phone.");
        room.say("alex", "I can see how you saw it that way.");
        room.say("alex", "I was reading the message from school.");
        room.say("sam", "I can see you were worried about the school.");
    }

    @Test
    void theRepairBeginsWithACalmCheckAndWaitsUntilEveryoneIsCalmEnough() {
        assertThat(describe(room.turn("maya", new TurnCommand.GrantFloor("sam"))))
                .containsExactly("order_set:sam alex", "step:calm_check");
        assertThat(room.view().phase()).isEqualTo("calm_check");
        assertThat(room.view().order()).as("everyone is still to answer").containsExactly("sam", "alex");
        assertThat(room.view().stepBy()).isNull();
        room.refusedSay("sam", Refusal.NOT_YOUR_TURN);

        List<RoomEvent> rated = room.turn("alex", new TurnCommand.RateCalm(4));
        assertThat(describe(rated)).as("not yet rated: the repair waits").containsExactly("calm_rating@alex");
        assertThat(rated.get(0).audience()).isEqualTo(Audience.THERAPISTS_AND_TARGET);
        assertThat(rated.get(0).payload(EventPayload.CalmRating.class).calm()).isEqualTo(4);

        List<RoomEvent> flooded = room.turn("sam", new TurnCommand.RateCalm(2));
        assertThat(describe(flooded)).containsExactly("calm_rating@sam", "step:calm_wait", "step:take_time@sam");
        assertThat(flooded.get(1).targetId())
                .as("the room is told it waits, naming nobody")
                .isEmpty();
        assertThat(flooded.get(1).audience()).isEqualTo(Audience.EVERYONE);
        assertThat(flooded.get(2).audience())
                .as("the invitation to take time is private")
                .isEqualTo(Audience.THERAPISTS_AND_TARGET);
        assertThat(room.state.maySee("alex", flooded.get(2))).isFalse();
        assertThat(room.state.maySee("alex", flooded.get(0))).isFalse();
        assertThat(room.view().phase()).isEqualTo("calm_check");
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);

        assertThat(describe(room.turn("sam", new TurnCommand.RateCalm(3))))
                .containsExactly("calm_rating@sam", "floor_granted@sam", "step:feelings@sam");
        room.refusedTurn("alex", new TurnCommand.RateCalm(5), Refusal.INVALID_STATE);
    }

    @Test
    void calmRatingsAreOneToFiveAndOnlyByTheParticipants() {
        room.turn("maya", new TurnCommand.GrantFloor("sam"));
        room.refusedTurn("sam", new TurnCommand.RateCalm(0), Refusal.BAD_REQUEST);
        room.refusedTurn("sam", new TurnCommand.RateCalm(6), Refusal.BAD_REQUEST);
        room.refusedTurn("maya", new TurnCommand.RateCalm(3), Refusal.FORBIDDEN);
        RoomFixture before = RoomFixture.moderated("repair", "alex", "sam");
        before.refusedTurn("alex", new TurnCommand.RateCalm(3), Refusal.FORBIDDEN);
    }

    @Test
    void feelingsAreChosenFromTheHandoutsListBesidesOwnWords() {
        begun();
        room.refusedTurn("alex", new TurnCommand.ChooseFeelings(List.of("sad"), false), Refusal.NOT_YOUR_TURN);
        room.refusedTurn("sam", new TurnCommand.ChooseFeelings(List.of("sad", "grumpy"), false), Refusal.BAD_REQUEST);
        room.refusedTurn("sam", new TurnCommand.ChooseFeelings(List.of(), false), Refusal.BAD_REQUEST);

        List<RoomEvent> chosen =
                room.turn("sam", new TurnCommand.ChooseFeelings(List.of("not_listened_to", "hurt", "hurt"), false));
        assertThat(describe(chosen)).as("the words follow").containsExactly("feelings_chosen@sam");
        assertThat(chosen.get(0).payload(EventPayload.Feelings.class).feelings())
                .containsExactly("not_listened_to", "hurt");
        assertThat(chosen.get(0).audience()).isEqualTo(Audience.EVERYONE);
        assertThat(describe(room.say("sam", "And lonely, at the end.")))
                .containsExactly("message", "floor_granted@alex", "step:feelings@alex");

        assertThat(describe(room.turn("alex", new TurnCommand.ChooseFeelings(List.of("defensive"), true))))
                .as("feelings alone can be the whole answer")
                .containsExactly("feelings_chosen@alex", "floor_granted@sam", "step:realities@sam");
        room.refusedTurn("sam", new TurnCommand.ChooseFeelings(List.of("sad"), true), Refusal.INVALID_STATE);
        assertThat(Feeling.fromWireName("flooded").orElseThrow().label()).isEqualTo("totally flooded");
    }

    @Test
    void eachTellingIsSummedUpAndValidatedByThePartnerBeforeTheNext() {
        begun();
        room.say("sam", "I felt hurt.");
        room.say("alex", "I felt defensive.");
        assertThat(describe(room.say("sam", "I saw you look at your phone while I talked.")))
                .containsExactly("message", "floor_granted@alex", "step:realities_validation@alex");
        assertThat(room.view().stepBy()).isEqualTo("alex");
        assertThat(room.state.protocol().reflects("alex"))
                .as("the partner's summary says back how the other saw it: not their own heat")
                .isTrue();
        assertThat(room.state.protocol().reflects("sam")).isFalse();
        room.refusedSay("sam", Refusal.NOT_YOUR_TURN);
        room.refusedTurn("alex", new TurnCommand.PassFloor(), Refusal.INVALID_STATE);
        assertThat(describe(room.say("alex", "You felt ignored. I can see how you saw it that way.")))
                .containsExactly("message", "floor_granted@alex", "step:realities@alex");
        assertThat(describe(room.say("alex", "I was reading the message from school.")))
                .containsExactly("message", "floor_granted@sam", "step:realities_validation@sam");
        assertThat(describe(room.say("sam", "You were worried about the school; that makes sense.")))
                .containsExactly("message", "floor_granted@sam", "step:triggers@sam");
    }

    @Test
    void anApologyNotYetAcceptedIsAnsweredWithWhatIsStillNeededThenMadeAgain() {
        throughRealities();
        room.say("sam", "It hit hard because my father never listened.");
        assertThat(describe(room.turn("alex", new TurnCommand.PassFloor())))
                .containsExactly("floor_passed@alex", "floor_granted@sam", "step:responsibility@sam");
        assertThat(describe(room.say("sam", "I was tired and stressed; I regret raising my voice.")))
                .containsExactly("message", "floor_granted@sam", "step:apology@sam");
        room.refusedTurn("alex", new TurnCommand.AnswerApology(true), Refusal.INVALID_STATE);
        assertThat(describe(room.say("sam", "I'm sorry for raising my voice.")))
                .as("an apology is also a repair attempt, for the therapist")
                .containsExactly("message", "repair_attempt@sam", "floor_granted@alex", "step:apology_answer@alex");
        room.refusedSay("alex", Refusal.NOT_YOUR_TURN);
        room.refusedTurn("alex", new TurnCommand.PassFloor(), Refusal.INVALID_STATE);
        room.refusedTurn("sam", new TurnCommand.AnswerApology(true), Refusal.NOT_YOUR_TURN);

        List<RoomEvent> notYet = room.turn("alex", new TurnCommand.AnswerApology(false));
        assertThat(describe(notYet))
                .containsExactly("apology_answered@sam", "floor_granted@alex", "step:apology_need@alex");
        assertThat(notYet.get(0).payload(EventPayload.ApologyAnswer.class).accepted())
                .isFalse();
        assertThat(describe(room.say("alex", "I still need to hear that my worry mattered.")))
                .containsExactly("message", "floor_granted@sam", "step:apology@sam");
        room.say("sam", "I'm sorry I didn't ask what worried you.");
        assertThat(describe(room.turn("alex", new TurnCommand.AnswerApology(true))))
                .containsExactly("apology_answered@sam", "floor_granted@alex", "step:responsibility@alex");

        room.say("alex", "I was distant; I regret not telling you.");
        room.say("alex", "I'm sorry for shutting you out.");
        assertThat(describe(room.turn("sam", new TurnCommand.AnswerApology(true))))
                .containsExactly("apology_answered@alex", "floor_granted@sam", "step:plan@sam");
        room.say("sam", "Next time, tell me when the school writes.");
        assertThat(describe(room.say("alex", "Let us talk it over with tea on Sunday.")))
                .containsExactly("message", "step:repaired");
        assertThat(room.view().phase()).isEqualTo("repaired");
        room.say("alex", "Thank you.");
        assertThat(room.rebuilt().protocol()).isEqualTo(room.state.protocol());
    }

    @Test
    void everyStageHasAPromptAndAStem() {
        for (ConversationStep stage : RepairProtocol.STAGES) {
            assertThat(stage.prompt()).isNotBlank();
            assertThat(stage.stem()).endsWith("…");
        }
        assertThat(ConversationStep.TRIGGERS.prompt()).contains("What from your past might have made this hit hard?");
        assertThat(ConversationStep.RESPONSIBILITY.stem()).startsWith("What set me up for this");
        assertThat(ConversationStep.APOLOGY.stem()).isEqualTo("I'm sorry for…");
    }

    @Test
    void refusals() {
        room.refusedTurn("maya", new TurnCommand.RevokeFloor(), Refusal.INVALID_STATE);
        room.refusedTurn("alex", new TurnCommand.GrantFloor("alex"), Refusal.FORBIDDEN);
        room.refusedTurn("alex", new TurnCommand.RaiseHand(), Refusal.INVALID_STATE);
        room.refusedTurn("maya", new TurnCommand.SetTurnLimit(60), Refusal.INVALID_STATE);
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        room.refusedTurn("alex", new TurnCommand.PassFloor(), Refusal.NOT_YOUR_TURN);
        room.turn("alex", new TurnCommand.RateCalm(5));
        room.turn("sam", new TurnCommand.RateCalm(5));
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
        family.turn("alex", new TurnCommand.RateCalm(4));
        family.turn("jamie", new TurnCommand.RateCalm(4));
        assertThat(describe(family.act("maya", new RoomCommand.Remove("sam"))))
                .as("the one still to rate left: the others begin")
                .containsExactly("member_removed@sam", "floor_granted@alex", "step:feelings@alex");
        family.say("alex", "I felt scared.");
        family.say("jamie", "I felt sad.");
        assertThat(describe(family.say("alex", "What I saw was a slammed door.")))
                .containsExactly("message", "floor_granted@jamie", "step:realities_validation@jamie");
    }

    @Test
    void aRemovedPartnerIsReplacedByTheNextInTheOrder() {
        RoomFixture family = RoomFixture.moderated("repair", "alex", "sam", "jamie");
        family.turn("maya", new TurnCommand.GrantFloor("alex"));
        for (String p : List.of("alex", "sam", "jamie")) {
            family.turn(p, new TurnCommand.RateCalm(3));
        }
        for (String p : List.of("alex", "sam", "jamie")) {
            family.say(p, "I felt tense.");
        }
        family.say("alex", "My reality.");
        assertThat(family.view().stepBy()).isEqualTo("sam");
        assertThat(describe(family.act("maya", new RoomCommand.Remove("sam"))))
                .containsExactly("member_removed@sam", "floor_granted@jamie", "step:realities_validation@jamie");
    }

    @Test
    void aGuidedRoomStartsTheRepairByItselfAndItSurvivesARebuild() {
        RoomFixture guided = RoomFixture.guided("repair", "alex", "sam");
        assertThat(describe(guided.sessionLog()))
                .containsExactly("session_started", "protocol_set", "order_set:alex sam", "step:calm_check");
        guided.turn("alex", new TurnCommand.RateCalm(1));
        assertThat(guided.rebuilt().protocol()).isEqualTo(guided.state.protocol());
        guided.turn("alex", new TurnCommand.RateCalm(4));
        guided.turn("sam", new TurnCommand.RateCalm(4));
        guided.say("alex", "I felt sad.");
        assertThat(guided.rebuilt().protocol()).isEqualTo(guided.state.protocol());
    }

    @Test
    void aCheckInRatingDuringTheCalmCheckCountsToo() {
        room.turn("maya", new TurnCommand.GrantFloor("sam"));
        RepairProtocol repair = (RepairProtocol) room.state.protocol();
        RoomEvent rating = RoomEvent.builder("room", 99, EventKind.CALM_RATING, RoomFixture.T0)
                .actor("sam", "Sam")
                .target("sam", "Sam")
                .payload(new EventPayload.CalmRating(5))
                .build();
        assertThat(((RepairProtocol) repair.apply(rating)).calm()).containsEntry("sam", 5);
    }
}

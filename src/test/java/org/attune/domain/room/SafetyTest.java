package org.attune.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.domain.room.RoomFixture.describe;

import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.regulation.PauseReason;
import org.attune.domain.regulation.SafetyScreen;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.TurnCommand;
import org.junit.jupiter.api.Test;

/**
 * Safety first, decided by the room: a disclosure never reaches the partner,
 * a threat pauses the room naming nobody, and the private line to the
 * therapist is open at any time.
 */
class SafetyTest {

    private static final String DISCLOSURE = "He pushed me against the wall again last night.";
    private static final String THREAT = "I'll hurt you if you tell them that.";

    @Test
    void aPartnerCalledByNameIsReadAsThePersonAndTheAlertQuotesTheWritersWords() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        String disclosure = "sam grabbed me by the arm.";
        assertThat(SafetyScreen.screen(disclosure))
                .as("without the room's names")
                .isEmpty();

        List<RoomEvent> said = room.say("alex", disclosure);

        assertThat(describe(said)).startsWith("held_message@alex", "safety_alert@alex");
        assertThat(said.get(1).payload(EventPayload.SafetyAlert.class).concerns())
                .extracting(Evidence::words)
                .anySatisfy(words -> assertThat(words).contains("sam grabbed"));
    }

    @Test
    void aDisclosureIsHeldForTheTherapistAndTheWriterIsToldPrivately() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");

        List<RoomEvent> said = room.say("sam", DISCLOSURE);

        assertThat(describe(said)).startsWith("held_message@sam", "safety_alert@sam", "resources_offered@sam");
        RoomEvent held = said.get(0);
        assertThat(held.audience()).isEqualTo(Audience.THERAPISTS_AND_TARGET);
        assertThat(held.payload(EventPayload.Held.class)).isEqualTo(new EventPayload.Held(DISCLOSURE, true));
        RoomEvent alert = said.get(1);
        assertThat(alert.audience()).as("the alert itself is the therapist's").isEqualTo(Audience.THERAPISTS);
        assertThat(alert.payload(EventPayload.SafetyAlert.class).message()).isEqualTo(held.seq());
        assertThat(alert.payload(EventPayload.SafetyAlert.class).concerns())
                .extracting(Evidence::kind)
                .contains("violence");
        assertThat(said.get(2).payload(EventPayload.ResourcesOffered.class).why())
                .isEqualTo(EventPayload.ResourcesOffered.HELD);
        for (RoomEvent e : said) {
            assertThat(room.state.maySee("alex", e))
                    .as("the partner sees nothing of " + e.kind())
                    .isFalse();
            assertThat(room.state.maySee("maya", e))
                    .as("the therapist sees " + e.kind())
                    .isTrue();
        }
        assertThat(room.state.maySee("sam", held)).isTrue();
        assertThat(room.state.maySee("sam", alert))
                .as("the writer is told, not shown an alert")
                .isFalse();
        assertThat(room.state.talk("sam", room.now()).messages())
                .as("a held message is not counted as said")
                .isZero();
    }

    @Test
    void wordsOfHarmAreHeldWhateverTheTurnThePauseOrAMute() {
        RoomFixture room = RoomFixture.moderated("floor", "alex", "sam");
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        assertThat(describe(room.say("sam", "I don't want to wake up tomorrow.")))
                .as("not sam's turn: still held, and the therapist knows at once")
                .startsWith("held_message@sam", "safety_alert@sam");

        room.act("maya", new RoomCommand.Mute("sam", 10));
        assertThat(describe(room.say("sam", DISCLOSURE))).startsWith("held_message@sam");
        room.refusedSay("sam", Refusal.MUTED);

        room.act("maya", new RoomCommand.Unmute("sam"));
        room.act("maya", new RoomCommand.PauseRoom(5, null));
        assertThat(describe(room.say("sam", DISCLOSURE))).startsWith("held_message@sam");
        room.refusedSay("sam", Refusal.PAUSED);
    }

    @Test
    void theWriterMayShareAHeldMessageOnceWhenTheRoomWouldTakeIt() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        long held = room.say("sam", DISCLOSURE).get(0).seq();

        room.refused("alex", new RoomCommand.ShareHeld(held), Refusal.NOT_FOUND);
        room.act("maya", new RoomCommand.PauseRoom(5, null));
        room.refused("sam", new RoomCommand.ShareHeld(held), Refusal.PAUSED);
        room.act("maya", new RoomCommand.Resume());

        List<RoomEvent> shared = room.act("sam", new RoomCommand.ShareHeld(held));

        assertThat(describe(shared)).containsExactly("held_shared@sam", "message");
        assertThat(shared.get(0).payload(EventPayload.Shared.class).held()).isEqualTo(held);
        assertThat(shared.get(1).payload(EventPayload.Text.class).text()).isEqualTo(DISCLOSURE);
        assertThat(shared.get(1).audience()).isEqualTo(Audience.EVERYONE);
        assertThat(shared.get(1).actorId()).isEqualTo("sam");
        assertThat(room.state.maySee("alex", shared.get(1))).isTrue();
        assertThat(room.state.maySee("alex", shared.get(0))).isFalse();
        room.refused("sam", new RoomCommand.ShareHeld(held), Refusal.NOT_FOUND);
        assertThat(room.rebuilt().regulating().shareable(held))
                .as("shared once, after a restart too")
                .isEmpty();
    }

    @Test
    void aHeldMessageStaysShareableAcrossARestart() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        long held = room.say("sam", DISCLOSURE).get(0).seq();

        assertThat(room.rebuilt().regulating().shareable(held))
                .hasValueSatisfying(h -> assertThat(h.text()).isEqualTo(DISCLOSURE));
    }

    @Test
    void aThreatPausesTheRoomNamingNobodyAndOffersTheOthersResources() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam", "kim");

        List<RoomEvent> said = room.say("alex", THREAT);

        assertThat(describe(said))
                .startsWith(
                        "held_message@alex",
                        "safety_alert@alex",
                        "paused",
                        "resources_offered@sam",
                        "resources_offered@kim");
        assertThat(said.get(0).payload(EventPayload.Held.class).shareable())
                .as("a threat is the therapist's to take up")
                .isFalse();
        assertThat(said.get(1).payload(EventPayload.SafetyAlert.class).concerns())
                .extracting(Evidence::kind)
                .contains("threat");
        RoomEvent paused = said.get(2);
        assertThat(paused.audience()).isEqualTo(Audience.EVERYONE);
        assertThat(paused.targetId()).as("the pause names nobody").isEmpty();
        assertThat(paused.actorId()).isEqualTo(RoomEvent.SYSTEM_ACTOR);
        assertThat(paused.payload(EventPayload.Paused.class).reason()).isEqualTo(PauseReason.SAFETY);
        assertThat(said.get(3).payload(EventPayload.ResourcesOffered.class).why())
                .isEqualTo(EventPayload.ResourcesOffered.ROOM_PAUSED);
        assertThat(room.state.maySee("sam", said.get(3))).isTrue();
        assertThat(room.state.maySee("kim", said.get(3)))
                .as("each offer is private")
                .isFalse();
        assertThat(said.stream().filter(e -> e.kind() != EventKind.PAUSED))
                .as("the writer sees the pause and their own words, not an accusation")
                .allSatisfy(
                        e -> assertThat(room.state.maySee("alex", e)).isEqualTo(e.kind() == EventKind.HELD_MESSAGE));
        room.refused("alex", new RoomCommand.ShareHeld(said.get(0).seq()), Refusal.NOT_FOUND);
        room.refusedSay("sam", Refusal.PAUSED);
        assertThat(room.state.pause())
                .hasValueSatisfying(p -> assertThat(p.reason()).isEqualTo(PauseReason.SAFETY));
    }

    @Test
    void aThreatOnlyTheLearnedLayerSeesIsHeldButLeavesThePauseToTheTherapist() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");

        List<RoomEvent> said = room.say("alex", "Keep talking like that and see what happens.");

        assertThat(describe(said)).startsWith("held_message@alex", "safety_alert@alex");
        assertThat(said.get(0).payload(EventPayload.Held.class).shareable()).isFalse();
        assertThat(describe(said)).doesNotContain("paused", "resources_offered@sam");
        assertThat(room.state.pause()).isEmpty();
    }

    @Test
    void aSafetyPauseInAGuidedRoomWaitsForTheTherapistNotForReadiness() {
        RoomFixture room = RoomFixture.guided("open", "alex", "sam");
        room.say("alex", THREAT);
        room.fireTimer();
        room.act("alex", new RoomCommand.Ready(5));
        room.act("sam", new RoomCommand.Ready(5));

        assertThat(room.state.pause())
                .as("a guided room does not go on after a threat without someone from the practice")
                .isPresent();
    }

    @Test
    void thePrivateLineIsOpenAtAnyTimeAndReachesOnlyTheTherapists() {
        RoomFixture room = RoomFixture.withSamInTheLobby();

        List<RoomEvent> fromTheLobby = room.act("sam", new RoomCommand.ToTherapist("Can we talk before Alex joins?"));

        assertThat(describe(fromTheLobby)).containsExactly("to_therapist@sam");
        RoomEvent line = fromTheLobby.get(0);
        assertThat(line.audience()).isEqualTo(Audience.THERAPISTS_AND_TARGET);
        assertThat(room.state.maySee("sam", line))
                .as("waiting, sam still sees their own words")
                .isTrue();
        assertThat(room.state.maySee("alex", line)).isFalse();
        assertThat(room.state.maySee("maya", line)).isTrue();

        room.act("maya", new RoomCommand.Admit("sam"));
        room.act("maya", new RoomCommand.ClearRoom());
        room.act("maya", new RoomCommand.StartSession("open"));
        room.act("maya", new RoomCommand.Mute("sam", 10));
        room.act("maya", new RoomCommand.PauseRoom(5, null));
        List<RoomEvent> worried = room.act("sam", new RoomCommand.ToTherapist("I'm scared of him when we get home."));
        assertThat(describe(worried)).containsExactly("to_therapist@sam", "safety_alert@sam", "resources_offered@sam");
        assertThat(worried.get(1).payload(EventPayload.SafetyAlert.class).message())
                .isEqualTo(worried.get(0).seq());
        assertThat(worried.get(2).payload(EventPayload.ResourcesOffered.class).why())
                .isEqualTo(EventPayload.ResourcesOffered.PRIVATE_LINE);
        assertThat(room.state.pause())
                .as("the private line is not the room's business")
                .hasValueSatisfying(p -> assertThat(p.reason()).isEqualTo(PauseReason.THERAPIST));

        room.refused("maya", new RoomCommand.ToTherapist("note to self"), Refusal.FORBIDDEN);
        room.refused("sam", new RoomCommand.ToTherapist(" "), Refusal.BAD_REQUEST);
    }
}

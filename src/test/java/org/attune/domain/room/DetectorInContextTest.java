package org.attune.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.domain.room.RoomFixture.describe;

import java.time.Duration;
import java.util.List;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.TurnCommand;
import org.junit.jupiter.api.Test;

/** The detector in the room's context: reflections, repair attempts, flooding and a victim's fear. */
class DetectorInContextTest {

    private static final String HARD = "You feel like a failure, you're pathetic and you never listen to anyone.";

    @Test
    void aListenersParaphrasesOfHardWordsDoNotPauseAGuidedRoom() {
        RoomFixture room = RoomFixture.guided("speaker_listener", "alex", "sam");
        for (int i = 0; i < 3; i++) {
            assertThat(describe(room.say("alex", "I felt alone at the party."))).containsExactly("message");
            List<RoomEvent> paraphrase = room.say("sam", HARD);
            assertThat(describe(paraphrase))
                    .as("a paraphrase says the partner's words back: no heat, no escalation, no pause")
                    .containsExactly("paraphrase");
            room.turn("alex", new TurnCommand.Confirm(true));
            room.advance(Duration.ofSeconds(10));
        }
        assertThat(room.state.pause()).isEmpty();
        assertThat(room.state.regulating().heat().running("sam", room.now())).isZero();
    }

    @Test
    void theSameWordsAsTheSpeakersOwnPauseAGuidedRoom() {
        RoomFixture room = RoomFixture.guided("speaker_listener", "alex", "sam");
        assertThat(describe(room.say("alex", HARD))).containsExactly("message", "signals@alex");
        room.say("sam", "You feel I let you down.");
        room.turn("alex", new TurnCommand.Confirm(true));
        room.advance(Duration.ofSeconds(10));
        assertThat(describe(room.say("alex", HARD)))
                .containsExactly("message", "signals@alex", "escalation@alex", "paused");
    }

    @Test
    void anImagoReceiversMirrorIsAReflectionAndTheirOwnJabIsNot() {
        RoomFixture room = RoomFixture.guided("imago", "alex", "sam");
        room.turn("alex", new TurnCommand.AskDialogue());
        room.turn("sam", new TurnCommand.AcceptDialogue(null));
        room.say("alex", "What I would like to share is that I felt like a failure last week.");
        assertThat(describe(
                        room.say("sam", "If I got it, you said you feel like a failure and pathetic. Did I get it?")))
                .contains("message")
                .doesNotContain("signals@sam", "escalation@sam", "paused");
        room.turn("alex", new TurnCommand.Confirm(true));
        room.say("alex", "Yes, and that I felt alone.");
        assertThat(describe(room.say("sam", "You said you felt alone. Oh, get a life.")))
                .as("what the receiver adds of their own is their heat")
                .contains("message", "signals@sam");
    }

    @Test
    void aRepairAttemptHalvesTheWritersHeatAndIsShownToTherapists() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        room.say("alex", "You NEVER listen, you selfish idiot!!!");
        double before = room.state.regulating().heat().running("alex", room.now());
        List<RoomEvent> repair = room.say("alex", "I'm sorry, that came out wrong. Can I try that again?");
        assertThat(describe(repair)).containsExactly("message", "repair_attempt@alex");
        RoomEvent attempt = repair.get(1);
        assertThat(attempt.audience()).isEqualTo(Audience.THERAPISTS);
        EventPayload.Signals payload = attempt.payload(EventPayload.Signals.class);
        assertThat(payload.signals()).extracting(Evidence::kind).containsExactly("repair_attempt");
        assertThat(payload.signals().get(0).words()).isEqualTo("I'm sorry");
        double after = room.state.regulating().heat().running("alex", room.now());
        assertThat(after).isEqualTo(before / 2, org.assertj.core.data.Offset.offset(0.01));
        assertThat(payload.heatPercent()).isEqualTo((int) Math.round(after * 100));
        assertThat(room.rebuilt().regulating().heat().running("alex", room.now()))
                .as("the lowered heat is rebuilt from the log")
                .isEqualTo(after, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void floodingInWordsSuggestsATimeOutToTheWriterAlone() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        List<RoomEvent> said = room.say("alex", "My heart is racing and I can't think straight.");
        assertThat(describe(said)).containsExactly("message", "pause_suggested@alex");
        RoomEvent suggestion = said.get(1);
        assertThat(suggestion.kind()).isEqualTo(EventKind.PAUSE_SUGGESTED);
        assertThat(suggestion.audience()).isEqualTo(Audience.THERAPISTS_AND_TARGET);
        assertThat(suggestion.payload(EventPayload.Signals.class).signals())
                .extracting(Evidence::kind)
                .containsExactly("flooding");
        assertThat(room.state.pause())
                .as("only a suggestion: the writer decides")
                .isEmpty();

        room.advance(java.time.Duration.ofMinutes(2));
        assertThat(describe(room.say("alex", "I'm shaking, I'm getting flooded.")))
                .as("suggested once, not again with every message")
                .containsExactly("message");
        room.advance(java.time.Duration.ofMinutes(9));
        assertThat(describe(room.say("alex", "My heart is racing again.")))
                .as("again, after a while")
                .containsExactly("message", "pause_suggested@alex");
        assertThat(room.rebuilt().regulating().maySuggestPauseTo("alex", room.now()))
                .as("rebuilt from the log")
                .isFalse();
    }

    @Test
    void aVictimsFearIsHeldForTheTherapistAndDoesNotPauseTheRoom() {
        RoomFixture room = RoomFixture.guided("open", "alex", "sam");
        List<RoomEvent> said = room.say("sam", "I can't say how I really feel in here or I'll pay for it later.");
        assertThat(describe(said)).containsExactly("held_message@sam", "safety_alert@sam", "resources_offered@sam");
        assertThat(said.get(1).payload(EventPayload.SafetyAlert.class).concerns())
                .extracting(Evidence::kind)
                .contains("fear")
                .doesNotContain("threat");
        assertThat(said.get(0).payload(EventPayload.Held.class).shareable()).isTrue();
        assertThat(room.state.pause()).isEmpty();
    }

    @Test
    void aThreatSaidBackIsHeldAsViolenceNotAsTheListenersThreat() {
        RoomFixture room = RoomFixture.guided("speaker_listener", "alex", "sam");
        room.say("alex", "I was scared last night.");
        List<RoomEvent> said = room.say("sam", "You said that if you bring up the money I'll break your neck.");
        assertThat(describe(said)).startsWith("held_message@sam", "safety_alert@sam");
        assertThat(said.get(1).payload(EventPayload.SafetyAlert.class).concerns())
                .extracting(Evidence::kind)
                .contains("violence")
                .doesNotContain("threat");
        assertThat(describe(said)).doesNotContain("paused");
    }
}

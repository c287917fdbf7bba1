package org.attune.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.domain.room.RoomFixture.describe;

import java.time.Duration;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.regulation.Exercise;
import org.attune.domain.regulation.RegulationSettings;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.FloorProtocol;
import org.attune.domain.turn.RoundProtocol;
import org.attune.domain.turn.TurnCommand;
import org.junit.jupiter.api.Test;

/** Time-outs, check-ins, escalation and safety, decided by the room. */
class RegulationTest {

    @Test
    void aTimeOutBlocksThePartnerStopsTheTurnClockAndEndsInACheckIn() {
        RoomFixture room = RoomFixture.moderated("floor", "alex", "sam");
        room.turn("maya", new TurnCommand.SetTurnLimit(60));
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        room.advance(Duration.ofSeconds(20));

        room.refused("sam", new RoomCommand.RequestPause("flooded", 10, null), Refusal.BAD_REQUEST);
        List<RoomEvent> paused = room.act("sam", new RoomCommand.RequestPause("flooded", null, null));
        assertThat(describe(paused)).containsExactly("paused");
        RoomEvent p = paused.get(0);
        assertThat(paused(p).minutes()).isEqualTo(20);
        assertThat(paused(p).reason().wireName()).isEqualTo("flooded");
        assertThat(paused(p).exercise()).isEqualTo(Exercise.SELF_SOOTHING);
        assertThat(paused(p).until()).isEqualTo(room.now().plus(Duration.ofMinutes(20)));

        room.refusedSay("alex", Refusal.PAUSED);
        room.refusedTurn("alex", new TurnCommand.PassFloor(), Refusal.PAUSED);
        room.refused("alex", new RoomCommand.RequestPause("break", 5, null), Refusal.INVALID_STATE);
        room.refused("alex", new RoomCommand.Ready(4), Refusal.INVALID_STATE);
        assertThat(describe(room.act("maya", new RoomCommand.Say("Take your time, both of you."))))
                .containsExactly("message");

        RoomState.Timer checkIn = room.state.nextTimer().orElseThrow();
        assertThat(checkIn.command()).isInstanceOf(RoomCommand.CheckIn.class);
        assertThat(describe(room.fireTimer())).containsExactly("check_in");
        room.refusedSay("alex", Refusal.PAUSED);
        room.refused("sam", new RoomCommand.Ready(6), Refusal.BAD_REQUEST);
        List<RoomEvent> ready = room.act("sam", new RoomCommand.Ready(3));
        assertThat(describe(ready)).containsExactly("ready", "calm_rating@sam");
        assertThat(ready.get(1).audience()).isEqualTo(Audience.THERAPISTS_AND_TARGET);
        room.act("alex", new RoomCommand.Ready(null));
        assertThat(room.state.pause())
                .as("a moderated room waits for the therapist")
                .isPresent();
        assertThat(room.rebuilt().pause())
                .as("the pause and its check-in survive a restart")
                .isEqualTo(room.state.pause());
        assertThat(room.rebuilt().pause().orElseThrow().ready())
                .containsEntry("sam", 3)
                .containsEntry("alex", 0);

        room.advance(Duration.ofMinutes(1));
        assertThat(describe(room.act("maya", new RoomCommand.Resume()))).containsExactly("resumed");
        FloorProtocol floor = (FloorProtocol) room.state.protocol();
        assertThat(floor.deadline())
                .as("the 40 seconds left of Alex's turn start again on resume")
                .isEqualTo(room.now().plusSeconds(40));
        assertThat(describe(room.say("alex", "Thank you for waiting."))).containsExactly("message");
        assertThat(room.rebuilt().protocol()).isEqualTo(room.state.protocol());
    }

    @Test
    void aGuidedRoomResumesWhenEveryonePresentIsReady() {
        RoomFixture room = RoomFixture.guided("open", "alex", "sam");
        room.state.presence("alex", true);
        room.state.presence("sam", true);
        room.act("alex", new RoomCommand.RequestPause("break", 2, "box_breathing"));
        room.fireTimer();
        assertThat(describe(room.act("alex", new RoomCommand.Ready(5)))).containsExactly("ready", "calm_rating@alex");
        assertThat(describe(room.act("sam", new RoomCommand.Ready(4))))
                .containsExactly("ready", "calm_rating@sam", "resumed");
        assertThat(room.state.pause()).isEmpty();
    }

    @Test
    void someoneWhoLeftDuringTheCheckInIsWaitedFor() {
        RoomFixture room = RoomFixture.guided("open", "alex", "sam");
        room.state.presence("alex", true);
        room.state.presence("sam", true);
        room.act("alex", new RoomCommand.RequestPause("break", 2, null));
        room.fireTimer();
        room.act("alex", new RoomCommand.Ready(null));
        room.state.presence("sam", false);
        assertThat(room.act(RoomEvent.SYSTEM_ACTOR, new RoomCommand.ReviewReadiness()))
                .as("a time-out ends with everyone")
                .isEmpty();
        assertThat(room.state.pause()).isPresent();
    }

    @Test
    void nobodyEndsTheSessionToGetOutOfAPartnersTimeOut() {
        RoomFixture room = RoomFixture.guided("open", "alex", "sam");
        room.act("alex", new RoomCommand.RequestPause("flooded", null, null));
        room.refused("sam", new RoomCommand.EndSession(), Refusal.PAUSED);
        room.refusedSay("sam", Refusal.PAUSED);
    }

    @Test
    void aProtocolChosenDuringAPauseWaitsForTheResume() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam", "jamie");
        room.act("maya", new RoomCommand.PauseRoom(5, null));
        room.act("maya", new RoomCommand.SetProtocol("round"));
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        assertThat(room.state.nextTimer().orElseThrow().command()).isInstanceOf(RoomCommand.CheckIn.class);
        room.advance(Duration.ofMinutes(2));
        room.act("maya", new RoomCommand.Resume());
        assertThat(((RoundProtocol) room.state.protocol()).turns().deadline())
                .as("Alex's whole turn starts when the room goes on")
                .isEqualTo(room.now().plusSeconds(RoundProtocol.DEFAULT_LIMIT_SECONDS));
    }

    @Test
    void aGuidedRoomWithNobodyThereDoesNotGoOnByItself() {
        RoomFixture room = RoomFixture.guided("floor", "alex", "sam");
        room.state.presence("alex", true);
        room.state.presence("alex", false);
        room.act("alex", new RoomCommand.Turn(new TurnCommand.RaiseHand()));
        assertThat(((FloorProtocol) room.state.protocol()).holder())
                .as("nobody is online to take the floor")
                .isNull();
        room.state.presence("alex", true);
        room.act("sam", new RoomCommand.Turn(new TurnCommand.RaiseHand()));
        assertThat(((FloorProtocol) room.state.protocol()).holder()).isEqualTo("alex");
    }

    @Test
    void pauseRules() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        room.refused("alex", new RoomCommand.RequestPause("tired", null, null), Refusal.BAD_REQUEST);
        room.refused("alex", new RoomCommand.RequestPause("therapist", 5, null), Refusal.BAD_REQUEST);
        room.refused("alex", new RoomCommand.RequestPause("break", 0, null), Refusal.BAD_REQUEST);
        room.refused("alex", new RoomCommand.RequestPause("break", 1441, null), Refusal.BAD_REQUEST);
        room.refused("alex", new RoomCommand.RequestPause("break", 5, "yoga"), Refusal.BAD_REQUEST);
        room.refused("maya", new RoomCommand.RequestPause("break", 5, null), Refusal.FORBIDDEN);
        room.refused("alex", new RoomCommand.PauseRoom(5, null), Refusal.FORBIDDEN);
        room.refused("maya", new RoomCommand.Resume(), Refusal.INVALID_STATE);
        room.refused("alex", new RoomCommand.Ready(3), Refusal.INVALID_STATE);

        List<RoomEvent> short_ = room.act("alex", new RoomCommand.RequestPause("break", null, null));
        assertThat(paused(short_.get(0)).minutes())
                .as("the room's default pause")
                .isEqualTo(10);
        assertThat(paused(short_.get(0)).exercise()).isEqualTo(Exercise.BOX_BREATHING);
        List<RoomEvent> again = room.act("maya", new RoomCommand.PauseRoom(1440, "grounding_54321"));
        assertThat(paused(again.get(0)).reason().wireName())
                .as("a therapist may pause at any time")
                .isEqualTo("therapist");
        room.act("maya", new RoomCommand.Resume());
        room.act("maya", new RoomCommand.EndSession());
        room.refused("alex", new RoomCommand.RequestPause("break", 5, null), Refusal.NO_SESSION);
    }

    @Test
    void aHeatedExchangeRaisesAnEscalationForTherapistsOnly() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        List<RoomEvent> calm = room.say("alex", "I felt hurt when you left early.");
        assertThat(describe(calm)).containsExactly("message");

        List<RoomEvent> hot = room.say("alex", "You NEVER listen, you selfish idiot!!!");
        assertThat(describe(hot)).containsExactly("message", "signals@alex");
        RoomEvent signals = hot.get(1);
        assertThat(signals.audience()).isEqualTo(Audience.THERAPISTS);
        assertThat(signals.payload(EventPayload.Signals.class).signals())
                .extracting(Evidence::kind)
                .containsExactlyInAnyOrder("criticism", "contempt", "shouting");
        room.advance(Duration.ofSeconds(20));
        List<RoomEvent> hotter = room.say("alex", "Whatever. You always do this and I'm done.");
        assertThat(describe(hotter)).containsExactly("message", "signals@alex", "escalation@alex");
        RoomEvent escalation = hotter.get(2);
        assertThat(escalation.audience()).isEqualTo(Audience.THERAPISTS);
        assertThat(escalation.payload(EventPayload.Escalation.class).action()).isEqualTo("suggest_pause");
        assertThat(escalation.payload(EventPayload.Escalation.class).heatPercent())
                .isGreaterThanOrEqualTo(100);
        assertThat(room.state.pause())
                .as("a moderated room only suggests a pause")
                .isEmpty();

        room.advance(Duration.ofSeconds(5));
        assertThat(describe(room.say("alex", "Whatever.")))
                .as("one heated exchange, one alert: the running heat starts again")
                .containsExactly("message", "signals@alex");
    }

    @Test
    void aGuidedRoomPausesItselfWhenItHeatsUp() {
        RoomFixture room = RoomFixture.guided("open", "alex", "sam");
        room.say("alex", "You NEVER listen, you selfish idiot!!!");
        List<RoomEvent> hotter = room.say("alex", "Whatever. You always do this and I'm done.");
        assertThat(describe(hotter)).containsExactly("message", "signals@alex", "escalation@alex", "paused");
        assertThat(hotter.get(2).payload(EventPayload.Escalation.class).action())
                .isEqualTo("paused");
        assertThat(paused(hotter.get(3)).reason().wireName()).isEqualTo("escalation");
        assertThat(hotter.get(3).actorId()).isEqualTo(RoomEvent.SYSTEM_ACTOR);
        room.refusedSay("sam", Refusal.PAUSED);
    }

    @Test
    void rapidFireCountsInAnOpenConversation() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        room.say("alex", "Hello?");
        // Not "Are you there?": the learned layer finds it resembling a veiled threat (a known false alarm).
        room.say("alex", "Where are you?");
        room.say("alex", "Answer me.");
        List<RoomEvent> fourth = room.say("alex", "Hello??");
        assertThat(describe(fourth)).containsExactly("message", "signals@alex");
        assertThat(fourth.get(1)
                        .payload(EventPayload.Signals.class)
                        .signals()
                        .get(0)
                        .kind())
                .isEqualTo("rapid_fire");
    }

    @Test
    void wordsOfHarmRaiseASafetyAlertNeverHeat() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        List<RoomEvent> said = room.say("sam", "I don't want to wake up tomorrow.");
        assertThat(describe(said)).containsExactly("held_message@sam", "safety_alert@sam", "resources_offered@sam");
        RoomEvent alert = said.get(1);
        assertThat(alert.audience()).isEqualTo(Audience.THERAPISTS);
        assertThat(alert.kind()).isEqualTo(EventKind.SAFETY_ALERT);
        assertThat(alert.payload(EventPayload.SafetyAlert.class).region())
                .as("a room without a region of its own names none: the writer sees the practice's")
                .isNull();
        assertThat(alert.payload(EventPayload.SafetyAlert.class).concerns())
                .extracting(Evidence::kind)
                .containsExactly("self_harm");
    }

    private static EventPayload.Paused paused(RoomEvent e) {
        return e.payload(EventPayload.Paused.class);
    }

    @Test
    void aSafetyAlertNamesTheRoomsCrisisRegion() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        RegulationSettings regulation = room.room.regulation();
        room.act(
                "maya",
                new RoomCommand.ChangeSettings(
                        "Room",
                        false,
                        new RegulationSettings(
                                regulation.pauseMinutes(),
                                regulation.pauseExercise(),
                                regulation.escalationThreshold(),
                                "gb")));

        List<RoomEvent> said = room.say("sam", "I don't want to wake up tomorrow.");

        assertThat(said.get(1).payload(EventPayload.SafetyAlert.class).region()).isEqualTo("GB");
    }
}

package org.attune.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.domain.room.RoomFixture.describe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.regulation.Pause;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.junit.jupiter.api.Test;

/** A kinder time-out: it ends with everyone, anyone may take more time, and its caller says when they are back. */
class TimeOutTest {

    private static final AlertPolicy TWO_CONTACTS = new AlertPolicy(2, Duration.ofMinutes(10), Duration.ofMinutes(15));

    @Test
    void aGuidedTimeOutWaitsForTheOneWhoWalkedAwayAndTellsThePracticeOnce() {
        RoomFixture room = RoomFixture.guided("open", "alex", "sam");
        room.state.presence("alex", true);
        room.state.presence("sam", true);
        room.act("sam", new RoomCommand.RequestPause("flooded", null, null));
        room.state.presence("sam", false);
        assertThat(describe(room.fireTimer())).containsExactly("check_in");
        Instant opened = room.now();

        assertThat(describe(room.act("alex", new RoomCommand.Ready(5))))
                .as("Sam walked away: the room does not go on without them")
                .containsExactly("ready", "calm_rating@alex");
        assertThat(room.act(RoomEvent.SYSTEM_ACTOR, new RoomCommand.ReviewReadiness()))
                .isEmpty();
        assertThat(room.state.pause()).isPresent();

        RoomState.Timer wait = room.state.nextTimer().orElseThrow();
        assertThat(wait.command()).isEqualTo(new RoomCommand.CheckInWaited(opened));
        assertThat(wait.at()).isEqualTo(opened.plus(AlertPolicy.DEFAULT_CHECK_IN_WAIT));
        assertThat(room.act(RoomEvent.SYSTEM_ACTOR, wait.command(), opened.plusSeconds(60)))
                .as("not before its time")
                .isEmpty();

        List<RoomEvent> waiting = room.fireTimer();
        assertThat(describe(waiting)).containsExactly("check_in_waiting");
        assertThat(waiting.get(0).audience()).isEqualTo(Audience.EVERYONE);
        assertThat(waiting.get(0).targetId()).as("naming nobody").isEmpty();
        assertThat(waiting.get(0).payload(EventPayload.PracticeTold.class).told())
                .as("no therapist here and no on-call contacts: it waits for the room's therapist")
                .isEqualTo(EventPayload.PracticeTold.PRACTICE);
        assertThat(room.act(RoomEvent.SYSTEM_ACTOR, wait.command()))
                .as("told once")
                .isEmpty();
        assertThat(room.state.nextTimer()).isEmpty();
        assertThat(room.state.pause().orElseThrow().told())
                .as("the room keeps who was told, for a page that joins or reconnects")
                .isEqualTo(EventPayload.PracticeTold.PRACTICE);
        assertThat(room.rebuilt().pause()).isEqualTo(room.state.pause());
        assertThat(room.rebuilt().nextTimer())
                .as("a restart tells nobody twice")
                .isEmpty();

        room.state.presence("sam", true);
        assertThat(describe(room.act("sam", new RoomCommand.Ready(4))))
                .as("the room goes on when everyone is back and ready")
                .containsExactly("ready", "calm_rating@sam", "resumed");
    }

    @Test
    void theTherapistWhoIsHereIsToldElseTheOnCallContact() {
        RoomFixture here = RoomFixture.open(RoomMode.GUIDED, TWO_CONTACTS, "open", "alex", "sam");
        here.state.presence("maya", true);
        here.act("alex", new RoomCommand.RequestPause("break", 5, null));
        here.fireTimer();
        assertThat(told(here.fireTimer())).isEqualTo(EventPayload.PracticeTold.THERAPIST);
        assertThat(describe(here.act("maya", new RoomCommand.Resume())))
                .as("a therapist can still resume")
                .containsExactly("resumed");

        RoomFixture away = RoomFixture.open(RoomMode.GUIDED, TWO_CONTACTS, "open", "alex", "sam");
        away.act("alex", new RoomCommand.RequestPause("break", 5, null));
        away.fireTimer();
        away.act("alex", new RoomCommand.Ready(null));
        assertThat(away.state.nextTimer().orElseThrow().at())
                .isEqualTo(away.now().plus(Duration.ofMinutes(15)));
        assertThat(told(away.fireTimer())).isEqualTo(EventPayload.PracticeTold.ON_CALL);
    }

    @Test
    void aModeratedRoomsCheckInWaitsForItsTherapistWithNoTimer() {
        RoomFixture room = RoomFixture.moderated("open", "alex", "sam");
        room.act("alex", new RoomCommand.RequestPause("break", 5, null));
        room.fireTimer();
        assertThat(room.state.nextTimer()).isEmpty();
    }

    @Test
    void atTheCheckInAnyoneMayTakeMoreTimeAndTheRoomSeesOnlyUntilWhen() {
        RoomFixture room = RoomFixture.guided("open", "alex", "sam");
        room.act("alex", new RoomCommand.RequestPause("break", 10, null));
        room.refused("sam", new RoomCommand.MoreTime(10), Refusal.INVALID_STATE);
        Instant firstUntil = room.state.pause().orElseThrow().until();
        room.fireTimer();
        room.act("alex", new RoomCommand.Ready(4));
        room.refused("maya", new RoomCommand.MoreTime(10), Refusal.FORBIDDEN);
        room.refused("sam", new RoomCommand.MoreTime(0), Refusal.BAD_REQUEST);
        room.refused("sam", new RoomCommand.MoreTime(24 * 60), Refusal.BAD_REQUEST);

        List<RoomEvent> more = room.act("sam", new RoomCommand.MoreTime(15));
        assertThat(describe(more)).containsExactly("more_time@sam", "pause_extended");
        Instant until = room.now().plus(Duration.ofMinutes(15));
        assertThat(more.get(0).audience()).as("therapists see who asked").isEqualTo(Audience.THERAPISTS_AND_TARGET);
        assertThat(more.get(1).audience()).isEqualTo(Audience.EVERYONE);
        assertThat(more.get(1).actorId())
                .as("the room's own word, naming nobody")
                .isEqualTo(RoomEvent.SYSTEM_ACTOR);
        assertThat(more.get(1).payload(EventPayload.Deadline.class).until()).isEqualTo(until);

        Pause pause = room.state.pause().orElseThrow();
        assertThat(pause.checkingIn()).as("the check-in closes").isFalse();
        assertThat(pause.ready()).as("and everyone checks in afresh").isEmpty();
        assertThat(pause.until()).isEqualTo(until);
        room.refusedSay("alex", Refusal.PAUSED);
        assertThat(room.act(RoomEvent.SYSTEM_ACTOR, new RoomCommand.CheckIn(firstUntil)))
                .as("the old check-in time no longer applies")
                .isEmpty();
        assertThat(room.rebuilt().pause()).isEqualTo(room.state.pause());
        assertThat(describe(room.fireTimer()))
                .as("it opens again at the new time")
                .containsExactly("check_in");
        assertThat(room.now()).isEqualTo(until);
    }

    @Test
    void aBreakLastsAtMostADayInAllWithItsExtensions() {
        RoomFixture room = RoomFixture.guided("open", "alex", "sam");
        room.act("alex", new RoomCommand.RequestPause("break", 23 * 60, null));
        room.fireTimer();
        room.refused("alex", new RoomCommand.MoreTime(61), Refusal.BAD_REQUEST);
        assertThat(describe(room.act("alex", new RoomCommand.MoreTime(60))))
                .containsExactly("more_time@alex", "pause_extended");
    }

    @Test
    void readyButNotCalmYetIsAskedPrivatelyAboutMoreTime() {
        RoomFixture room = RoomFixture.guided("open", "alex", "sam");
        room.act("alex", new RoomCommand.RequestPause("break", 5, null));
        room.fireTimer();
        assertThat(describe(room.act("alex", new RoomCommand.Ready(3)))).containsExactly("ready", "calm_rating@alex");
        List<RoomEvent> notCalm = room.act("sam", new RoomCommand.Ready(2));
        assertThat(describe(notCalm))
                .as("not counted ready yet, so the room does not go on before Sam answers")
                .containsExactly("calm_rating@sam", "more_time_offered@sam");
        RoomEvent offer = notCalm.get(1);
        assertThat(offer.audience()).isEqualTo(Audience.THERAPISTS_AND_TARGET);
        assertThat(offer.payload(EventPayload.MoreTimeOffered.class).minutes()).isEqualTo(10);
        assertThat(offer.visibleTo("alex", org.attune.domain.member.RoomRole.PARTICIPANT))
                .as("the partner never sees it")
                .isFalse();

        assertThat(describe(room.act("sam", new RoomCommand.Ready(null))))
                .as("\"I'm ready\": now the room goes on")
                .containsExactly("ready", "resumed");
    }

    @Test
    void theOneAskedAboutMoreTimeMayTakeItAndTheRoomWaits() {
        RoomFixture room = RoomFixture.guided("open", "alex", "sam");
        room.act("alex", new RoomCommand.RequestPause("break", 5, null));
        room.fireTimer();
        room.act("alex", new RoomCommand.Ready(4));
        room.act("sam", new RoomCommand.Ready(1));

        assertThat(describe(room.act("sam", new RoomCommand.MoreTime(10))))
                .containsExactly("more_time@sam", "pause_extended");
    }

    @Test
    void whoeverCallsATimeOutMaySayWhenTheyWillBeBack() {
        RoomFixture room = RoomFixture.guided("open", "alex", "sam");
        Instant now = room.now();
        room.refused(
                "alex",
                new RoomCommand.RequestPause("flooded", null, null, now.plus(Duration.ofMinutes(10))),
                Refusal.BAD_REQUEST);
        room.refused(
                "alex",
                new RoomCommand.RequestPause("break", 30, null, now.plus(Duration.ofMinutes(30))),
                Refusal.BAD_REQUEST);
        room.refused(
                "alex", new RoomCommand.RequestPause("break", null, null, now.minusSeconds(60)), Refusal.BAD_REQUEST);
        room.refused(
                "alex",
                new RoomCommand.RequestPause("break", null, null, now.plus(Duration.ofHours(25))),
                Refusal.BAD_REQUEST);

        Instant back = now.plus(Duration.ofMinutes(25)).plusSeconds(30);
        List<RoomEvent> paused = room.act("alex", new RoomCommand.RequestPause("flooded", null, null, back));
        assertThat(describe(paused)).containsExactly("paused");
        EventPayload.Paused p = paused.get(0).payload(EventPayload.Paused.class);
        assertThat(p.until())
                .as("the break lasts until they said they would be back")
                .isEqualTo(back);
        assertThat(p.minutes()).isEqualTo(26);
        assertThat(paused.get(0).actorId()).isEqualTo("alex");
        assertThat(room.state.nextTimer().orElseThrow().at()).isEqualTo(back);
    }

    private static String told(List<RoomEvent> events) {
        assertThat(events).hasSize(1);
        assertThat(events.get(0).kind()).isEqualTo(EventKind.CHECK_IN_WAITING);
        return events.get(0).payload(EventPayload.PracticeTold.class).told();
    }
}

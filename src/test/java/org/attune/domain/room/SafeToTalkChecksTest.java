package org.attune.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.domain.room.RoomFixture.describe;

import java.time.Duration;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.RoomRole;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.regulation.SafeToTalkAnswer;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.EventPayload.ResourcesOffered;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.TurnCommand;
import org.junit.jupiter.api.Test;

/**
 * A therapist's private check-in, "Are you safe to talk right now?": one
 * participant is asked, only they and the therapists ever see it or its
 * answer, and an answer of no or not sure offers them resources without
 * pausing the room, with a safety alert when no therapist is there to read it.
 */
class SafeToTalkChecksTest {

    private static final AlertPolicy TWO_CONTACTS = new AlertPolicy(2, Duration.ofMinutes(10));

    /** maya (therapist), alex and sam (participants), the session running; maya connected. */
    private static RoomFixture couple() {
        RoomFixture room = RoomFixture.open(RoomMode.MODERATED, TWO_CONTACTS, "open", "alex", "sam");
        room.state.presence("maya", true);
        room.state.presence("alex", true);
        room.state.presence("sam", true);
        return room;
    }

    private static long ask(RoomFixture room, String member) {
        List<RoomEvent> asked = room.act("maya", new RoomCommand.AskSafeToTalk(member));
        assertThat(describe(asked)).containsExactly("safe_to_talk_asked@" + member);
        return asked.get(0).seq();
    }

    private static List<RoomEvent> answer(RoomFixture room, String member, long check, String answer) {
        return room.act(member, new RoomCommand.AnswerSafeToTalk(check, answer));
    }

    private static void onlyTheTherapistAndSamSee(RoomFixture room, List<RoomEvent> events) {
        for (RoomEvent e : events) {
            assertThat(room.state.maySee("maya", e)).as(e.kind().wireName()).isTrue();
            assertThat(room.state.maySee("alex", e))
                    .as("alex never learns of " + e.kind().wireName())
                    .isFalse();
        }
    }

    @Test
    void aTherapistAsksOneParticipantAndOnlyTheyAndTheTherapistsSeeIt() {
        RoomFixture room = couple();

        List<RoomEvent> asked = room.act("maya", new RoomCommand.AskSafeToTalk("sam"));

        assertThat(describe(asked)).containsExactly("safe_to_talk_asked@sam");
        RoomEvent check = asked.get(0);
        assertThat(check.actorId()).isEqualTo("maya");
        assertThat(check.audience()).isEqualTo(Audience.THERAPISTS_AND_TARGET);
        assertThat(room.state.maySee("sam", check)).isTrue();
        onlyTheTherapistAndSamSee(room, asked);
        assertThat(room.rebuilt().maySee("alex", check))
                .as("nor after a restart")
                .isFalse();
    }

    @Test
    void aCheckInCanBeSentAtAnyTimeWhateverTheTurnThePauseOrAMute() {
        RoomFixture room = RoomFixture.open(RoomMode.MODERATED, TWO_CONTACTS, "floor", "alex", "sam");
        room.turn("maya", new TurnCommand.GrantFloor("alex"));
        long duringAlexsTurn = ask(room, "sam");
        answer(room, "sam", duringAlexsTurn, "yes");

        room.act("maya", new RoomCommand.Mute("sam", 10));
        room.act("maya", new RoomCommand.PauseRoom(5, null));
        long whileMutedAndPaused = ask(room, "sam");
        assertThat(describe(answer(room, "sam", whileMutedAndPaused, "yes")))
                .containsExactly("safe_to_talk_answered@sam");

        room.act("maya", new RoomCommand.EndSession());
        long withoutASession = ask(room, "alex");
        assertThat(describe(answer(room, "alex", withoutASession, "yes")))
                .containsExactly("safe_to_talk_answered@alex");
    }

    @Test
    void someoneWaitingInTheLobbyIsAskedAndAnswersFromThere() {
        RoomFixture room = RoomFixture.withSamInTheLobby();
        room.state.presence("maya", true);

        long check = ask(room, "sam");
        List<RoomEvent> answered = answer(room, "sam", check, "no");

        assertThat(describe(answered)).containsExactly("safe_to_talk_answered@sam", "resources_offered@sam");
        long again = ask(room, "sam");
        room.state.presence("maya", false);
        List<RoomEvent> notSure = answer(room, "sam", again, "not_sure");
        assertThat(describe(notSure)).startsWith("safe_to_talk_answered@sam", "safety_alert@sam");
        assertThat(room.state.maySee("sam", notSure.get(1)))
                .as("waiting in the lobby, sam never sees the therapists' alert about them")
                .isFalse();
        for (RoomEvent e : room.log.stream()
                .filter(e -> e.audience() != Audience.THERAPISTS)
                .toList()) {
            assertThat(room.state.maySee("sam", e))
                    .as("waiting, sam sees " + e.kind().wireName())
                    .isTrue();
        }
        onlyTheTherapistAndSamSee(room, room.log);
    }

    @Test
    void onlyATherapistOfTheRoomAsksAndOnlyAParticipantMember() {
        RoomFixture room = couple();
        room.state
                .roster()
                .put(new org.attune.domain.member.MemberView(
                        "olga", "olga", RoomRole.OBSERVER, MemberStatus.ACTIVE, null));
        room.state
                .roster()
                .put(new org.attune.domain.member.MemberView(
                        "theo", "theo", RoomRole.THERAPIST, MemberStatus.ACTIVE, null));

        room.refused("alex", new RoomCommand.AskSafeToTalk("sam"), Refusal.FORBIDDEN);
        room.refused("olga", new RoomCommand.AskSafeToTalk("sam"), Refusal.FORBIDDEN);
        room.refused("maya", new RoomCommand.AskSafeToTalk("theo"), Refusal.INVALID_STATE);
        room.refused("maya", new RoomCommand.AskSafeToTalk("maya"), Refusal.INVALID_STATE);
        room.refused("maya", new RoomCommand.AskSafeToTalk("olga"), Refusal.INVALID_STATE);
        room.refused("maya", new RoomCommand.AskSafeToTalk("nobody"), Refusal.NOT_FOUND);
        room.act("maya", new RoomCommand.Remove("alex"));
        room.refused("maya", new RoomCommand.AskSafeToTalk("alex"), Refusal.NOT_FOUND);
        assertThat(describe(room.act("theo", new RoomCommand.AskSafeToTalk("sam"))))
                .as("any therapist of the room asks")
                .containsExactly("safe_to_talk_asked@sam");
    }

    @Test
    void oneCheckInWaitsPerParticipantUntilTheyAnswerEvenAfterARestart() {
        RoomFixture room = couple();
        long check = ask(room, "sam");

        room.refused("maya", new RoomCommand.AskSafeToTalk("sam"), Refusal.INVALID_STATE);
        ask(room, "alex");
        assertThatThrownBy(
                        () -> room.rebuilt().handle("maya", "again", new RoomCommand.AskSafeToTalk("sam"), room.now()))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_STATE));

        answer(room, "sam", check, "yes");
        assertThat(ask(room, "sam")).as("answered, sam may be asked again").isGreaterThan(check);
    }

    @Test
    void aYesReachesTheTherapistsAndNothingElseHappens() {
        RoomFixture room = couple();
        long check = ask(room, "sam");

        List<RoomEvent> answered = answer(room, "sam", check, "yes");

        assertThat(describe(answered)).containsExactly("safe_to_talk_answered@sam");
        RoomEvent yes = answered.get(0);
        assertThat(yes.actorId()).isEqualTo("sam");
        assertThat(yes.audience()).isEqualTo(Audience.THERAPISTS_AND_TARGET);
        assertThat(yes.payload(EventPayload.SafeToTalkAnswered.class))
                .isEqualTo(new EventPayload.SafeToTalkAnswered(check, SafeToTalkAnswer.YES));
        onlyTheTherapistAndSamSee(room, answered);
    }

    @Test
    void aNoWithTheTherapistHereOffersResourcesPrivatelyAndDoesNotPauseTheRoom() {
        RoomFixture room = couple();
        long check = ask(room, "sam");

        List<RoomEvent> answered = answer(room, "sam", check, "no");

        assertThat(describe(answered)).containsExactly("safe_to_talk_answered@sam", "resources_offered@sam");
        assertThat(answered.get(0)
                        .payload(EventPayload.SafeToTalkAnswered.class)
                        .answer())
                .isEqualTo(SafeToTalkAnswer.NO);
        assertThat(answered.get(1).payload(ResourcesOffered.class))
                .isEqualTo(
                        new ResourcesOffered(null, ResourcesOffered.SAFE_TO_TALK, ResourcesOffered.THERAPIST_HERE, 0));
        onlyTheTherapistAndSamSee(room, answered);
        assertThat(room.state.pause()).as("a pause would tell alex").isEmpty();
        assertThat(room.state.safetyAlerts()).as("the therapist reads it now").isEmpty();
        room.say("alex", "Shall we go on?");
    }

    @Test
    void notSureWithNoTherapistConnectedRaisesASafetyAlertForTheOnCallContact() {
        RoomFixture room = couple();
        long check = ask(room, "sam");
        room.state.presence("maya", false);

        List<RoomEvent> answered = answer(room, "sam", check, "not_sure");

        assertThat(describe(answered))
                .containsExactly(
                        "safe_to_talk_answered@sam",
                        "safety_alert@sam",
                        "alert_escalated@sam",
                        "resources_offered@sam");
        RoomEvent alert = answered.get(1);
        assertThat(alert.audience()).isEqualTo(Audience.THERAPISTS);
        assertThat(alert.payload(EventPayload.SafetyAlert.class).concerns())
                .containsExactly(new Evidence(SafeToTalkChecks.CONCERN, "answered not sure"));
        assertThat(alert.payload(EventPayload.SafetyAlert.class).message())
                .isEqualTo(answered.get(0).seq());
        assertThat(answered.get(2).payload(EventPayload.AlertEscalated.class).level())
                .isEqualTo(1);
        assertThat(answered.get(3).payload(ResourcesOffered.class))
                .isEqualTo(
                        new ResourcesOffered(null, ResourcesOffered.SAFE_TO_TALK, ResourcesOffered.THERAPIST_AWAY, 10));
        onlyTheTherapistAndSamSee(room, answered);
        assertThat(room.state.maySee("sam", alert))
                .as("the alert itself is for clinicians")
                .isFalse();
        assertThat(room.state.safetyAlerts())
                .singleElement()
                .satisfies(a -> assertThat(a.seq()).isEqualTo(alert.seq()));
        assertThat(room.state.pause()).isEmpty();
        assertThat(describe(room.act("maya", new RoomCommand.AcknowledgeAlert(alert.seq()))))
                .containsExactly("alert_acknowledged@sam");
    }

    @Test
    void anAnswerIsForTheOneAskedOnceAndSomeoneElseLearnsNothingByTrying() {
        RoomFixture room = couple();
        long check = ask(room, "sam");
        long message = room.say("alex", "Hello").get(0).seq();

        String toAlex = refusal(room, "alex", new RoomCommand.AnswerSafeToTalk(check, "yes"), Refusal.NOT_FOUND);
        String unknown = refusal(room, "alex", new RoomCommand.AnswerSafeToTalk(9999, "yes"), Refusal.NOT_FOUND);
        assertThat(toAlex).as("the same words whether or not sam was asked").isEqualTo(unknown);
        room.refused("sam", new RoomCommand.AnswerSafeToTalk(message, "yes"), Refusal.NOT_FOUND);
        room.refused("maya", new RoomCommand.AnswerSafeToTalk(check, "yes"), Refusal.NOT_FOUND);
        room.refused("sam", new RoomCommand.AnswerSafeToTalk(check, "maybe"), Refusal.BAD_REQUEST);
        room.refused("sam", new RoomCommand.AnswerSafeToTalk(check, null), Refusal.BAD_REQUEST);

        answer(room, "sam", check, "no");

        room.refused("sam", new RoomCommand.AnswerSafeToTalk(check, "yes"), Refusal.INVALID_STATE);
        assertThatThrownBy(() -> room.rebuilt()
                        .handle("sam", "again", new RoomCommand.AnswerSafeToTalk(check, "yes"), room.now()))
                .as("answered stays answered after a restart")
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_STATE));
        assertThat(room.log.stream().filter(e -> e.kind() == EventKind.SAFE_TO_TALK_ANSWERED))
                .hasSize(1);
    }

    private static String refusal(RoomFixture room, String actor, RoomCommand command, Refusal refusal) {
        room.refused(actor, command, refusal);
        try {
            room.state.handle(actor, "probe", command, room.now());
        } catch (RefusedException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }
}

package org.attune.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.domain.room.RoomFixture.CALM_ANSWERS;
import static org.attune.domain.room.RoomFixture.T0;
import static org.attune.domain.room.RoomFixture.describe;

import java.time.Duration;
import java.util.List;
import org.attune.domain.RefusedException;
import org.attune.domain.intake.DirectAnswer;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.junit.jupiter.api.Test;

/**
 * The safety screen before joint work: each participant answers on their own,
 * the answers reach the therapists alone, and no session starts until a
 * therapist opens the room; in a guided room, not while a flag is open.
 */
class JointWorkGateTest {

    /** HITS 14 of 20, afraid, not sure it is safe to talk. */
    private static final ScreenAnswers WORRYING =
            new ScreenAnswers(3, 4, 3, 4, DirectAnswer.YES, DirectAnswer.NOT_SURE);

    private static final AlertPolicy TWO_CONTACTS = new AlertPolicy(2, Duration.ofMinutes(10));

    /** Maya, their therapist; Alex and Sam; Riley observes; Jamie waits in the lobby. */
    private static RoomFixture room(RoomMode mode) {
        Room room = Room.open("Alex and Sam", RoomKind.COUPLE, mode, "maya", T0);
        return RoomFixture.of(
                room,
                List.of(
                        new Member(room.id(), "maya", "Maya Ortiz", RoomRole.THERAPIST, MemberStatus.ACTIVE, T0),
                        new Member(room.id(), "alex", "Alex Chen", RoomRole.PARTICIPANT, MemberStatus.ACTIVE, T0),
                        new Member(room.id(), "sam", "Sam Rivera", RoomRole.PARTICIPANT, MemberStatus.ACTIVE, T0),
                        new Member(room.id(), "riley", "Riley Blake", RoomRole.OBSERVER, MemberStatus.ACTIVE, T0)),
                TWO_CONTACTS);
    }

    private static String refusal(RoomFixture room, String actor, RoomCommand command) {
        long before = room.state.lastSeq();
        RefusedException refused = (RefusedException)
                org.assertj.core.api.Assertions.catchThrowable(() -> room.state.handle(actor, "x", command, T0));
        assertThat(refused).as("refused").isNotNull();
        assertThat(room.state.lastSeq()).as("a refused command changes nothing").isEqualTo(before);
        return refused.refusal().code() + ": " + refused.getMessage();
    }

    @Test
    void noSessionStartsUntilATherapistOpensTheRoom() {
        RoomFixture room = room(RoomMode.MODERATED);

        assertThat(refusal(room, "maya", new RoomCommand.StartSession()))
                .startsWith("invalid_state: Open the room for conversation first");
        List<RoomEvent> cleared = room.act("maya", new RoomCommand.ClearRoom());

        assertThat(describe(cleared)).containsExactly("room_cleared");
        assertThat(cleared.get(0).audience()).isEqualTo(Audience.EVERYONE);
        assertThat(describe(room.act("maya", new RoomCommand.StartSession()))).containsExactly("session_started");
        assertThat(room.state.screen().cleared()).isTrue();
    }

    @Test
    void theAnswersReachTheTherapistsAloneAndTheWriterIsToldWithoutThem() {
        RoomFixture room = room(RoomMode.MODERATED);

        List<RoomEvent> answered = room.act("alex", new RoomCommand.AnswerScreen(CALM_ANSWERS));

        assertThat(describe(answered)).containsExactly("screen_answered@alex", "screen_received@alex");
        RoomEvent answers = answered.get(0);
        RoomEvent received = answered.get(1);
        assertThat(answers.payload(EventPayload.ScreenAnswered.class).answers()).isEqualTo(CALM_ANSWERS);
        assertThat(room.state.maySee("maya", answers)).isTrue();
        for (String other : List.of("alex", "sam", "riley")) {
            assertThat(room.state.maySee(other, answers)).as(other).isFalse();
        }
        assertThat(received.payload()).isEqualTo(EventPayload.None.INSTANCE);
        assertThat(room.state.maySee("alex", received)).isTrue();
        assertThat(room.state.maySee("maya", received)).isTrue();
        assertThat(room.state.maySee("sam", received))
                .as("not even that Alex answered")
                .isFalse();
        assertThat(room.state.maySee("riley", received)).isFalse();
        assertThat(room.state.seqOfCommand("alex", "c1")).contains(answers.seq());
    }

    @Test
    void onlyParticipantsAnswerAlsoFromTheLobby() {
        RoomFixture room = room(RoomMode.MODERATED);

        assertThat(refusal(room, "maya", new RoomCommand.AnswerScreen(CALM_ANSWERS)))
                .startsWith("forbidden");
        assertThat(refusal(room, "riley", new RoomCommand.AnswerScreen(CALM_ANSWERS)))
                .startsWith("forbidden");
        assertThat(refusal(room, "stranger", new RoomCommand.AnswerScreen(CALM_ANSWERS)))
                .startsWith("forbidden");

        RoomFixture lobby = room(RoomMode.MODERATED);
        lobby.room.requireAdmission(true);
        RoomFixture waiting = RoomFixture.of(lobby.room, lobby.members);
        waiting.act("jamie", new RoomCommand.Join("jamie", "Jamie Blake", RoomRole.PARTICIPANT));
        assertThat(waiting.state.member("jamie").orElseThrow().status()).isEqualTo(MemberStatus.WAITING);
        List<RoomEvent> fromTheLobby = waiting.act("jamie", new RoomCommand.AnswerScreen(CALM_ANSWERS));
        assertThat(describe(fromTheLobby)).containsExactly("screen_answered@jamie", "screen_received@jamie");
        assertThat(waiting.state.maySee("jamie", fromTheLobby.get(1))).isTrue();
        assertThat(waiting.state.maySee("jamie", fromTheLobby.get(0))).isFalse();
    }

    @Test
    void answersThatRaiseAFlagAlertTheTherapistsThroughTheRoomsSafetyAlerts() {
        RoomFixture room = room(RoomMode.MODERATED);

        List<RoomEvent> answered = room.act("sam", new RoomCommand.AnswerScreen(WORRYING));

        assertThat(describe(answered))
                .as("nobody of the room is connected: the on-call contact is told at once")
                .containsExactly(
                        "screen_answered@sam", "safety_alert@sam", "alert_escalated@sam", "screen_received@sam");
        RoomEvent alert = answered.get(1);
        assertThat(alert.audience()).isEqualTo(Audience.THERAPISTS);
        EventPayload.SafetyAlert about = alert.payload(EventPayload.SafetyAlert.class);
        assertThat(about.message()).isEqualTo(answered.get(0).seq());
        assertThat(about.concerns())
                .extracting(e -> e.kind() + " " + e.words())
                .containsExactly(
                        "abuse safety screen: HITS 14 of 20, above 10",
                        "fear safety screen: afraid of someone in this room: yes",
                        "fear safety screen: safe to talk openly here: not sure");
        assertThat(room.state.screen().openFlags()).containsOnlyKeys("sam");
        assertThat(room.state.safetyAlerts())
                .singleElement()
                .satisfies(a -> assertThat(a.seq()).isEqualTo(alert.seq()));
        assertThat(room.state.maySee("alex", alert)).isFalse();
        assertThat(room.state.maySee("sam", alert)).isFalse();
        assertThat(describe(room.act("maya", new RoomCommand.AcknowledgeAlert(alert.seq()))))
                .containsExactly("alert_acknowledged@sam");
    }

    @Test
    void withTheTherapistConnectedAFlagAlertsThemAndNobodyElseIsTold() {
        RoomFixture room = room(RoomMode.MODERATED);
        room.state.presence("maya", true);

        assertThat(describe(room.act("sam", new RoomCommand.AnswerScreen(WORRYING))))
                .containsExactly("screen_answered@sam", "safety_alert@sam", "screen_received@sam");
    }

    @Test
    void inAModeratedRoomTheTherapistMayOpenTheRoomWhileSomeoneHasNotAnsweredOrAFlagIsOpen() {
        RoomFixture room = room(RoomMode.MODERATED);
        room.act("sam", new RoomCommand.AnswerScreen(WORRYING));

        ScreenStatus before = room.state.screen();
        assertThat(before.notAnswered()).extracting(m -> m.id()).containsExactly("alex");
        assertThat(before.openFlags()).containsOnlyKeys("sam");
        assertThat(before.answered()).containsExactly("sam");

        room.act("maya", new RoomCommand.ClearRoom());
        assertThat(describe(room.act("maya", new RoomCommand.StartSession()))).containsExactly("session_started");
    }

    @Test
    void inAGuidedRoomEveryoneAnswersFirstAndNoSessionStartsWhileAFlagIsOpen() {
        RoomFixture room = room(RoomMode.GUIDED);
        room.act("alex", new RoomCommand.AnswerScreen(CALM_ANSWERS));
        assertThat(refusal(room, "maya", new RoomCommand.ClearRoom()))
                .isEqualTo("invalid_state: In a guided room nobody moderates live, so everyone taking part answers"
                        + " the safety screen before it opens. Not answered yet: Sam Rivera.");
        RoomEvent flagged =
                room.act("sam", new RoomCommand.AnswerScreen(WORRYING)).get(0);
        room.act("maya", new RoomCommand.ClearRoom());

        assertThat(refusal(room, "alex", new RoomCommand.StartSession()))
                .as("Alex is told nothing of Sam's screen")
                .isEqualTo("invalid_state: " + JointWorkGate.NOT_OPEN_YET);
        assertThat(refusal(room, "maya", new RoomCommand.StartSession()))
                .isEqualTo("invalid_state: A safety flag is open: in a guided room no session starts until you"
                        + " resolve it.");

        List<RoomEvent> resolved =
                room.act("maya", new RoomCommand.ResolveFlag("sam", " Called Sam; a safety plan is in place. "));
        assertThat(describe(resolved)).containsExactly("flag_resolved@sam");
        assertThat(resolved.get(0).audience()).isEqualTo(Audience.THERAPISTS);
        assertThat(resolved.get(0).payload(EventPayload.FlagResolved.class))
                .isEqualTo(new EventPayload.FlagResolved(flagged.seq(), "Called Sam; a safety plan is in place."));
        assertThat(describe(room.act("alex", new RoomCommand.StartSession()))).contains("session_started");
    }

    @Test
    void aParticipantBeforeClearanceHearsOnlyThatTheRoomIsNotOpenYet() {
        RoomFixture room = room(RoomMode.GUIDED);
        assertThat(refusal(room, "alex", new RoomCommand.StartSession()))
                .isEqualTo("invalid_state: " + JointWorkGate.NOT_OPEN_YET);
    }

    @Test
    void aLaterAnswerReplacesTheEarlierAndAFlagInItClosesTheRoomAgainForReview() {
        RoomFixture room = room(RoomMode.MODERATED);
        room.act("alex", new RoomCommand.AnswerScreen(CALM_ANSWERS));
        room.act("maya", new RoomCommand.ClearRoom());

        room.act("alex", new RoomCommand.AnswerScreen(CALM_ANSWERS));
        assertThat(room.state.screen().cleared())
                .as("a calm answer changes nothing")
                .isTrue();

        room.act("alex", new RoomCommand.AnswerScreen(WORRYING));
        assertThat(room.state.screen().cleared()).isFalse();
        assertThat(room.state.screen().everOpened())
                .as("what the others are told stays as it was")
                .isTrue();
        assertThat(refusal(room, "maya", new RoomCommand.StartSession())).startsWith("invalid_state");

        room.act("alex", new RoomCommand.AnswerScreen(CALM_ANSWERS));
        assertThat(room.state.screen().openFlags())
                .as("a flag stays open until a therapist resolves it, whatever later answers say")
                .containsOnlyKeys("alex");
        room.act("maya", new RoomCommand.ClearRoom());
        assertThat(describe(room.act("maya", new RoomCommand.StartSession()))).containsExactly("session_started");
    }

    @Test
    void onlyTherapistsOpenTheRoomOrResolveFlagsAndEachOnlyWhenItMeansSomething() {
        RoomFixture room = room(RoomMode.MODERATED);
        room.act("sam", new RoomCommand.AnswerScreen(WORRYING));

        assertThat(refusal(room, "alex", new RoomCommand.ClearRoom())).startsWith("forbidden");
        assertThat(refusal(room, "riley", new RoomCommand.ClearRoom())).startsWith("forbidden");
        assertThat(refusal(room, "sam", new RoomCommand.ResolveFlag("sam", null)))
                .startsWith("forbidden");
        assertThat(refusal(room, "maya", new RoomCommand.ResolveFlag("alex", null)))
                .isEqualTo("invalid_state: There is no open safety flag for that member.");

        assertThat(room.act("maya", new RoomCommand.ResolveFlag("sam", "  "))
                        .get(0)
                        .payload(EventPayload.FlagResolved.class)
                        .note())
                .isNull();
        assertThat(refusal(room, "maya", new RoomCommand.ResolveFlag("sam", null)))
                .startsWith("invalid_state");
        room.act("maya", new RoomCommand.ClearRoom());
        assertThat(refusal(room, "maya", new RoomCommand.ClearRoom()))
                .isEqualTo("invalid_state: The room is already open for conversation.");
    }

    @Test
    void aRebuiltRoomKnowsWhoAnsweredTheOpenFlagsAndWhetherItIsOpen() {
        RoomFixture room = room(RoomMode.GUIDED);
        room.act("alex", new RoomCommand.AnswerScreen(CALM_ANSWERS));
        room.act("sam", new RoomCommand.AnswerScreen(WORRYING));
        room.act("maya", new RoomCommand.ClearRoom());

        RoomState rebuilt = room.rebuilt();

        assertThat(rebuilt.screen()).isEqualTo(room.state.screen());
        assertThat(rebuilt.screen().cleared()).isTrue();
        assertThat(rebuilt.screen().openFlags()).containsOnlyKeys("sam");
        assertThatThrownBy(() -> rebuilt.handle("alex", "s", new RoomCommand.StartSession(), T0))
                .isInstanceOf(RefusedException.class)
                .hasMessage(JointWorkGate.NOT_OPEN_YET);
    }

    @Test
    void everyKindOfRoomAsksForTheScreen() {
        for (RoomKind kind : RoomKind.values()) {
            assertThat(kind.requiresSafetyScreen()).as(kind.wireName()).isTrue();
        }
        assertThat(EventKind.ROOM_CLEARED.wireName()).isEqualTo("room_cleared");
    }

    /**
     * While a member's flag is open, the screen reads that member's messages watchfully: a quiet
     * sign of isolation the usual screen lets through is held for the therapists (and may be
     * shared: it is not read as a threat), also after a restart; the partner's own messages are
     * screened as usual, so that nothing they see tells them of the flag. Once the therapist
     * resolves the flag, the same words go to the room.
     */
    @Test
    void whileAMembersFlagIsOpenTheScreenHoldsMoreOfWhatTheyWrite() {
        String quiet = "I don't really go out anymore, it's easier that way.";
        RoomFixture room = room(RoomMode.MODERATED);
        room.act("maya", new RoomCommand.ClearRoom());
        room.act("maya", new RoomCommand.StartSession());
        assertThat(describe(room.say("alex", quiet))).as("no flag: to the room").containsExactly("message");

        room.act("alex", new RoomCommand.AnswerScreen(WORRYING));
        assertThat(room.state.watchfulScreenFor("alex")).isTrue();
        assertThat(room.rebuilt().watchfulScreenFor("alex"))
                .as("after a restart too")
                .isTrue();
        assertThat(room.state.watchfulScreenFor("sam")).isFalse();
        List<RoomEvent> held = room.say("alex", quiet);

        assertThat(describe(held))
                .startsWith("held_message@alex", "safety_alert@alex")
                .contains("resources_offered@alex");
        assertThat(held.get(0).payload(EventPayload.Held.class).shareable())
                .as("held for the therapist, the writer's to share")
                .isTrue();
        assertThat(room.state.maySee("sam", held.get(0)))
                .as("never to the partner")
                .isFalse();
        assertThat(room.state.maySee("maya", held.get(0))).isTrue();
        assertThat(describe(room.say("sam", quiet)))
                .as("the partner's own words are screened as usual")
                .containsExactly("message");

        room.act("maya", new RoomCommand.ResolveFlag("alex", "spoke with Alex alone"));
        assertThat(room.state.watchfulScreenFor("alex")).isFalse();
        assertThat(describe(room.say("alex", quiet)))
                .as("the flag resolved: to the room again")
                .containsExactly("message");
    }
}

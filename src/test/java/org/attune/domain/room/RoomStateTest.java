package org.attune.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.TurnCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoomStateTest {

    private static final Instant T0 = RoomFixture.T0;
    private static final String MAYA = "maya";
    private static final String ALEX = "alex";
    private static final String SAM = "sam";
    private static final String RILEY = "riley";

    private Room room;
    private List<Member> members;
    private RoomFixture fixture;
    private List<RoomEvent> log;
    private RoomState state;

    @BeforeEach
    void aCoupleWithTheirTherapistAndAnObserver() {
        room = Room.open("Alex and Sam", RoomKind.COUPLE, RoomMode.MODERATED, MAYA, T0);
        members = List.of(
                new Member(room.id(), MAYA, "Maya Ortiz", RoomRole.THERAPIST, MemberStatus.ACTIVE, T0),
                new Member(room.id(), ALEX, "Alex Chen", RoomRole.PARTICIPANT, MemberStatus.ACTIVE, T0),
                new Member(room.id(), SAM, "Sam Rivera", RoomRole.PARTICIPANT, MemberStatus.ACTIVE, T0),
                new Member(room.id(), RILEY, "Riley Blake", RoomRole.OBSERVER, MemberStatus.ACTIVE, T0));
        fixture = RoomFixture.of(room, members);
        log = fixture.log;
        state = fixture.state;
        act(MAYA, new RoomCommand.ClearRoom()); // before joint work, as their therapist would
    }

    private List<RoomEvent> act(String actor, RoomCommand command) {
        return fixture.act(actor, command);
    }

    private List<RoomEvent> act(String actor, RoomCommand command, Instant at) {
        return fixture.act(actor, command, at);
    }

    private void refused(String actor, RoomCommand command, Refusal refusal) {
        fixture.refused(actor, command, refusal);
    }

    @Test
    void participantsSpeakOnlyWhileASessionRuns() {
        refused(ALEX, new RoomCommand.Say("Hello"), Refusal.NO_SESSION);

        act(MAYA, new RoomCommand.StartSession());
        RoomEvent said = act(ALEX, new RoomCommand.Say("Hello")).get(0);

        assertThat(said.kind()).isEqualTo(EventKind.MESSAGE);
        assertThat(said.seq()).isEqualTo(3);
        assertThat(said.actorName()).isEqualTo("Alex Chen");
        act(MAYA, new RoomCommand.EndSession());
        refused(ALEX, new RoomCommand.Say("Still there?"), Refusal.NO_SESSION);
        refused(MAYA, new RoomCommand.EndSession(), Refusal.NO_SESSION);
    }

    @Test
    void sequenceNumbersFollowEachOther() {
        act(MAYA, new RoomCommand.StartSession());
        act(ALEX, new RoomCommand.Say("one"));
        act(SAM, new RoomCommand.Say("two"));

        assertThat(log).extracting(RoomEvent::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(state.lastSeq()).isEqualTo(4);
    }

    @Test
    void onlyTherapistsModerate() {
        act(MAYA, new RoomCommand.StartSession());
        refused(ALEX, new RoomCommand.Guide("Let's slow down"), Refusal.FORBIDDEN);
        refused(ALEX, new RoomCommand.Whisper(SAM, "psst"), Refusal.FORBIDDEN);
        refused(ALEX, new RoomCommand.Note("note"), Refusal.FORBIDDEN);
        refused(ALEX, new RoomCommand.Mute(SAM, 5), Refusal.FORBIDDEN);
        refused(ALEX, new RoomCommand.Remove(SAM), Refusal.FORBIDDEN);
        refused(ALEX, new RoomCommand.Admit(SAM), Refusal.FORBIDDEN);
        refused(ALEX, new RoomCommand.EndSession(), Refusal.FORBIDDEN);
        refused(MAYA, new RoomCommand.StartSession(), Refusal.INVALID_STATE);
    }

    @Test
    void observersReadOnly() {
        act(MAYA, new RoomCommand.StartSession());
        refused(RILEY, new RoomCommand.Say("Can I add something?"), Refusal.FORBIDDEN);
    }

    @Test
    void notesReachTherapistsOnlyAndWhispersTheirAddresseeToo() {
        RoomEvent note =
                act(MAYA, new RoomCommand.Note("Alex seems tense today")).get(0);
        RoomEvent whisper = act(MAYA, new RoomCommand.Whisper(SAM, "Take a breath before you answer."))
                .get(0);
        RoomEvent guidance = act(MAYA, new RoomCommand.Guide("Let's begin with appreciations."))
                .get(0);

        assertThat(note.audience()).isEqualTo(Audience.THERAPISTS);
        assertThat(state.maySee(MAYA, note)).isTrue();
        assertThat(state.maySee(ALEX, note)).isFalse();
        assertThat(state.maySee(RILEY, note)).isFalse();
        assertThat(state.maySee(SAM, whisper)).isTrue();
        assertThat(state.maySee(MAYA, whisper)).isTrue();
        assertThat(state.maySee(ALEX, whisper)).isFalse();
        assertThat(state.maySee(ALEX, guidance)).isTrue();
        assertThat(state.maySee(RILEY, guidance)).isTrue();
    }

    @Test
    void aWhisperNeedsSomeoneToWhisperTo() {
        refused(MAYA, new RoomCommand.Whisper("nobody", "hello"), Refusal.NOT_FOUND);
    }

    @Test
    void aMuteHoldsUntilItRunsOutOrIsLifted() {
        act(MAYA, new RoomCommand.StartSession());
        RoomEvent muted = act(MAYA, new RoomCommand.Mute(SAM, 5)).get(0);

        assertThat(muted.payload(EventPayload.Deadline.class).until()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThatThrownBy(() -> state.handle(SAM, "s1", new RoomCommand.Say("But"), T0.plusSeconds(60)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.MUTED);
                    assertThat(e.getMessage()).contains("4 minutes");
                });
        assertThat(act(SAM, new RoomCommand.Say("Thank you"), T0.plusSeconds(301)))
                .hasSize(1);

        List<RoomEvent> expired = act(
                RoomEvent.SYSTEM_ACTOR,
                new RoomCommand.ExpireMute(
                        SAM, muted.payload(EventPayload.Deadline.class).until()));
        assertThat(expired).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.MEMBER_UNMUTED);
            assertThat(e.actorId()).isEqualTo(RoomEvent.SYSTEM_ACTOR);
        });
        assertThat(act(
                        RoomEvent.SYSTEM_ACTOR,
                        new RoomCommand.ExpireMute(
                                SAM, muted.payload(EventPayload.Deadline.class).until())))
                .as("an expiry that already happened does nothing")
                .isEmpty();
    }

    @Test
    void aLiftedMuteDoesNotExpireAgain() {
        RoomEvent muted = act(MAYA, new RoomCommand.Mute(ALEX, 10)).get(0);
        act(MAYA, new RoomCommand.Unmute(ALEX));

        assertThat(act(
                        RoomEvent.SYSTEM_ACTOR,
                        new RoomCommand.ExpireMute(
                                ALEX, muted.payload(EventPayload.Deadline.class).until())))
                .isEmpty();
        refused(MAYA, new RoomCommand.Unmute(ALEX), Refusal.INVALID_STATE);
    }

    @Test
    void muteLimits() {
        refused(MAYA, new RoomCommand.Mute(SAM, 0), Refusal.BAD_REQUEST);
        refused(MAYA, new RoomCommand.Mute(SAM, 24 * 60 + 1), Refusal.BAD_REQUEST);
        refused(MAYA, new RoomCommand.Mute(MAYA, 5), Refusal.INVALID_STATE);
        refused(MAYA, new RoomCommand.Mute("nobody", 5), Refusal.NOT_FOUND);
    }

    @Test
    void aRemovedMemberIsNoLongerAMember() {
        act(MAYA, new RoomCommand.StartSession());
        RoomEvent removed = act(MAYA, new RoomCommand.Remove(SAM)).get(0);

        assertThat(state.member(SAM))
                .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(MemberStatus.REMOVED));
        assertThat(state.maySee(SAM, removed)).isTrue();
        refused(SAM, new RoomCommand.Say("Wait"), Refusal.FORBIDDEN);
        RoomEvent later = act(ALEX, new RoomCommand.Say("After")).get(0);
        assertThat(state.maySee(SAM, later)).isFalse();
        refused(MAYA, new RoomCommand.Remove(MAYA), Refusal.INVALID_STATE);
        refused(MAYA, new RoomCommand.Remove(SAM), Refusal.NOT_FOUND);
    }

    @Test
    void aMemberWhoLeavesForGoodIsRecordedAsRemovedByThemselvesOnce() {
        act(MAYA, new RoomCommand.StartSession());
        RoomEvent left = act(SAM, new RoomCommand.Leave(SAM)).get(0);

        assertThat(left.kind()).isEqualTo(EventKind.MEMBER_REMOVED);
        assertThat(left.actorId()).isEqualTo(SAM);
        assertThat(left.targetId()).contains(SAM);
        assertThat(state.member(SAM))
                .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(MemberStatus.REMOVED));
        refused(SAM, new RoomCommand.Say("Wait"), Refusal.FORBIDDEN);
        assertThat(act(SAM, new RoomCommand.Leave(SAM))).isEmpty();
        assertThat(act(SAM, new RoomCommand.Leave("nobody"))).isEmpty();
    }

    @Test
    void inARoomThatAsksForAdmissionJoinersWaitUntilAdmitted() {
        room.requireAdmission(true);
        fixture = RoomFixture.of(room, members);
        state = fixture.state;
        log = fixture.log;
        act(MAYA, new RoomCommand.ClearRoom());
        act(MAYA, new RoomCommand.StartSession());

        RoomEvent waiting = act("jamie", new RoomCommand.Join("jamie", "Jamie Blake", RoomRole.PARTICIPANT))
                .get(0);
        assertThat(waiting.kind()).isEqualTo(EventKind.MEMBER_WAITING);
        assertThat(state.maySee(MAYA, waiting)).isTrue();
        assertThat(state.maySee(ALEX, waiting)).isFalse();
        assertThat(state.maySee("jamie", waiting)).isTrue();
        RoomEvent said = act(ALEX, new RoomCommand.Say("Before Jamie comes in")).get(0);
        assertThat(state.maySee("jamie", said)).isFalse();
        refused("jamie", new RoomCommand.Say("Hello?"), Refusal.INVALID_STATE);

        RoomEvent admitted = act(MAYA, new RoomCommand.Admit("jamie")).get(0);
        assertThat(state.maySee("jamie", admitted)).isTrue();
        assertThat(act("jamie", new RoomCommand.Say("Hello!"))).hasSize(1);
        refused(MAYA, new RoomCommand.Admit("jamie"), Refusal.INVALID_STATE);
    }

    @Test
    void therapistsNeverWaitAndJoiningTwiceChangesNothing() {
        room.requireAdmission(true);
        fixture = RoomFixture.of(room, members);
        state = fixture.state;
        log = fixture.log;

        assertThat(act("co", new RoomCommand.Join("co", "Dr. Co", RoomRole.THERAPIST)))
                .singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.MEMBER_JOINED));
        assertThat(act("co", new RoomCommand.Join("co", "Dr. Co", RoomRole.THERAPIST)))
                .isEmpty();
    }

    @Test
    void inAGuidedRoomParticipantsStartTheSession() {
        Room guided = Room.open("Guided", RoomKind.COUPLE, RoomMode.GUIDED, MAYA, T0);
        fixture = RoomFixture.of(guided, members);
        state = fixture.state;
        log = fixture.log;
        fixture.screenedAndCleared(ALEX, SAM);

        assertThat(act(ALEX, new RoomCommand.StartSession())).hasSize(1);
        refused(RILEY, new RoomCommand.EndSession(), Refusal.FORBIDDEN);
    }

    @Test
    void aRebuiltRoomIsTheSameRoomAndRemembersCommandIds() {
        act(MAYA, new RoomCommand.StartSession());
        act(ALEX, new RoomCommand.Say("one"));
        RoomEvent muted = act(MAYA, new RoomCommand.Mute(SAM, 30)).get(0);

        RoomState rebuilt = RoomState.rebuild(room, members, log);

        assertThat(rebuilt.lastSeq()).isEqualTo(state.lastSeq());
        assertThat(rebuilt.sessionRunning()).isTrue();
        assertThat(rebuilt.seqOfCommand(ALEX, "c3")).contains(3L);
        assertThat(rebuilt.seqOfCommand(ALEX, "c9")).isEmpty();
        assertThat(rebuilt.standingMutes())
                .containsEntry(SAM, muted.payload(EventPayload.Deadline.class).until());
    }

    @Test
    void aGapInTheLogIsRefusedWhenRebuilding() {
        RoomEvent gap = RoomEvent.builder(room.id(), 2, EventKind.SESSION_STARTED, T0)
                .actor(MAYA, "Maya Ortiz")
                .build();

        assertThatThrownBy(() -> RoomState.rebuild(room, members, List.of(gap)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void textsAreBoundedAndNotBlank() {
        act(MAYA, new RoomCommand.StartSession());
        refused(ALEX, new RoomCommand.Say(" \n "), Refusal.BAD_REQUEST);
        refused(ALEX, new RoomCommand.Say("a".repeat(2001)), Refusal.TOO_LARGE);
        assertThat(act(ALEX, new RoomCommand.Say("a".repeat(2000)))).hasSize(1);
    }

    @Test
    void underTheFloorProtocolOnlyTheHolderSpeaks() {
        List<RoomEvent> started = act(MAYA, new RoomCommand.StartSession("floor"));
        assertThat(started)
                .extracting(RoomEvent::kind)
                .containsExactly(EventKind.SESSION_STARTED, EventKind.PROTOCOL_SET);
        assertThat(state.protocol().name()).isEqualTo("floor");

        refused(ALEX, new RoomCommand.Say("Can I start?"), Refusal.NOT_YOUR_TURN);
        act(ALEX, new RoomCommand.Turn(new TurnCommand.RaiseHand()));
        RoomEvent granted = act(MAYA, new RoomCommand.Turn(new TurnCommand.GrantFloor(ALEX)))
                .get(0);
        assertThat(granted.kind()).isEqualTo(EventKind.FLOOR_GRANTED);
        assertThat(granted.targetName()).contains("Alex Chen");

        assertThat(act(ALEX, new RoomCommand.Say("Thank you."))).hasSize(1);
        refused(SAM, new RoomCommand.Say("But"), Refusal.NOT_YOUR_TURN);
        assertThat(act(MAYA, new RoomCommand.Say("Therapists may always speak.")))
                .hasSize(1);
        refused(ALEX, new RoomCommand.SetProtocol("open"), Refusal.FORBIDDEN);

        RoomState rebuilt = RoomState.rebuild(room, members, log);
        assertThat(rebuilt.protocol()).isEqualTo(state.protocol());
    }

    @Test
    void theFloorWaitsForASession() {
        act(MAYA, new RoomCommand.SetProtocol("floor"));
        refused(ALEX, new RoomCommand.Turn(new TurnCommand.RaiseHand()), Refusal.NO_SESSION);
        assertThat(act(MAYA, new RoomCommand.Turn(new TurnCommand.SetTurnLimit(60))))
                .hasSize(1);
    }

    @Test
    void aParticipantIsRefusedATherapistsTurnCommandBeforeAnythingAboutTheRoomsState() {
        List<TurnCommand> therapistsOnly = List.of(
                new TurnCommand.GrantFloor(SAM),
                new TurnCommand.RevokeFloor(),
                new TurnCommand.SetTurnLimit(60),
                new TurnCommand.Reorder(List.of(SAM, ALEX)));
        for (TurnCommand command : therapistsOnly) {
            refused(ALEX, new RoomCommand.Turn(command), Refusal.FORBIDDEN);
        }
        act(MAYA, new RoomCommand.StartSession());
        for (TurnCommand command : therapistsOnly) {
            refused(ALEX, new RoomCommand.Turn(command), Refusal.FORBIDDEN);
        }
        act(MAYA, new RoomCommand.PauseRoom(5, null));
        for (TurnCommand command : therapistsOnly) {
            refused(ALEX, new RoomCommand.Turn(command), Refusal.FORBIDDEN);
        }
        refused(RILEY, new RoomCommand.Turn(new TurnCommand.GrantFloor(SAM)), Refusal.FORBIDDEN);
    }
}

package org.attune.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.intake.DirectAnswer;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.TurnCommand;
import org.attune.domain.turn.TurnView;

/**
 * The one room fixture of the domain tests. {@link #moderated} and
 * {@link #guided} give a therapist (maya, who moderates only the moderated
 * rooms) and the given participants, screened and cleared for joint work, with
 * the session running under one protocol; {@link #of}
 * gives a room with the members a test chooses and no session yet. Commands go
 * through {@link RoomState#handle}, so what a protocol does by itself is part of
 * every step, and the fixture keeps the room's log for rebuilding it.
 */
public final class RoomFixture {

    public static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    public final Room room;
    public final List<Member> members;
    public final RoomState state;
    public final List<RoomEvent> log = new ArrayList<>();
    private final AlertPolicy alertPolicy;
    private Instant now = T0;
    private int commands;

    private RoomFixture(Room room, List<Member> members, AlertPolicy alertPolicy) {
        this.room = room;
        this.members = members;
        this.alertPolicy = alertPolicy;
        this.state = RoomState.rebuild(room, members, List.of(), alertPolicy);
    }

    /** The room's state rebuilt from its log, as after a restart. */
    public RoomState rebuilt() {
        return RoomState.rebuild(room, members, log, alertPolicy);
    }

    /** A moderated room with maya as its therapist. */
    public static RoomFixture moderated(String protocol, String... participants) {
        return open(RoomMode.MODERATED, protocol, participants);
    }

    /** A guided room: participants only, the protocol moderates. */
    public static RoomFixture guided(String protocol, String... participants) {
        return open(RoomMode.GUIDED, protocol, participants);
    }

    private static RoomFixture open(RoomMode mode, String protocol, String... participants) {
        return open(mode, AlertPolicy.NONE, protocol, participants);
    }

    /** A room of this mode in a practice that answers safety alerts by the given policy. */
    public static RoomFixture open(RoomMode mode, AlertPolicy policy, String protocol, String... participants) {
        Room room = Room.open("Room", participants.length > 2 ? RoomKind.FAMILY : RoomKind.COUPLE, mode, "maya", T0);
        List<Member> members = new ArrayList<>();
        members.add(new Member(room.id(), "maya", "maya", RoomRole.THERAPIST, MemberStatus.ACTIVE, T0));
        for (String p : participants) {
            members.add(new Member(room.id(), p, p, RoomRole.PARTICIPANT, MemberStatus.ACTIVE, T0));
        }
        RoomFixture r = new RoomFixture(room, members, policy);
        r.screenedAndCleared(participants);
        r.act(mode == RoomMode.MODERATED ? "maya" : participants[0], new RoomCommand.StartSession(protocol));
        return r;
    }

    /** Answers that raise no flag: never, on each HITS item; not afraid; safe to talk. */
    public static final ScreenAnswers CALM_ANSWERS = new ScreenAnswers(1, 1, 1, 1, DirectAnswer.NO, DirectAnswer.YES);

    /**
     * Before joint work: each of these participants answers the safety screen
     * with nothing to flag, and maya, the therapist, opens the room.
     */
    public void screenedAndCleared(String... participants) {
        for (String p : participants) {
            act(p, new RoomCommand.AnswerScreen(CALM_ANSWERS));
        }
        act("maya", new RoomCommand.ClearRoom());
    }

    /** A moderated couple room, no session yet: Maya the therapist and Alex in the room, Sam waiting in the lobby. */
    public static RoomFixture withSamInTheLobby() {
        Room r = Room.open("Room", RoomKind.COUPLE, RoomMode.MODERATED, "maya", T0);
        return of(
                r,
                List.of(
                        new Member(r.id(), "maya", "maya", RoomRole.THERAPIST, MemberStatus.ACTIVE, T0),
                        new Member(r.id(), "alex", "alex", RoomRole.PARTICIPANT, MemberStatus.ACTIVE, T0),
                        new Member(r.id(), "sam", "sam", RoomRole.PARTICIPANT, MemberStatus.WAITING, T0)));
    }

    /** A room with the given members and no session yet. */
    public static RoomFixture of(Room room, List<Member> members) {
        return of(room, members, AlertPolicy.NONE);
    }

    /** A room with the given members and no session yet, in a practice that answers safety alerts by this policy. */
    public static RoomFixture of(Room room, List<Member> members, AlertPolicy policy) {
        return new RoomFixture(room, members, policy);
    }

    /** The log from the session's start on: what the protocol did, after the screen and the room's clearance. */
    public List<RoomEvent> sessionLog() {
        int start = 0;
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).kind() == EventKind.SESSION_STARTED) {
                start = i;
            }
        }
        return log.subList(start, log.size());
    }

    public List<RoomEvent> act(String actor, RoomCommand command) {
        return act(actor, command, now);
    }

    /** A command at a given moment, without moving the fixture's clock. */
    public List<RoomEvent> act(String actor, RoomCommand command, Instant at) {
        List<RoomEvent> events = state.handle(actor, "c" + (++commands), command, at);
        log.addAll(events);
        return events;
    }

    public List<RoomEvent> turn(String actor, TurnCommand command) {
        return act(actor, new RoomCommand.Turn(command));
    }

    public List<RoomEvent> say(String actor, String text) {
        return act(actor, new RoomCommand.Say(text));
    }

    /** Lets time pass to the earliest safety alert's escalation and runs it, as the engine would when it is due. */
    public List<RoomEvent> fireAlertTimer() {
        RoomState.Timer timer = state.standingTimers().stream()
                .min(java.util.Comparator.comparing(RoomState.Timer::at))
                .orElseThrow();
        now = timer.at().isAfter(now) ? timer.at() : now;
        return act(RoomEvent.SYSTEM_ACTOR, timer.command());
    }

    /** Lets time pass and runs the protocol's timer, as the engine would when it is due. */
    public List<RoomEvent> fireTimer() {
        RoomState.Timer timer = state.nextTimer().orElseThrow();
        now = timer.at().isAfter(now) ? timer.at() : now;
        return act(RoomEvent.SYSTEM_ACTOR, timer.command());
    }

    public void advance(java.time.Duration d) {
        now = now.plus(d);
    }

    public Instant now() {
        return now;
    }

    public void refused(String actor, RoomCommand command, Refusal refusal) {
        long before = state.lastSeq();
        assertThatThrownBy(() -> state.handle(actor, "x" + (++commands), command, now))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(refusal);
                    assertThat(e.getMessage()).isNotBlank();
                });
        assertThat(state.lastSeq()).as("a refused command changes nothing").isEqualTo(before);
    }

    public void refusedSay(String actor, Refusal refusal) {
        refused(actor, new RoomCommand.Say("words"), refusal);
    }

    public void refusedTurn(String actor, TurnCommand command, Refusal refusal) {
        refused(actor, new RoomCommand.Turn(command), refusal);
    }

    public TurnView view() {
        return state.protocol().view();
    }

    /** The kinds of the given events, with the step or target where there is one, e.g. {@code step:mirror@sam}. */
    public static List<String> describe(List<RoomEvent> events) {
        return events.stream()
                .map(e -> e.kind().wireName()
                        + (e.kind() == EventKind.STEP || e.kind() == EventKind.ORDER_SET
                                ? ":"
                                        + (e.payload() instanceof EventPayload.Step s
                                                ? s.step()
                                                : String.join(
                                                        " ",
                                                        e.payload(EventPayload.Order.class)
                                                                .members()))
                                : "")
                        + e.targetId().map(t -> "@" + t).orElse(""))
                .toList();
    }
}

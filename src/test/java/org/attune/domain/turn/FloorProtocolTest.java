package org.attune.domain.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.RoomEvent;
import org.junit.jupiter.api.Test;

class FloorProtocolTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final TestParticipants PARTICIPANTS = TestParticipants.FAMILY;

    private TurnProtocol floor = TurnProtocol.named("floor");
    private long seq;
    private final List<RoomEvent> log = new ArrayList<>();

    private List<TurnEvent> act(String actor, TurnCommand command, Instant at) {
        List<TurnEvent> decided = floor.decide(actor, command, PARTICIPANTS, at);
        for (TurnEvent t : decided) {
            RoomEvent.Builder b = RoomEvent.builder("room", ++seq, t.kind(), at)
                    .actor(actor, actor)
                    .payload(t.payload());
            if (t.target() != null) {
                b.target(t.target(), t.target());
            }
            RoomEvent e = b.build();
            log.add(e);
            floor = floor.apply(e);
        }
        return decided;
    }

    private List<TurnEvent> act(String actor, TurnCommand command) {
        return act(actor, command, T0);
    }

    private FloorProtocol state() {
        return (FloorProtocol) floor;
    }

    private void refused(String actor, TurnCommand command, Refusal refusal) {
        TurnProtocol before = floor;
        assertThatThrownBy(() -> floor.decide(actor, command, PARTICIPANTS, T0))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(refusal));
        assertThat(floor).isEqualTo(before);
    }

    @Test
    void onlyTheHolderSpeaksButTherapistsAlwaysMay() {
        assertThatThrownBy(() -> floor.checkSay("alex", RoomRole.PARTICIPANT))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.NOT_YOUR_TURN));
        act("maya", new TurnCommand.GrantFloor("alex"));

        floor.checkSay("alex", RoomRole.PARTICIPANT);
        floor.checkSay("maya", RoomRole.THERAPIST);
        assertThatThrownBy(() -> floor.checkSay("sam", RoomRole.PARTICIPANT)).hasMessageContaining("Raise your hand");
    }

    @Test
    void handsQueueInOrderAndNobodyTwice() {
        act("sam", new TurnCommand.RaiseHand());
        act("alex", new TurnCommand.RaiseHand());
        refused("sam", new TurnCommand.RaiseHand(), Refusal.INVALID_STATE);
        refused("riley", new TurnCommand.RaiseHand(), Refusal.FORBIDDEN);
        refused("maya", new TurnCommand.RaiseHand(), Refusal.FORBIDDEN);

        assertThat(state().queue()).containsExactly("sam", "alex");
        act("sam", new TurnCommand.LowerHand());
        assertThat(state().queue()).containsExactly("alex");
        refused("sam", new TurnCommand.LowerHand(), Refusal.INVALID_STATE);
    }

    @Test
    void passingHandsTheFloorToTheFirstInTheQueue() {
        act("maya", new TurnCommand.GrantFloor("alex"));
        act("sam", new TurnCommand.RaiseHand());
        refused("sam", new TurnCommand.PassFloor(), Refusal.NOT_YOUR_TURN);

        assertThat(act("alex", new TurnCommand.PassFloor()))
                .extracting(TurnEvent::kind)
                .containsExactly(EventKind.FLOOR_PASSED, EventKind.FLOOR_GRANTED);
        assertThat(state().holder()).isEqualTo("sam");
        assertThat(state().queue()).isEmpty();
        act("sam", new TurnCommand.PassFloor());
        assertThat(state().holder()).isNull();
    }

    @Test
    void grantingTakesTheFloorFromTheHolderAndOnlyTherapistsGrant() {
        act("maya", new TurnCommand.GrantFloor("alex"));
        refused("alex", new TurnCommand.GrantFloor("sam"), Refusal.FORBIDDEN);
        refused("maya", new TurnCommand.GrantFloor("riley"), Refusal.NOT_FOUND);
        refused("maya", new TurnCommand.GrantFloor("alex"), Refusal.INVALID_STATE);

        assertThat(act("maya", new TurnCommand.GrantFloor("sam")))
                .extracting(TurnEvent::kind)
                .containsExactly(EventKind.FLOOR_REVOKED, EventKind.FLOOR_GRANTED);
        act("maya", new TurnCommand.RevokeFloor());
        assertThat(state().holder()).isNull();
        refused("maya", new TurnCommand.RevokeFloor(), Refusal.INVALID_STATE);
    }

    @Test
    void aTurnLimitWarnsThenHandsTheFloorOn() {
        act("maya", new TurnCommand.SetTurnLimit(120));
        act("sam", new TurnCommand.RaiseHand());
        act("maya", new TurnCommand.GrantFloor("alex"));
        Instant deadline = T0.plusSeconds(120);
        assertThat(state().deadline()).isEqualTo(deadline);

        TurnProtocol.TurnTimer warnAt = floor.nextTimer().orElseThrow();
        assertThat(warnAt.at()).isEqualTo(deadline.minusSeconds(30));
        assertThat(act("attune", warnAt.command(), warnAt.at()))
                .singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.TURN_WARNING));
        assertThat(act("attune", warnAt.command(), warnAt.at()))
                .as("warned once")
                .isEmpty();

        TurnProtocol.TurnTimer endAt = floor.nextTimer().orElseThrow();
        assertThat(endAt.at()).isEqualTo(deadline);
        assertThat(act("attune", endAt.command(), deadline))
                .extracting(TurnEvent::kind)
                .containsExactly(EventKind.TURN_ENDED, EventKind.FLOOR_GRANTED);
        assertThat(state().holder()).isEqualTo("sam");
        assertThat(state().deadline()).isEqualTo(deadline.plusSeconds(120));
    }

    @Test
    void aTimerForATurnThatAlreadyEndedDoesNothing() {
        act("maya", new TurnCommand.SetTurnLimit(60));
        act("maya", new TurnCommand.GrantFloor("alex"));
        TurnCommand staleEnd = new TurnCommand.EndTurn("alex", T0.plusSeconds(60));
        act("alex", new TurnCommand.PassFloor());

        assertThat(act("attune", staleEnd)).isEmpty();
        assertThat(floor.nextTimer()).isEmpty();
    }

    @Test
    void turnLimitsAreBounded() {
        refused("maya", new TurnCommand.SetTurnLimit(9), Refusal.BAD_REQUEST);
        refused("maya", new TurnCommand.SetTurnLimit(3601), Refusal.BAD_REQUEST);
        refused("alex", new TurnCommand.SetTurnLimit(60), Refusal.FORBIDDEN);
        act("maya", new TurnCommand.SetTurnLimit(0));
        assertThat(state().limitSeconds()).isZero();
    }

    @Test
    void theOpenProtocolHasNoFloor() {
        TurnProtocol open = TurnProtocol.named("open");

        open.checkSay("alex", RoomRole.PARTICIPANT);
        assertThatThrownBy(() -> open.decide("alex", new TurnCommand.RaiseHand(), PARTICIPANTS, T0))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_STATE));
        assertThatThrownBy(() -> TurnProtocol.named("shouting"))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.BAD_REQUEST));
    }
}

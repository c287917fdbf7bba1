package org.attune.domain.turn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.attune.domain.RefusedException;
import org.attune.domain.member.RoomRole;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomFixture;
import org.attune.domain.transcript.RoomEvent;

/**
 * A guided room has no therapist: the protocol moderates itself. Whatever a
 * family of three does, in any protocol, and whenever the server's timers
 * fire: only the person whose turn it is speaks, nobody is queued twice, the
 * sequence has no gaps, and somebody can always act.
 */
class GuidedRoomPropertiesTest {

    private static final List<String> FAMILY = List.of("alex", "sam", "jamie");
    private static final Participants PARTICIPANTS = TestParticipants.of(
            "alex", RoomRole.PARTICIPANT, "sam", RoomRole.PARTICIPANT, "jamie", RoomRole.PARTICIPANT);

    /**
     * A move: a participant says something or sends a turn command, calls a
     * time-out or checks in (dice 1 and 2), or the server's timer fires (dice 0).
     */
    record Move(String actor, Optional<TurnCommand> command, int dice) {
        boolean timer() {
            return dice == 0;
        }
    }

    @Provide
    Arbitrary<String> protocols() {
        return Arbitraries.of(TurnProtocol.NAMES);
    }

    @Provide
    Arbitrary<List<Move>> scripts() {
        Arbitrary<Optional<TurnCommand>> command = Arbitraries.oneOf(
                Arbitraries.just(Optional.<TurnCommand>empty()),
                Arbitraries.just(Optional.<TurnCommand>empty()),
                Arbitraries.<TurnCommand>of(
                                new TurnCommand.RaiseHand(),
                                new TurnCommand.LowerHand(),
                                new TurnCommand.PassFloor(),
                                new TurnCommand.NoMore(),
                                new TurnCommand.AskDialogue(),
                                new TurnCommand.AcceptDialogue(null),
                                new TurnCommand.Confirm(true),
                                new TurnCommand.Confirm(false),
                                new TurnCommand.RateCalm(2),
                                new TurnCommand.RateCalm(4),
                                new TurnCommand.ChooseFeelings(List.of("sad"), true),
                                new TurnCommand.AnswerApology(true),
                                new TurnCommand.AnswerApology(false))
                        .map(Optional::of));
        return Combinators.combine(
                        Arbitraries.of(FAMILY), command, Arbitraries.integers().between(0, 9))
                .as(Move::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(120);
    }

    @Property(tries = 200)
    void aGuidedRoomNeverGetsStuck(@ForAll("protocols") String protocol, @ForAll("scripts") List<Move> script) {
        RoomFixture room = RoomFixture.guided(protocol, "alex", "sam", "jamie");
        assertThat(somebodyCanAct(room))
                .as("somebody can act from the start in %s", room.state.protocol())
                .isTrue();
        for (Move move : script) {
            TurnProtocol before = room.state.protocol();
            List<RoomEvent> events = List.of();
            try {
                if (move.timer()) {
                    if (room.state.nextTimer().isPresent()) {
                        events = room.fireTimer();
                    }
                } else if (move.dice() == 1) {
                    events = room.act(move.actor(), new RoomCommand.RequestPause("break", 1, null));
                } else if (move.dice() == 2) {
                    events = room.act(move.actor(), new RoomCommand.Ready(3));
                } else if (move.command().isPresent()) {
                    events = room.turn(move.actor(), move.command().get());
                } else {
                    events = room.say(move.actor(), "words");
                    assertThat(mayHaveSpoken(before, move.actor()))
                            .as("%s spoke in %s", move.actor(), before)
                            .isTrue();
                }
            } catch (RefusedException refused) {
                assertThat(room.state.protocol())
                        .as("a refusal changes nothing")
                        .isEqualTo(before);
            }
            long seq = room.log.get(0).seq();
            for (RoomEvent e : room.log) {
                assertThat(e.seq()).isEqualTo(seq++);
            }
            TurnView view = room.state.protocol().view();
            assertThat(new HashSet<>(view.queue())).hasSameSizeAs(view.queue());
            assertThat(new HashSet<>(view.order())).hasSameSizeAs(view.order());
            assertThat(view.holder() == null || !view.queue().contains(view.holder()))
                    .isTrue();
            assertThat(somebodyCanAct(room))
                    .as("somebody can act in %s after %s", room.state.protocol(), events)
                    .isTrue();
        }
        assertThat(room.rebuilt().protocol())
                .as("the log rebuilds the same state")
                .isEqualTo(room.state.protocol());
    }

    /** Only the one whose turn or step it is speaks, where the protocol has turns. */
    private static boolean mayHaveSpoken(TurnProtocol before, String actor) {
        TurnView view = before.view();
        if (before instanceof OpenProtocol
                || "repaired".equals(view.phase())
                || (before instanceof AppreciationProtocol && "done".equals(view.phase()))) {
            return true;
        }
        String turn = view.stepBy() != null ? view.stepBy() : view.holder();
        return actor.equals(turn);
    }

    /**
     * Someone may speak, or has a turn command that is accepted, or the server
     * will act by itself; during a check-in, participants can say they are ready.
     */
    private static boolean somebodyCanAct(RoomFixture room) {
        if (room.state.nextTimer().isPresent()) {
            return true;
        }
        if (room.state.pause().isPresent()) {
            return room.state.pause().get().checkingIn();
        }
        TurnProtocol protocol = room.state.protocol();
        for (String p : FAMILY) {
            try {
                protocol.kindOfSay(p, RoomRole.PARTICIPANT, "x");
                return true;
            } catch (RefusedException notNow) {
                // try their turn commands
            }
            for (TurnCommand c : List.of(
                    new TurnCommand.RaiseHand(),
                    new TurnCommand.PassFloor(),
                    new TurnCommand.NoMore(),
                    new TurnCommand.AskDialogue(),
                    new TurnCommand.AcceptDialogue(null),
                    new TurnCommand.Confirm(true),
                    new TurnCommand.RateCalm(4),
                    new TurnCommand.AnswerApology(true))) {
                try {
                    if (!protocol.decide(p, c, PARTICIPANTS, RoomFixture.T0).isEmpty()) {
                        return true;
                    }
                } catch (RefusedException notNow) {
                    // next
                }
            }
        }
        return false;
    }
}

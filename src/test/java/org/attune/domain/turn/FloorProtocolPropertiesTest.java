package org.attune.domain.turn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.RoomEvent;

/** Random sequences of floor commands from random members never break the floor's rules. */
class FloorProtocolPropertiesTest {

    private static final List<String> MEMBERS = List.of("maya", "alex", "sam", "jamie", "riley");
    private static final TestParticipants PARTICIPANTS = TestParticipants.FAMILY;
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    record Step(String actor, TurnCommand command, int secondsLater) {}

    @Provide
    Arbitrary<List<Step>> scripts() {
        Arbitrary<String> member = Arbitraries.of(MEMBERS);
        Arbitrary<TurnCommand> command = Arbitraries.oneOf(
                Arbitraries.just(new TurnCommand.RaiseHand()),
                Arbitraries.just(new TurnCommand.LowerHand()),
                Arbitraries.just(new TurnCommand.PassFloor()),
                Arbitraries.just(new TurnCommand.RevokeFloor()),
                member.map(TurnCommand.GrantFloor::new),
                Arbitraries.of(0, 30, 60, 5, 7200).map(TurnCommand.SetTurnLimit::new));
        Arbitrary<Step> step = Combinators.combine(
                        member, command, Arbitraries.integers().between(0, 90))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 300)
    void theFloorStaysConsistent(@ForAll("scripts") List<Step> script) {
        TurnProtocol floor = TurnProtocol.named("floor");
        Instant now = T0;
        long seq = 0;
        for (Step step : script) {
            now = now.plusSeconds(step.secondsLater());
            for (Optional<TurnProtocol.TurnTimer> timer = floor.nextTimer();
                    timer.isPresent() && !timer.get().at().isAfter(now);
                    timer = floor.nextTimer()) {
                for (TurnEvent t : floor.decide(
                        "attune",
                        timer.get().command(),
                        PARTICIPANTS,
                        timer.get().at())) {
                    floor = floor.apply(event(++seq, t, timer.get().at()));
                }
            }
            List<TurnEvent> decided;
            try {
                decided = floor.decide(step.actor(), step.command(), PARTICIPANTS, now);
            } catch (RefusedException refused) {
                continue;
            }
            for (TurnEvent t : decided) {
                floor = floor.apply(event(++seq, t, now));
            }
            FloorProtocol f = (FloorProtocol) floor;
            assertThat(new HashSet<>(f.queue()))
                    .as("nobody is queued twice")
                    .hasSize(f.queue().size());
            assertThat(f.queue()).as("the holder is not queued").doesNotContain(f.holder());
            if (f.holder() != null) {
                assertThat(PARTICIPANTS.roleOf(f.holder()))
                        .as("only participants hold the floor")
                        .isEqualTo(RoomRole.PARTICIPANT);
                floor.checkSay(f.holder(), RoomRole.PARTICIPANT);
            }
            for (String m : MEMBERS) {
                if (!m.equals(f.holder()) && PARTICIPANTS.roleOf(m) == RoomRole.PARTICIPANT) {
                    TurnProtocol current = floor;
                    assertThat(refuses(() -> current.checkSay(m, RoomRole.PARTICIPANT)))
                            .as("only the holder's words are accepted")
                            .isTrue();
                }
            }
            assertThat(f.deadline() == null || f.holder() != null)
                    .as("a deadline belongs to a turn")
                    .isTrue();
            assertThat(f.limitSeconds() == 0 || (f.limitSeconds() >= 30 && f.limitSeconds() <= 3600))
                    .isTrue();
        }
    }

    private static boolean refuses(Runnable check) {
        try {
            check.run();
            return false;
        } catch (RefusedException e) {
            return true;
        }
    }

    private static RoomEvent event(long seq, TurnEvent t, Instant at) {
        RoomEvent.Builder b =
                RoomEvent.builder("room", seq, t.kind(), at).actor("x", "x").payload(t.payload());
        if (t.target() != null) {
            b.target(t.target(), t.target());
        }
        return b.build();
    }

    @Property(tries = 50)
    void aRaisedHandIsAlwaysAnsweredByOneQueueEntry(@ForAll("scripts") List<Step> script) {
        TurnProtocol floor = TurnProtocol.named("floor");
        long seq = 0;
        for (Step step : script) {
            if (!(step.command() instanceof TurnCommand.RaiseHand)) {
                continue;
            }
            try {
                for (TurnEvent t : floor.decide(step.actor(), step.command(), PARTICIPANTS, T0)) {
                    assertThat(t.kind()).isEqualTo(EventKind.HAND_RAISED);
                    floor = floor.apply(event(++seq, t, T0));
                }
            } catch (RefusedException refused) {
                assertThat(((FloorProtocol) floor).queue().contains(step.actor())
                                || PARTICIPANTS.roleOf(step.actor()) != RoomRole.PARTICIPANT)
                        .isTrue();
            }
        }
    }
}

package org.attune.domain.turn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.attune.domain.RefusedException;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/** Random moves by random members never let a speaker skip the listener's paraphrase and its confirmation. */
class SpeakerListenerPropertiesTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final Participants COUPLE =
            TestParticipants.of("maya", RoomRole.THERAPIST, "alex", RoomRole.PARTICIPANT, "sam", RoomRole.PARTICIPANT);

    /** A move: say something, or a turn command. */
    record Move(String actor, TurnCommand command, boolean speak) {}

    @Provide
    Arbitrary<List<Move>> scripts() {
        Arbitrary<String> member = Arbitraries.of("maya", "alex", "sam");
        Arbitrary<TurnCommand> command = Arbitraries.oneOf(
                Arbitraries.just(new TurnCommand.PassFloor()),
                Arbitraries.just(new TurnCommand.RevokeFloor()),
                Arbitraries.of(true, false).map(TurnCommand.Confirm::new),
                Arbitraries.of("alex", "sam").map(TurnCommand.GrantFloor::new));
        return Combinators.combine(member, command, Arbitraries.of(true, false))
                .as(Move::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(80);
    }

    @Property(tries = 300)
    void aParaphraseIsAlwaysConfirmedBeforeTheSpeakerSpeaksAgain(@ForAll("scripts") List<Move> script) {
        TurnProtocol sl = TurnProtocol.named("speaker_listener");
        long seq = 0;
        boolean awaitingConfirm = false;
        String speakerOfPiece = null;
        for (Move move : script) {
            RoleOf role = RoleOf.of(move.actor());
            if (move.speak()) {
                EventKind kind;
                try {
                    kind = sl.kindOfSay(move.actor(), role.role, "words");
                } catch (RefusedException refused) {
                    continue;
                }
                if (role.role == RoomRole.PARTICIPANT && kind == EventKind.MESSAGE) {
                    assertThat(awaitingConfirm)
                            .as("the speaker waits for the confirmation")
                            .isFalse();
                    speakerOfPiece = move.actor();
                }
                if (kind == EventKind.PARAPHRASE) {
                    assertThat(move.actor()).as("only the listener paraphrases").isNotEqualTo(speakerOfPiece);
                    awaitingConfirm = true;
                }
                sl = sl.apply(RoomEvent.builder("room", ++seq, kind, T0)
                        .actor(move.actor(), move.actor())
                        .payload(new EventPayload.Text("words"))
                        .build());
            } else {
                List<TurnEvent> decided;
                try {
                    decided = sl.decide(move.actor(), move.command(), COUPLE, T0);
                } catch (RefusedException refused) {
                    continue;
                }
                for (TurnEvent t : decided) {
                    if (t.kind() == EventKind.PARAPHRASE_CONFIRMED) {
                        awaitingConfirm = false;
                    }
                    if (t.kind() == EventKind.FLOOR_GRANTED || t.kind() == EventKind.FLOOR_REVOKED) {
                        awaitingConfirm = false;
                    }
                    RoomEvent.Builder b = RoomEvent.builder("room", ++seq, t.kind(), T0)
                            .actor(move.actor(), move.actor())
                            .payload(t.payload());
                    if (t.target() != null) {
                        b.target(t.target(), t.target());
                    }
                    sl = sl.apply(b.build());
                }
            }
            SpeakerListenerProtocol s = (SpeakerListenerProtocol) sl;
            assertThat(s.speaker() == null || !s.speaker().equals(s.listener()))
                    .as("speaker and listener differ")
                    .isTrue();
            TurnProtocol current = sl;
            assertThat(acceptsSay(current, "maya", RoomRole.THERAPIST))
                    .as("somebody can always act: the therapist may speak")
                    .isTrue();
        }
    }

    private static boolean acceptsSay(TurnProtocol p, String member, RoomRole role) {
        try {
            p.kindOfSay(member, role, "x");
            return true;
        } catch (RefusedException e) {
            return false;
        }
    }

    private record RoleOf(RoomRole role) {
        static RoleOf of(String member) {
            return new RoleOf("maya".equals(member) ? RoomRole.THERAPIST : RoomRole.PARTICIPANT);
        }
    }
}

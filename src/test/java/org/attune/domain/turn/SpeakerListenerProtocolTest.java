package org.attune.domain.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.junit.jupiter.api.Test;

class SpeakerListenerProtocolTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final Participants COUPLE =
            TestParticipants.of("maya", RoomRole.THERAPIST, "alex", RoomRole.PARTICIPANT, "sam", RoomRole.PARTICIPANT);

    private TurnProtocol sl = TurnProtocol.named("speaker_listener");
    private long seq;

    private List<TurnEvent> act(String actor, TurnCommand command) {
        List<TurnEvent> decided = sl.decide(actor, command, COUPLE, T0);
        decided.forEach(t -> apply(actor, t.kind(), t.target(), t.payload()));
        return decided;
    }

    private EventKind say(String actor, RoomRole role, String text) {
        EventKind kind = sl.kindOfSay(actor, role, text);
        apply(
                actor,
                kind,
                null,
                kind == EventKind.PARAPHRASE || kind == EventKind.MESSAGE
                        ? new EventPayload.Text(text)
                        : EventPayload.None.INSTANCE);
        return kind;
    }

    private void apply(String actor, EventKind kind, String target, EventPayload payload) {
        RoomEvent.Builder b =
                RoomEvent.builder("room", ++seq, kind, T0).actor(actor, actor).payload(payload);
        if (target != null) {
            b.target(target, target);
        }
        sl = sl.apply(b.build());
    }

    private SpeakerListenerProtocol state() {
        return (SpeakerListenerProtocol) sl;
    }

    private void refusedSay(String actor, Refusal refusal) {
        assertThatThrownBy(() -> sl.kindOfSay(actor, RoomRole.PARTICIPANT, "x"))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(refusal);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void aFullExchangeWithASwap() {
        refusedSay("alex", Refusal.NOT_YOUR_TURN);
        assertThat(act("maya", new TurnCommand.GrantFloor("alex")))
                .extracting(TurnEvent::kind)
                .containsExactly(EventKind.FLOOR_GRANTED, EventKind.LISTENER_SET);
        assertThat(state().speaker()).isEqualTo("alex");
        assertThat(state().listener()).isEqualTo("sam");

        refusedSay("sam", Refusal.NOT_YOUR_TURN);
        assertThat(say("alex", RoomRole.PARTICIPANT, "I felt alone on Sunday.")).isEqualTo(EventKind.MESSAGE);
        refusedSay("alex", Refusal.NOT_YOUR_TURN);
        assertThat(say("sam", RoomRole.PARTICIPANT, "You felt alone on Sunday."))
                .isEqualTo(EventKind.PARAPHRASE);
        refusedSay("sam", Refusal.NOT_YOUR_TURN);
        refusedSay("alex", Refusal.NOT_YOUR_TURN);

        act("alex", new TurnCommand.Confirm(false));
        assertThat(state().phase()).isEqualTo(SpeakerListenerProtocol.Phase.PARAPHRASING);
        assertThat(say("sam", RoomRole.PARTICIPANT, "You felt alone all weekend."))
                .isEqualTo(EventKind.PARAPHRASE);
        act("alex", new TurnCommand.Confirm(true));
        assertThat(state().phase()).isEqualTo(SpeakerListenerProtocol.Phase.SPEAKING);

        assertThat(act("alex", new TurnCommand.PassFloor()))
                .extracting(TurnEvent::kind)
                .containsExactly(EventKind.FLOOR_PASSED, EventKind.FLOOR_GRANTED, EventKind.LISTENER_SET);
        assertThat(state().speaker()).isEqualTo("sam");
        assertThat(state().listener()).isEqualTo("alex");
        assertThat(say("sam", RoomRole.PARTICIPANT, "I was tired from work.")).isEqualTo(EventKind.MESSAGE);
    }

    @Test
    void theListenerCannotRebutAndPiecesAreShort() {
        act("maya", new TurnCommand.GrantFloor("alex"));

        assertThatThrownBy(() -> sl.kindOfSay("alex", RoomRole.PARTICIPANT, "x".repeat(281)))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.TOO_LARGE));
        say("alex", RoomRole.PARTICIPANT, "x".repeat(280));
        assertThat(sl.kindOfSay("sam", RoomRole.PARTICIPANT, "But that's not what happened!"))
                .as("whatever the listener says is recorded as a paraphrase")
                .isEqualTo(EventKind.PARAPHRASE);
    }

    @Test
    void confirmingAndPassingHaveTheirMoment() {
        act("maya", new TurnCommand.GrantFloor("alex"));
        assertThatThrownBy(() -> sl.decide("alex", new TurnCommand.Confirm(true), COUPLE, T0))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_STATE));
        say("alex", RoomRole.PARTICIPANT, "A piece.");
        assertThatThrownBy(() -> sl.decide("alex", new TurnCommand.PassFloor(), COUPLE, T0))
                .as("no passing before the paraphrase is confirmed")
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_STATE));
        assertThatThrownBy(() -> sl.decide("sam", new TurnCommand.PassFloor(), COUPLE, T0))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.NOT_YOUR_TURN));
        assertThatThrownBy(() -> sl.decide("sam", new TurnCommand.RaiseHand(), COUPLE, T0))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void therapistsMayAlwaysSpeakWithoutMovingTheExchange() {
        act("maya", new TurnCommand.GrantFloor("alex"));
        assertThat(say("maya", RoomRole.THERAPIST, "Take your time.")).isEqualTo(EventKind.MESSAGE);
        assertThat(state().phase()).isEqualTo(SpeakerListenerProtocol.Phase.SPEAKING);
    }

    @Test
    void itNeedsTwoParticipants() {
        Participants alone = TestParticipants.of("maya", RoomRole.THERAPIST, "alex", RoomRole.PARTICIPANT);
        assertThatThrownBy(() -> sl.decide("maya", new TurnCommand.GrantFloor("alex"), alone, T0))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_STATE));
    }

    private EventKind ask(String actor, String text) {
        EventKind kind = sl.kindOfQuestion(actor, RoomRole.PARTICIPANT, text);
        apply(actor, kind, null, new EventPayload.Text(text));
        return kind;
    }

    private void refusedQuestion(String actor) {
        assertThatThrownBy(() -> sl.kindOfQuestion(actor, RoomRole.PARTICIPANT, "Why?"))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.INVALID_STATE);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void theListenerMayAskOneClarifyingQuestionPerPiece() {
        act("maya", new TurnCommand.GrantFloor("alex"));
        refusedQuestion("sam");
        say("alex", RoomRole.PARTICIPANT, "Sunday was hard for me.");
        refusedQuestion("alex");
        assertThat(ask("sam", "What was hardest about Sunday?")).isEqualTo(EventKind.CLARIFYING_QUESTION);
        assertThat(state().phase()).isEqualTo(SpeakerListenerProtocol.Phase.ANSWERING);
        assertThat(sl.view().phase()).isEqualTo("answering");
        assertThat(sl.view().stepBy()).isEqualTo("alex");
        refusedSay("sam", Refusal.NOT_YOUR_TURN);

        // The speaker answers, within the piece's limit, and the listener paraphrases.
        assertThatThrownBy(() -> sl.kindOfSay("alex", RoomRole.PARTICIPANT, "x".repeat(281)))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.TOO_LARGE));
        assertThat(say("alex", RoomRole.PARTICIPANT, "Being alone all afternoon."))
                .isEqualTo(EventKind.MESSAGE);
        assertThat(state().phase()).isEqualTo(SpeakerListenerProtocol.Phase.PARAPHRASING);
        refusedQuestion("sam");
        assertThat(say("sam", RoomRole.PARTICIPANT, "It was being alone all afternoon."))
                .isEqualTo(EventKind.PARAPHRASE);
        act("alex", new TurnCommand.Confirm(false));
        refusedQuestion("sam");
        say("sam", RoomRole.PARTICIPANT, "Sunday afternoon alone was hard.");
        act("alex", new TurnCommand.Confirm(true));

        // A new piece, a new question.
        say("alex", RoomRole.PARTICIPANT, "And I did not say so.");
        assertThat(ask("sam", "Did you want to?")).isEqualTo(EventKind.CLARIFYING_QUESTION);
    }

    @Test
    void otherProtocolsHaveNoClarifyingQuestions() {
        assertThatThrownBy(() -> TurnProtocol.named("imago").kindOfQuestion("alex", RoomRole.PARTICIPANT, "Why?"))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_STATE));
    }

    @Test
    void theListenerSeesTheParaphraseStemAndEveryoneTheReminder() {
        assertThat(sl.view().reminder()).isNull();
        act("maya", new TurnCommand.GrantFloor("alex"));
        assertThat(sl.view().reminder()).contains("no problem solving");
        assertThat(sl.view().step()).isNull();
        say("alex", RoomRole.PARTICIPANT, "A piece.");
        assertThat(sl.view().step()).isEqualTo(ConversationStep.PARAPHRASE);
        assertThat(sl.view().step().stem()).isEqualTo("What I hear you saying is…");
        assertThat(sl.view().stepBy()).isEqualTo("sam");
        assertThat(sl.view().reminder()).isEqualTo(SpeakerListenerProtocol.REMINDER);
        say("sam", RoomRole.PARTICIPANT, "You said a piece.");
        assertThat(sl.view().step()).isNull();
        act("alex", new TurnCommand.Confirm(true));
        act("alex", new TurnCommand.PassFloor());
        assertThat(sl.view().holder()).isEqualTo("sam");
        assertThat(sl.view().reminder())
                .as("shown again when the floor swaps")
                .isEqualTo(SpeakerListenerProtocol.REMINDER);
    }
}

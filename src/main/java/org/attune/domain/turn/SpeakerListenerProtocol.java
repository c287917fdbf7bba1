package org.attune.domain.turn;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.attune.domain.Refusal;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * PREP's Speaker-Listener technique (Markman, Stanley and Blumberg,
 * <i>Fighting for Your Marriage</i>, "The Speaker-Listener Technique"). The
 * speaker says a short piece; then only the listener may speak, and what they
 * say is recorded as a paraphrase, offered with the stem "What I hear you
 * saying is…"; then the speaker confirms whether it was accurate. Accurate: the
 * speaker goes on, or passes the floor and the roles swap. Not accurate: the
 * listener paraphrases again. Before paraphrasing, the listener may ask one
 * clarifying question about the piece ({@code say} with {@code as: "question"});
 * the speaker answers it, within the piece's length, and the listener then
 * paraphrases. The listener has no way to rebut: their words are paraphrases
 * or that one question. While it runs, everyone is reminded that the floor is
 * for understanding: no problem solving. Therapists may always speak.
 *
 * @param speaker who holds the floor, or null before a therapist gives it
 * @param listener who listens and paraphrases, or null
 * @param phase whose move it is
 * @param questioned whether the listener has asked their clarifying question about this piece
 */
public record SpeakerListenerProtocol(String speaker, String listener, Phase phase, boolean questioned)
        implements TurnProtocol {

    public static final String NAME = "speaker_listener";
    /** "Short chunks": a piece the listener can take in and say back. */
    public static final int MAX_PIECE_LENGTH = 280;
    /** PREP: "no problem solving while using the Speaker-Listener technique". */
    public static final String REMINDER =
            "The floor is for understanding each other, not for solving the problem: no problem solving while you use speaker-listener.";

    /** Whose move it is. */
    public enum Phase {
        /** Nobody has the floor yet. */
        IDLE,
        /** The speaker says a piece. */
        SPEAKING,
        /** The listener says back what they heard. */
        PARAPHRASING,
        /** The speaker says whether the paraphrase was accurate. */
        CONFIRMING,
        /** The speaker answers the listener's clarifying question. */
        ANSWERING
    }

    public SpeakerListenerProtocol(String speaker, String listener, Phase phase) {
        this(speaker, listener, phase, false);
    }

    static SpeakerListenerProtocol initial() {
        return new SpeakerListenerProtocol(null, null, Phase.IDLE);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void checkSay(String memberId, RoomRole role) {
        kindOfSay(memberId, role, "");
    }

    @Override
    public EventKind kindOfSay(String memberId, RoomRole role, String text) {
        if (role == RoomRole.THERAPIST) {
            return EventKind.MESSAGE;
        }
        if ((phase == Phase.SPEAKING || phase == Phase.ANSWERING) && memberId.equals(speaker)) {
            if (text != null && text.length() > MAX_PIECE_LENGTH) {
                throw TurnProtocol.refused(
                        Refusal.TOO_LARGE, "refusal.speaker-listener.piece-too-long", Map.of("max", MAX_PIECE_LENGTH));
            }
            return EventKind.MESSAGE;
        }
        if (phase == Phase.PARAPHRASING && memberId.equals(listener)) {
            return EventKind.PARAPHRASE;
        }
        throw TurnProtocol.refused(Refusal.NOT_YOUR_TURN, notYourTurn(memberId));
    }

    @Override
    public EventKind kindOfQuestion(String memberId, RoomRole role, String text) {
        if (phase != Phase.PARAPHRASING || !memberId.equals(listener)) {
            throw TurnProtocol.refused(
                    Refusal.INVALID_STATE, "refusal.speaker-listener.clarifying-question-listener-after");
        }
        if (questioned) {
            throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.speaker-listener.asked-one-question-about");
        }
        return EventKind.CLARIFYING_QUESTION;
    }

    /** The listener's paraphrase says back the speaker's piece (Markman, Stanley &amp; Blumberg, PREP). */
    @Override
    public boolean reflects(String memberId) {
        return phase == Phase.PARAPHRASING && memberId.equals(listener);
    }

    private String notYourTurn(String memberId) {
        if (memberId.equals(listener) && phase == Phase.ANSWERING) {
            return "refusal.speaker-listener.partner-answering-question-say";
        }
        if (memberId.equals(listener) && phase == Phase.SPEAKING) {
            return "refusal.speaker-listener.listen-partner-finished-piece";
        }
        if (memberId.equals(listener) && phase == Phase.CONFIRMING) {
            return "refusal.speaker-listener.partner-checking-whether-paraphrase";
        }
        if (memberId.equals(speaker) && phase == Phase.PARAPHRASING) {
            return "refusal.speaker-listener.partner-saying-back-what";
        }
        if (memberId.equals(speaker) && phase == Phase.CONFIRMING) {
            return "refusal.speaker-listener.first-say-whether-paraphrase";
        }
        if (phase == Phase.IDLE) {
            return "refusal.speaker-listener.therapist-will-give-floor";
        }
        return "refusal.imago.not-turn-speak";
    }

    @Override
    public List<TurnEvent> decide(String actorId, TurnCommand command, Participants participants, Instant now) {
        if (TurnProtocol.isTimer(command)) {
            return List.of();
        }
        RoomRole role = TurnProtocol.roleOf(participants, actorId);
        if (command instanceof TurnCommand.Confirm confirm) {
            if (!actorId.equals(speaker) || phase != Phase.CONFIRMING) {
                throw TurnProtocol.refused(
                        Refusal.INVALID_STATE, "refusal.speaker-listener.no-paraphrase-yours-confirm");
            }
            return List.of(new TurnEvent(
                    EventKind.PARAPHRASE_CONFIRMED, listener, new EventPayload.Confirmation(confirm.accurate())));
        }
        if (command instanceof TurnCommand.PassFloor) {
            if (!actorId.equals(speaker)) {
                throw TurnProtocol.refused(Refusal.NOT_YOUR_TURN, "refusal.speaker-listener.only-speaker-passes-floor");
            }
            if (phase != Phase.SPEAKING) {
                throw TurnProtocol.refused(
                        Refusal.INVALID_STATE, "refusal.speaker-listener.finish-round-first-paraphrase");
            }
            return TurnProtocol.swapPair(speaker, listener);
        }
        if (role != RoomRole.THERAPIST) {
            throw TurnProtocol.refused(
                    Refusal.INVALID_STATE,
                    command instanceof TurnCommand.RaiseHand
                            ? "refusal.speaker-listener.speaker-listener-roles-swap"
                            : "refusal.turn.only-therapist");
        }
        if (command instanceof TurnCommand.GrantFloor grant) {
            TurnProtocol.requireParticipant(participants, grant.to());
            return TurnProtocol.startPair(grant.to(), participants, "refusal.speaker-listener.needs-two-participants");
        }
        if (command instanceof TurnCommand.RevokeFloor) {
            if (speaker == null) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.floor.nobody-has-floor");
            }
            return List.of(TurnEvent.of(EventKind.FLOOR_REVOKED, speaker));
        }
        throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.speaker-listener.does-not-apply-speaker");
    }

    /** In a guided room the one who has spoken least starts as the speaker, once two are present. */
    @Override
    public List<TurnEvent> followUp(Participants participants, boolean guided, Instant now) {
        List<String> present = participants.leastSpokenFirst();
        return guided && phase == Phase.IDLE && present.size() >= 2
                ? TurnProtocol.startPair(
                        present.get(0), participants, "refusal.speaker-listener.needs-two-participants")
                : List.of();
    }

    /**
     * Phases: {@code idle}, {@code speaking}, {@code paraphrasing} (with the
     * listener's stem), {@code answering} (the speaker answers the listener's
     * question), {@code confirming}; and while it runs, the reminder for everyone.
     */
    @Override
    public TurnView view() {
        return new TurnView(
                speaker,
                listener,
                phase.name().toLowerCase(java.util.Locale.ROOT),
                phase == Phase.PARAPHRASING ? ConversationStep.PARAPHRASE : null,
                switch (phase) {
                    case IDLE -> null;
                    case SPEAKING, CONFIRMING, ANSWERING -> speaker;
                    case PARAPHRASING -> listener;
                },
                null,
                null,
                null,
                null,
                null,
                false,
                phase == Phase.IDLE ? null : REMINDER);
    }

    @Override
    public TurnProtocol apply(RoomEvent e) {
        String target = e.targetId().orElse(null);
        return switch (e.kind()) {
            case FLOOR_GRANTED -> new SpeakerListenerProtocol(target, listener, Phase.SPEAKING);
            case LISTENER_SET -> new SpeakerListenerProtocol(speaker, target, phase);
            case MESSAGE ->
                (phase == Phase.SPEAKING || phase == Phase.ANSWERING)
                                && e.actorId().equals(speaker)
                        ? new SpeakerListenerProtocol(speaker, listener, Phase.PARAPHRASING, questioned)
                        : this;
            case CLARIFYING_QUESTION -> new SpeakerListenerProtocol(speaker, listener, Phase.ANSWERING, true);
            case PARAPHRASE -> new SpeakerListenerProtocol(speaker, listener, Phase.CONFIRMING, questioned);
            case PARAPHRASE_CONFIRMED ->
                e.payload(EventPayload.Confirmation.class).accurate()
                        ? new SpeakerListenerProtocol(speaker, listener, Phase.SPEAKING)
                        : new SpeakerListenerProtocol(speaker, listener, Phase.PARAPHRASING, questioned);
            case FLOOR_PASSED, FLOOR_REVOKED, SESSION_ENDED -> initial();
            case MEMBER_REMOVED ->
                target != null && (target.equals(speaker) || target.equals(listener)) ? initial() : this;
            default -> this;
        };
    }
}

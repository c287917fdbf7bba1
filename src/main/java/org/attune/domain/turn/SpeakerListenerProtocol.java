package org.attune.domain.turn;

import java.time.Instant;
import java.util.List;
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
                        Refusal.TOO_LARGE,
                        "Keep each piece short (at most " + MAX_PIECE_LENGTH
                                + " characters) so your partner can take it in. Say the rest next.");
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
                    Refusal.INVALID_STATE,
                    "A clarifying question is for the listener, after a piece and before saying back what they heard.");
        }
        if (questioned) {
            throw TurnProtocol.refused(
                    Refusal.INVALID_STATE,
                    "You have asked your one question about this piece. Say back what you heard now; your partner will tell you if something is missing.");
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
            return "Your partner is answering your question. Then say back what you heard.";
        }
        if (memberId.equals(listener) && phase == Phase.SPEAKING) {
            return "Listen for now. When your partner has finished this piece, say back what you heard.";
        }
        if (memberId.equals(listener) && phase == Phase.CONFIRMING) {
            return "Your partner is checking whether your paraphrase was accurate.";
        }
        if (memberId.equals(speaker) && phase == Phase.PARAPHRASING) {
            return "Your partner is saying back what they heard. Wait for it, then confirm.";
        }
        if (memberId.equals(speaker) && phase == Phase.CONFIRMING) {
            return "First say whether the paraphrase was accurate.";
        }
        if (phase == Phase.IDLE) {
            return "Your therapist will give the floor to the first speaker.";
        }
        return "It is not your turn to speak.";
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
                        Refusal.INVALID_STATE, "There is no paraphrase of yours to confirm just now.");
            }
            return List.of(new TurnEvent(
                    EventKind.PARAPHRASE_CONFIRMED, listener, new EventPayload.Confirmation(confirm.accurate())));
        }
        if (command instanceof TurnCommand.PassFloor) {
            if (!actorId.equals(speaker)) {
                throw TurnProtocol.refused(Refusal.NOT_YOUR_TURN, "Only the speaker passes the floor.");
            }
            if (phase != Phase.SPEAKING) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "Finish this round first: paraphrase, then confirm.");
            }
            return TurnProtocol.swapPair(speaker, listener);
        }
        if (role != RoomRole.THERAPIST) {
            throw TurnProtocol.refused(
                    Refusal.INVALID_STATE,
                    command instanceof TurnCommand.RaiseHand
                            ? "In speaker-listener the roles swap when the speaker passes the floor; there is no queue."
                            : "Only a therapist can do that.");
        }
        if (command instanceof TurnCommand.GrantFloor grant) {
            TurnProtocol.requireParticipant(participants, grant.to());
            return TurnProtocol.startPair(grant.to(), participants, "Speaker-listener");
        }
        if (command instanceof TurnCommand.RevokeFloor) {
            if (speaker == null) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "Nobody has the floor.");
            }
            return List.of(TurnEvent.of(EventKind.FLOOR_REVOKED, speaker));
        }
        throw TurnProtocol.refused(Refusal.INVALID_STATE, "That does not apply to speaker-listener.");
    }

    /** In a guided room the one who has spoken least starts as the speaker, once two are present. */
    @Override
    public List<TurnEvent> followUp(Participants participants, boolean guided, Instant now) {
        List<String> present = participants.leastSpokenFirst();
        return guided && phase == Phase.IDLE && present.size() >= 2
                ? TurnProtocol.startPair(present.get(0), participants, "Speaker-listener")
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

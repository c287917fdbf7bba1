package org.attune.domain.turn;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * Imago Intentional Dialogue (Harville Hendrix and Helen LaKelly Hunt,
 * <i>Getting the Love You Want</i>, the Intentional Dialogue; Imago Relationships
 * International, "Couples Dialogue"). It begins with an appointment: one
 * participant asks for a dialogue ({@code ask_dialogue}) and the other accepts
 * when they are ready, now or at a time they name ({@code accept_dialogue}); no
 * dialogue starts without it, also when a therapist invites someone to ask.
 * Then the sender shares; the receiver mirrors and asks "Did I get it?"; the
 * sender answers ({@code confirm}): yes, and the receiver asks "Is there
 * more?"; not quite, and the receiver mirrors again. When the sender says
 * {@code no_more}, the receiver sums up ("Did I get it all?", confirmed the same
 * way), validates, and empathises ("Is that your feeling?"); when the sender
 * says yes to that, the roles swap. Each step is announced with its sentence
 * stem, and in each step exactly one person may speak. Therapists may always speak.
 *
 * @param sender who shares, or null before the dialogue starts
 * @param receiver who mirrors, validates and empathises
 * @param step the current step, or null before the dialogue starts
 * @param announced whether the current step was announced to the room
 * @param swapDue whether the sender found the empathy right, so that the roles swap now
 * @param confirming whether the receiver has spoken in the step and waits for the sender's "yes" or "not quite"
 * @param again whether the step is asked for again, after "not quite"
 * @param asker before the dialogue: who asked for one, waiting for an answer
 * @param appointment before the dialogue: the time the partner named, if they named one
 */
public record ImagoProtocol(
        String sender,
        String receiver,
        ConversationStep step,
        boolean announced,
        boolean swapDue,
        boolean confirming,
        boolean again,
        String asker,
        Instant appointment)
        implements TurnProtocol {

    public static final String NAME = "imago";
    /** How far ahead a partner may name a time for the dialogue. */
    public static final Duration MAX_APPOINTMENT_AHEAD = Duration.ofDays(7);

    private static final String NEEDS_TWO = "refusal.imago.needs-two-participants";

    static ImagoProtocol initial() {
        return new ImagoProtocol(null, null, null, true, false, false, false, null, null);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Whose step it is now: the sender sends, says more and answers the checks; the receiver does the rest. */
    String actor() {
        if (step == null || swapDue) {
            return null;
        }
        return confirming || step == ConversationStep.SEND || step == ConversationStep.MORE ? sender : receiver;
    }

    @Override
    public void checkSay(String memberId, RoomRole role) {
        if (role == RoomRole.THERAPIST || (!confirming && memberId.equals(actor()))) {
            return;
        }
        throw TurnProtocol.refused(Refusal.NOT_YOUR_TURN, notYourTurn(memberId));
    }

    /**
     * The receiver's mirror, summary, validation and empathy say back the
     * sender's words and world (Hendrix &amp; LaKelly Hunt, Intentional Dialogue).
     */
    @Override
    public boolean reflects(String memberId) {
        return memberId.equals(receiver)
                && memberId.equals(actor())
                && (step == ConversationStep.MIRROR
                        || step == ConversationStep.SUMMARY
                        || step == ConversationStep.VALIDATION
                        || step == ConversationStep.EMPATHY);
    }

    private String notYourTurn(String memberId) {
        if (step == null) {
            return asker == null ? "refusal.imago.dialogue-not-started-yet" : "refusal.imago.dialogue-starts-accepted";
        }
        if (confirming) {
            return memberId.equals(sender)
                    ? "refusal.imago.first-tell-partner-whether"
                    : "refusal.imago.partner-telling-whether-got";
        }
        if (memberId.equals(sender)) {
            return "refusal.imago.partner-mirroring-what-shared";
        }
        if (memberId.equals(receiver)) {
            return step == ConversationStep.MORE
                    ? "refusal.imago.asked-more-give-partner"
                    : "refusal.imago.listen-partner-shared-mirror";
        }
        return "refusal.imago.not-turn-speak";
    }

    @Override
    public List<TurnEvent> decide(String actorId, TurnCommand command, Participants participants, Instant now) {
        if (TurnProtocol.isTimer(command)) {
            return List.of();
        }
        RoomRole role = TurnProtocol.roleOf(participants, actorId);
        if (command instanceof TurnCommand.AskDialogue) {
            return ask(actorId, role, participants);
        }
        if (command instanceof TurnCommand.AcceptDialogue accept) {
            return accept(actorId, role, accept.at(), now);
        }
        if (command instanceof TurnCommand.Confirm confirm) {
            if (!actorId.equals(sender) || !confirming) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.imago.did-i-get-sender");
            }
            return List.of(new TurnEvent(
                    EventKind.PARAPHRASE_CONFIRMED, receiver, new EventPayload.Confirmation(confirm.accurate())));
        }
        if (command instanceof TurnCommand.NoMore) {
            if (!actorId.equals(sender) || step != ConversationStep.MORE) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.imago.thats-all-sender-after");
            }
            return List.of(TurnEvent.of(EventKind.NO_MORE, receiver));
        }
        if (command instanceof TurnCommand.PassFloor) {
            if (!actorId.equals(sender) || step != ConversationStep.SEND) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.imago.only-sender-may-hand");
            }
            return TurnProtocol.swapPair(sender, receiver);
        }
        if (command instanceof TurnCommand.RaiseHand) {
            throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.imago.imago-dialogue-steps-go");
        }
        TurnProtocol.requireTherapist(role);
        return moderate(command, participants);
    }

    /** What only a therapist does: invite someone to ask for a dialogue, or end the dialogue or the request. */
    private List<TurnEvent> moderate(TurnCommand command, Participants participants) {
        if (command instanceof TurnCommand.GrantFloor grant) {
            TurnProtocol.requireParticipant(participants, grant.to());
            if (step != null) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.imago.dialogue-under-way-take");
            }
            return ask(grant.to(), RoomRole.PARTICIPANT, participants);
        }
        if (command instanceof TurnCommand.RevokeFloor) {
            if (sender == null && asker == null) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.imago.dialogue-not-started");
            }
            return List.of(TurnEvent.of(EventKind.FLOOR_REVOKED, sender != null ? sender : asker));
        }
        throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.imago.does-not-apply-imago");
    }

    /**
     * The appointment's first half: {@code asking} would like to share, and the
     * partner is asked. A request that waits for an answer stands until it is
     * answered; one answered with a time may be made again.
     */
    private List<TurnEvent> ask(String asking, RoomRole role, Participants participants) {
        if (role != RoomRole.PARTICIPANT) {
            throw TurnProtocol.refused(Refusal.FORBIDDEN, "refusal.imago.participants-ask-each-other");
        }
        if (step != null) {
            throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.imago.dialogue-under-way-ask");
        }
        if (asker != null && appointment == null) {
            throw TurnProtocol.refused(
                    Refusal.INVALID_STATE,
                    asker.equals(asking)
                            ? "refusal.imago.asked-already-partner-will"
                            : "refusal.imago.partner-asked-dialogue-accept");
        }
        TurnProtocol.startPair(asking, participants, NEEDS_TWO);
        return List.of(TurnEvent.of(EventKind.DIALOGUE_REQUESTED, asking));
    }

    /**
     * The appointment's second half: the partner accepts now, and the dialogue
     * starts with the one who asked as the sender; or names a time, and the one
     * who asked may ask again then (or the partner accept now, when ready).
     */
    private List<TurnEvent> accept(String accepting, RoomRole role, Instant at, Instant now) {
        if (role != RoomRole.PARTICIPANT || asker == null || asker.equals(accepting)) {
            throw TurnProtocol.refused(
                    Refusal.INVALID_STATE,
                    asker == null
                            ? "refusal.imago.nobody-asked-dialogue"
                            : "refusal.imago.dialogue-accepted-by-partner");
        }
        if (at != null && (!at.isAfter(now) || at.isAfter(now.plus(MAX_APPOINTMENT_AHEAD)))) {
            throw TurnProtocol.refused(Refusal.BAD_REQUEST, "refusal.imago.name-time-dialogue-later");
        }
        TurnEvent accepted = new TurnEvent(EventKind.DIALOGUE_ACCEPTED, asker, new EventPayload.Deadline(at));
        if (at != null) {
            return List.of(accepted);
        }
        List<TurnEvent> events = new ArrayList<>();
        events.add(accepted);
        events.add(TurnEvent.of(EventKind.FLOOR_GRANTED, asker));
        events.add(TurnEvent.of(EventKind.LISTENER_SET, accepting));
        return events;
    }

    /**
     * A dialogue starts only by appointment, also in a guided room; once it
     * runs, the steps are announced and, after empathy, the roles swap.
     */
    @Override
    public List<TurnEvent> followUp(Participants participants, boolean guided, Instant now) {
        if (step == null) {
            return List.of();
        }
        if (swapDue) {
            return TurnProtocol.swapPair(sender, receiver);
        }
        if (!announced) {
            return List.of(new TurnEvent(EventKind.STEP, actor(), new EventPayload.Step(step.wireName(), again)));
        }
        return List.of();
    }

    @Override
    public TurnProtocol apply(RoomEvent e) {
        String target = e.targetId().orElse(null);
        return switch (e.kind()) {
            case DIALOGUE_REQUESTED -> step != null ? this : request(target, null);
            case DIALOGUE_ACCEPTED ->
                step != null
                        ? this
                        : request(asker, e.payload(EventPayload.Deadline.class).until());
            case FLOOR_GRANTED ->
                new ImagoProtocol(target, receiver, ConversationStep.SEND, false, false, false, false, null, null);
            case LISTENER_SET ->
                new ImagoProtocol(sender, target, step, announced, swapDue, confirming, again, asker, appointment);
            case STEP ->
                new ImagoProtocol(sender, receiver, step, true, swapDue, confirming, again, asker, appointment);
            case MESSAGE -> !confirming && e.actorId().equals(actor()) ? after(step) : this;
            case PARAPHRASE_CONFIRMED ->
                confirming
                        ? confirmed(e.payload(EventPayload.Confirmation.class).accurate())
                        : this;
            case NO_MORE -> to(ConversationStep.SUMMARY);
            case FLOOR_PASSED, FLOOR_REVOKED, SESSION_ENDED -> initial();
            case MEMBER_REMOVED ->
                target != null && (target.equals(sender) || target.equals(receiver) || target.equals(asker))
                        ? initial()
                        : this;
            default -> this;
        };
    }

    private ImagoProtocol request(String by, Instant at) {
        return new ImagoProtocol(null, null, null, true, false, false, false, by, at);
    }

    /** The step after the actor of {@code done} has spoken; mirror, summary and empathy wait for the sender's answer. */
    private ImagoProtocol after(ConversationStep done) {
        return switch (done) {
            case SEND, MORE -> to(ConversationStep.MIRROR);
            case MIRROR, SUMMARY, EMPATHY ->
                new ImagoProtocol(sender, receiver, step, true, false, true, false, null, null);
            case VALIDATION -> to(ConversationStep.EMPATHY);
            default -> this;
        };
    }

    /** The sender's answer: yes goes on (after empathy, the roles swap); not quite asks for the step again. */
    private ImagoProtocol confirmed(boolean accurate) {
        if (!accurate) {
            return new ImagoProtocol(sender, receiver, step, false, false, false, true, null, null);
        }
        return switch (step) {
            case MIRROR -> to(ConversationStep.MORE);
            case SUMMARY -> to(ConversationStep.VALIDATION);
            default -> new ImagoProtocol(sender, receiver, step, true, true, false, false, null, null);
        };
    }

    private ImagoProtocol to(ConversationStep next) {
        return new ImagoProtocol(sender, receiver, next, false, false, false, false, null, null);
    }

    /** The step as the room sees it: while the sender answers a check, the check ({@code confirm_mirror}…). */
    private ConversationStep shownStep() {
        if (!confirming) {
            return step;
        }
        return switch (step) {
            case MIRROR -> ConversationStep.CONFIRM_MIRROR;
            case SUMMARY -> ConversationStep.CONFIRM_SUMMARY;
            default -> ConversationStep.CONFIRM_EMPATHY;
        };
    }

    /**
     * Phases: {@code idle}; {@code requested} (a request waits: the holder asked);
     * {@code appointed} (the partner named a time: the appointment); then the
     * step's name, or {@code confirm_mirror}, {@code confirm_summary},
     * {@code confirm_empathy} while the sender answers the receiver's check.
     */
    @Override
    public TurnView view() {
        if (step == null) {
            String phase = asker == null ? "idle" : appointment == null ? "requested" : "appointed";
            return new TurnView(asker, null, phase, null, null, null, null, null, null, appointment, false, null);
        }
        ConversationStep shown = shownStep();
        return new TurnView(
                sender, receiver, shown.wireName(), shown, actor(), null, null, null, null, null, again, null);
    }
}

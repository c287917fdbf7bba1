package org.attune.domain.turn;

import java.time.Instant;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * Imago Intentional Dialogue. The sender shares something; the receiver
 * mirrors it; the sender adds more until they say {@code no_more}; then the
 * receiver sums up, validates and empathises, and the roles swap. Each step is
 * announced with its sentence stem, and in each step exactly one person may
 * speak. Therapists may always speak.
 *
 * @param sender who shares, or null before the dialogue starts
 * @param receiver who mirrors, validates and empathises
 * @param step the current step, or null before the dialogue starts
 * @param announced whether the current step was announced to the room
 * @param swapDue whether the receiver has empathised, so that the roles swap now
 */
public record ImagoProtocol(String sender, String receiver, ConversationStep step, boolean announced, boolean swapDue)
        implements TurnProtocol {

    public static final String NAME = "imago";

    static ImagoProtocol initial() {
        return new ImagoProtocol(null, null, null, true, false);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Whose step it is now: the sender sends and says more, the receiver does the rest. */
    String actor() {
        if (step == null || swapDue) {
            return null;
        }
        return step == ConversationStep.SEND || step == ConversationStep.MORE ? sender : receiver;
    }

    @Override
    public void checkSay(String memberId, RoomRole role) {
        if (role == RoomRole.THERAPIST || memberId.equals(actor())) {
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
            return "The dialogue has not started yet. Your therapist will invite the first sender.";
        }
        if (memberId.equals(sender)) {
            return "Your partner is mirroring what you shared. Listen to how it landed with them.";
        }
        if (memberId.equals(receiver)) {
            return step == ConversationStep.MORE
                    ? "You asked \"Is there more?\" Give your partner room to answer."
                    : "Listen for now. When your partner has shared, mirror back what you heard.";
        }
        return "It is not your turn to speak.";
    }

    @Override
    public List<TurnEvent> decide(String actorId, TurnCommand command, Participants participants, Instant now) {
        if (TurnProtocol.isTimer(command)) {
            return List.of();
        }
        RoomRole role = TurnProtocol.roleOf(participants, actorId);
        if (command instanceof TurnCommand.NoMore) {
            if (!actorId.equals(sender) || step != ConversationStep.MORE) {
                throw TurnProtocol.refused(
                        Refusal.INVALID_STATE,
                        "\"That's all for now\" is for the sender, after their partner has mirrored them.");
            }
            return List.of(TurnEvent.of(EventKind.NO_MORE, receiver));
        }
        if (command instanceof TurnCommand.PassFloor) {
            if (!actorId.equals(sender) || step != ConversationStep.SEND) {
                throw TurnProtocol.refused(
                        Refusal.INVALID_STATE,
                        "Only the sender may hand the turn over, before sharing. Otherwise finish the dialogue first.");
            }
            return TurnProtocol.swapPair(sender, receiver);
        }
        if (command instanceof TurnCommand.RaiseHand || command instanceof TurnCommand.Confirm) {
            throw TurnProtocol.refused(
                    Refusal.INVALID_STATE, "In an Imago dialogue the steps go in order; the roles swap after empathy.");
        }
        TurnProtocol.requireTherapist(role);
        if (command instanceof TurnCommand.GrantFloor grant) {
            TurnProtocol.requireParticipant(participants, grant.to());
            return TurnProtocol.startPair(grant.to(), participants, "An Imago dialogue");
        }
        if (command instanceof TurnCommand.RevokeFloor) {
            if (sender == null) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "The dialogue has not started.");
            }
            return List.of(TurnEvent.of(EventKind.FLOOR_REVOKED, sender));
        }
        throw TurnProtocol.refused(Refusal.INVALID_STATE, "That does not apply to an Imago dialogue.");
    }

    @Override
    public List<TurnEvent> followUp(Participants participants, boolean guided, Instant now) {
        if (step == null) {
            List<String> present = participants.leastSpokenFirst();
            return guided && present.size() >= 2
                    ? TurnProtocol.startPair(present.get(0), participants, "An Imago dialogue")
                    : List.of();
        }
        if (swapDue) {
            return TurnProtocol.swapPair(sender, receiver);
        }
        if (!announced) {
            return List.of(new TurnEvent(EventKind.STEP, actor(), new EventPayload.Step(step.wireName())));
        }
        return List.of();
    }

    @Override
    public TurnProtocol apply(RoomEvent e) {
        String target = e.targetId().orElse(null);
        return switch (e.kind()) {
            case FLOOR_GRANTED -> new ImagoProtocol(target, receiver, ConversationStep.SEND, false, false);
            case LISTENER_SET -> new ImagoProtocol(sender, target, step, announced, swapDue);
            case STEP -> new ImagoProtocol(sender, receiver, step, true, swapDue);
            case MESSAGE -> e.actorId().equals(actor()) ? after(step) : this;
            case NO_MORE -> to(ConversationStep.SUMMARY);
            case FLOOR_PASSED, FLOOR_REVOKED, SESSION_ENDED -> initial();
            case MEMBER_REMOVED ->
                target != null && (target.equals(sender) || target.equals(receiver)) ? initial() : this;
            default -> this;
        };
    }

    /** The step after the actor of {@code done} has spoken; after empathy, the roles swap. */
    private ImagoProtocol after(ConversationStep done) {
        return switch (done) {
            case SEND, MORE -> to(ConversationStep.MIRROR);
            case MIRROR -> to(ConversationStep.MORE);
            case SUMMARY -> to(ConversationStep.VALIDATION);
            case VALIDATION -> to(ConversationStep.EMPATHY);
            case EMPATHY -> new ImagoProtocol(sender, receiver, step, true, true);
            default -> this;
        };
    }

    private ImagoProtocol to(ConversationStep next) {
        return new ImagoProtocol(sender, receiver, next, false, false);
    }

    @Override
    public TurnView view() {
        return new TurnView(
                sender, receiver, step == null ? "idle" : step.wireName(), step, actor(), null, null, null, null);
    }
}

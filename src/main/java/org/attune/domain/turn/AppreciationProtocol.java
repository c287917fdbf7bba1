package org.attune.domain.turn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * The appreciation ritual that opens or closes a session: each participant in
 * turn says one thing they appreciated lately, offered the stem "One thing I
 * appreciated lately is…"; one message each, or a pass. When everyone has had
 * their turn the room hears that the round is done, and the conversation is
 * open again. Gottman's fondness and admiration system, said aloud: what
 * partners notice and say about each other is what the 5:1 ratio of positive
 * to negative moments is made of.
 *
 * <p>A therapist starts it by giving the first word to a participant (the
 * others follow, who has spoken least first); in a guided room it starts by
 * itself once two participants are here. A therapist may take the floor back
 * to stop it. Therapists may always speak.
 *
 * @param order the participants of the round, in the order they speak; empty before it starts
 * @param position the index in {@code order} of whose turn it is; {@code order.size()} when done
 * @param announced whether the current turn (or the end) was announced to the room
 */
public record AppreciationProtocol(List<String> order, int position, boolean announced) implements TurnProtocol {

    public static final String NAME = "appreciation";

    public AppreciationProtocol {
        order = List.copyOf(order);
    }

    static AppreciationProtocol initial() {
        return new AppreciationProtocol(List.of(), 0, true);
    }

    @Override
    public String name() {
        return NAME;
    }

    private boolean started() {
        return !order.isEmpty();
    }

    private boolean done() {
        return started() && position >= order.size();
    }

    /** Whose turn it is to say what they appreciated; null before the round and after it. */
    String answering() {
        return started() && !done() ? order.get(position) : null;
    }

    @Override
    public void checkSay(String memberId, RoomRole role) {
        if (role == RoomRole.THERAPIST || done() || memberId.equals(answering())) {
            return;
        }
        String why;
        if (!started()) {
            why = "refusal.appreciation.appreciation-round-not-started";
        } else if (order.indexOf(memberId) > position) {
            why = "refusal.appreciation.someone-elses-turn-say";
        } else {
            why = "refusal.appreciation.had-turn-listen-conversation";
        }
        throw TurnProtocol.refused(Refusal.NOT_YOUR_TURN, why);
    }

    @Override
    public List<TurnEvent> decide(String actorId, TurnCommand command, Participants participants, Instant now) {
        if (TurnProtocol.isTimer(command)) {
            return List.of();
        }
        if (command instanceof TurnCommand.PassFloor) {
            if (!actorId.equals(answering())) {
                throw TurnProtocol.refused(Refusal.NOT_YOUR_TURN, "refusal.appreciation.not-turn-appreciation-round");
            }
            return List.of(TurnEvent.of(EventKind.FLOOR_PASSED, actorId));
        }
        if (!(command instanceof TurnCommand.GrantFloor || command instanceof TurnCommand.RevokeFloor)) {
            throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.appreciation.appreciation-round-each-speaks");
        }
        TurnProtocol.requireTherapist(TurnProtocol.roleOf(participants, actorId));
        if (command instanceof TurnCommand.GrantFloor grant) {
            TurnProtocol.requireParticipant(participants, grant.to());
            if (started() && !done()) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.appreciation.appreciation-round-under-way");
            }
            return start(grant.to(), participants);
        }
        if (!started() || done()) {
            throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.appreciation.no-appreciation-round-under");
        }
        return List.of(TurnEvent.of(EventKind.FLOOR_REVOKED, answering()));
    }

    private static List<TurnEvent> start(String first, Participants participants) {
        return TurnProtocol.everyoneInTurn(first, participants, "refusal.appreciation.needs-two-participants");
    }

    @Override
    public List<TurnEvent> followUp(Participants participants, boolean guided, Instant now) {
        if (!started()) {
            return TurnProtocol.everyoneInTurnWhenGuided(
                    guided, participants, "refusal.appreciation.needs-two-participants");
        }
        if (announced) {
            return List.of();
        }
        if (done()) {
            return List.of(new TurnEvent(
                    EventKind.STEP, null, new EventPayload.Step(ConversationStep.APPRECIATED.wireName())));
        }
        return List.of(
                TurnEvent.of(EventKind.FLOOR_GRANTED, answering()),
                new TurnEvent(
                        EventKind.STEP, answering(), new EventPayload.Step(ConversationStep.APPRECIATION.wireName())));
    }

    @Override
    public TurnProtocol apply(RoomEvent e) {
        String target = e.targetId().orElse(null);
        return switch (e.kind()) {
            case ORDER_SET ->
                new AppreciationProtocol(
                        e.payload(EventPayload.Order.class).members().stream()
                                .filter(id -> !id.isEmpty())
                                .distinct()
                                .toList(),
                        0,
                        false);
            case STEP -> new AppreciationProtocol(order, position, true);
            case MESSAGE -> e.actorId().equals(answering()) ? next() : this;
            case FLOOR_PASSED -> target != null && target.equals(answering()) ? next() : this;
            case FLOOR_REVOKED, SESSION_ENDED -> initial();
            case MEMBER_REMOVED -> without(target);
            default -> this;
        };
    }

    private AppreciationProtocol next() {
        return new AppreciationProtocol(order, position + 1, false);
    }

    /** Someone left: the others go on; whose turn it was passes to the next. Under two people, the round stops. */
    private AppreciationProtocol without(String member) {
        int index = order.indexOf(member);
        if (index < 0 || done()) {
            return this;
        }
        List<String> rest = new ArrayList<>(order);
        rest.remove(index);
        if (rest.size() < 2) {
            return initial();
        }
        if (index < position) {
            return new AppreciationProtocol(rest, position - 1, announced);
        }
        return new AppreciationProtocol(rest, position, index > position && announced);
    }

    @Override
    public TurnView view() {
        String answering = answering();
        if (!started()) {
            return new TurnView(null, null, "idle", null, null, null, null, null, null);
        }
        if (done()) {
            return new TurnView(null, null, "done", ConversationStep.APPRECIATED, null, null, null, null, null);
        }
        return new TurnView(
                answering,
                null,
                "answering",
                ConversationStep.APPRECIATION,
                answering,
                null,
                null,
                order.subList(position + 1, order.size()),
                null);
    }
}

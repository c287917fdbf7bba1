package org.attune.domain.turn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * Gottman's "Aftermath of a Fight": after the storm has passed, each
 * participant answers each stage in turn (feelings, realities, triggers,
 * responsibility, a constructive plan), one answer at a time, each with the
 * stage's prompt and sentence stem. Only the person whose answer it is may
 * speak; they may pass instead of answering. When every stage is done the
 * conversation is open again. Therapists may always speak.
 *
 * @param order the participants of this repair, in the order they answer; empty before it starts
 * @param stage the index of the current stage in {@link #STAGES}; {@code STAGES.size()} once repaired
 * @param position the index in {@code order} of whose answer it is
 * @param announced whether the current answer's turn was announced to the room
 */
public record RepairProtocol(List<String> order, int stage, int position, boolean announced) implements TurnProtocol {

    public static final String NAME = "repair";
    public static final List<ConversationStep> STAGES = List.of(
            ConversationStep.FEELINGS,
            ConversationStep.REALITIES,
            ConversationStep.TRIGGERS,
            ConversationStep.RESPONSIBILITY,
            ConversationStep.PLAN);

    public RepairProtocol {
        order = List.copyOf(order);
    }

    static RepairProtocol initial() {
        return new RepairProtocol(List.of(), 0, 0, true);
    }

    @Override
    public String name() {
        return NAME;
    }

    private boolean started() {
        return !order.isEmpty();
    }

    private boolean repaired() {
        return started() && stage >= STAGES.size();
    }

    /** Whose answer it is, or null before the repair and once it is done. */
    String answering() {
        return started() && !repaired() ? order.get(position) : null;
    }

    private ConversationStep step() {
        if (!started()) {
            return null;
        }
        return repaired() ? ConversationStep.REPAIRED : STAGES.get(stage);
    }

    @Override
    public void checkSay(String memberId, RoomRole role) {
        if (role == RoomRole.THERAPIST || repaired() || memberId.equals(answering())) {
            return;
        }
        throw TurnProtocol.refused(
                Refusal.NOT_YOUR_TURN,
                started()
                        ? "It is someone else's turn to answer. Listen without answering back; your turn comes."
                        : "The repair has not started yet. Your therapist will begin it.");
    }

    @Override
    public List<TurnEvent> decide(String actorId, TurnCommand command, Participants participants, Instant now) {
        if (TurnProtocol.isTimer(command)) {
            return List.of();
        }
        RoomRole role = TurnProtocol.roleOf(participants, actorId);
        if (command instanceof TurnCommand.PassFloor) {
            if (!actorId.equals(answering())) {
                throw TurnProtocol.refused(Refusal.NOT_YOUR_TURN, "It is not your turn to answer.");
            }
            return List.of(TurnEvent.of(EventKind.FLOOR_PASSED, actorId));
        }
        if (!(command instanceof TurnCommand.GrantFloor || command instanceof TurnCommand.RevokeFloor)) {
            throw TurnProtocol.refused(
                    Refusal.INVALID_STATE, "In a repair each of you answers each stage in turn; that does not apply.");
        }
        TurnProtocol.requireTherapist(role);
        if (command instanceof TurnCommand.GrantFloor grant) {
            TurnProtocol.requireParticipant(participants, grant.to());
            if (started() && !repaired()) {
                throw TurnProtocol.refused(
                        Refusal.INVALID_STATE, "A repair is under way. Let it finish, or revoke the floor to stop it.");
            }
            return start(grant.to(), participants);
        }
        if (!started()) {
            throw TurnProtocol.refused(Refusal.INVALID_STATE, "No repair is under way.");
        }
        return List.of(TurnEvent.of(EventKind.FLOOR_REVOKED, answering()));
    }

    private static List<TurnEvent> start(String first, Participants participants) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        ids.add(first);
        ids.addAll(participants.leastSpokenFirst());
        if (ids.size() < 2) {
            throw TurnProtocol.refused(Refusal.INVALID_STATE, "A repair needs at least two participants in the room.");
        }
        return List.of(new TurnEvent(EventKind.ORDER_SET, null, new EventPayload.Order(List.copyOf(ids))));
    }

    @Override
    public List<TurnEvent> followUp(Participants participants, boolean guided, Instant now) {
        if (!started()) {
            return guided && participants.activeParticipants().size() >= 2
                    ? start(participants.leastSpokenFirst().get(0), participants)
                    : List.of();
        }
        if (announced) {
            return List.of();
        }
        ConversationStep step = step();
        if (repaired()) {
            return List.of(new TurnEvent(EventKind.STEP, null, new EventPayload.Step(step.wireName())));
        }
        return List.of(
                TurnEvent.of(EventKind.FLOOR_GRANTED, answering()),
                new TurnEvent(EventKind.STEP, answering(), new EventPayload.Step(step.wireName())));
    }

    @Override
    public TurnProtocol apply(RoomEvent e) {
        String target = e.targetId().orElse(null);
        return switch (e.kind()) {
            case ORDER_SET ->
                new RepairProtocol(
                        e.payload(EventPayload.Order.class).members().stream()
                                .filter(id -> !id.isEmpty())
                                .distinct()
                                .toList(),
                        0,
                        0,
                        false);
            case STEP -> new RepairProtocol(order, stage, position, true);
            case MESSAGE -> e.actorId().equals(answering()) ? advance() : this;
            case FLOOR_PASSED -> target != null && target.equals(answering()) ? advance() : this;
            case FLOOR_REVOKED, SESSION_ENDED -> initial();
            case MEMBER_REMOVED -> without(target);
            default -> this;
        };
    }

    /** The next answer: the next person, or the first person of the next stage. */
    private RepairProtocol advance() {
        return position + 1 < order.size()
                ? new RepairProtocol(order, stage, position + 1, false)
                : new RepairProtocol(order, stage + 1, 0, false);
    }

    private RepairProtocol without(String member) {
        int index = order.indexOf(member);
        if (index < 0) {
            return this;
        }
        List<String> rest = new ArrayList<>(order);
        rest.remove(index);
        if (rest.size() < 2) {
            return initial();
        }
        if (index < position) {
            return new RepairProtocol(rest, stage, position - 1, announced);
        }
        if (index > position || repaired()) {
            return new RepairProtocol(rest, stage, position, announced);
        }
        return position < rest.size()
                ? new RepairProtocol(rest, stage, position, false)
                : new RepairProtocol(rest, stage + 1, 0, false);
    }

    @Override
    public TurnView view() {
        String answering = answering();
        List<String> upcoming = started() && !repaired() ? order.subList(position + 1, order.size()) : List.of();
        return new TurnView(
                answering,
                null,
                !started() ? "idle" : repaired() ? "repaired" : "answering",
                step(),
                answering,
                null,
                null,
                upcoming,
                null);
    }
}

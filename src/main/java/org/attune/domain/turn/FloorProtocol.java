package org.attune.domain.turn;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.attune.domain.Refusal;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * One person holds the floor; the others raise a hand into an ordered queue.
 * A therapist grants and revokes the floor; the holder passes it on to the
 * next in the queue. With a turn limit, the holder is warned before the end
 * and the floor goes on to the next in the queue when the time is up.
 *
 * @param holder who holds the floor, or null
 * @param queue raised hands, first come first served; nobody twice, never the holder
 * @param limitSeconds how long a turn may last; 0 for no limit
 * @param deadline when the current turn ends, or null
 * @param warned whether the holder was warned that the turn is ending
 * @param frozen while the room is paused: what was left of the current timed turn, or null
 * @param paused whether the room is paused: turn clocks stand still and start again on resume
 */
public record FloorProtocol(
        String holder,
        List<String> queue,
        int limitSeconds,
        Instant deadline,
        boolean warned,
        Duration frozen,
        boolean paused)
        implements TurnProtocol {

    public static final String NAME = "floor";
    public static final int MIN_LIMIT_SECONDS = 10;
    public static final int MAX_LIMIT_SECONDS = 3600;

    public FloorProtocol {
        queue = List.copyOf(queue);
    }

    public FloorProtocol(String holder, List<String> queue, int limitSeconds, Instant deadline, boolean warned) {
        this(holder, queue, limitSeconds, deadline, warned, null, false);
    }

    static FloorProtocol initial() {
        return new FloorProtocol(null, List.of(), 0, null, false);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void checkSay(String memberId, RoomRole role) {
        if (role != RoomRole.THERAPIST && !memberId.equals(holder)) {
            throw TurnProtocol.refused(
                    Refusal.NOT_YOUR_TURN,
                    holder == null ? "refusal.floor.nobody-floor-yet-raise" : "refusal.floor.someone-else-floor-raise");
        }
    }

    @Override
    public List<TurnEvent> decide(String actorId, TurnCommand command, Participants participants, Instant now) {
        Objects.requireNonNull(command, "command");
        if (command instanceof TurnCommand.WarnTurnEnding warn) {
            return warn.holder().equals(holder) && warn.deadline().equals(deadline) && !warned
                    ? List.of(new TurnEvent(EventKind.TURN_WARNING, holder, new EventPayload.Deadline(deadline)))
                    : List.of();
        }
        if (command instanceof TurnCommand.EndTurn end) {
            if (!end.holder().equals(holder) || !end.deadline().equals(deadline)) {
                return List.of();
            }
            return handOn(TurnEvent.of(EventKind.TURN_ENDED, holder), now);
        }
        RoomRole role = TurnProtocol.roleOf(participants, actorId);
        if (command instanceof TurnCommand.RaiseHand) {
            requireParticipant(role);
            if (actorId.equals(holder)) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.floor.you-have-floor-already");
            }
            if (queue.contains(actorId)) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.floor.hand-already-raised");
            }
            return List.of(TurnEvent.of(EventKind.HAND_RAISED, actorId));
        }
        if (command instanceof TurnCommand.LowerHand) {
            if (!queue.contains(actorId)) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.floor.hand-not-raised");
            }
            return List.of(TurnEvent.of(EventKind.HAND_LOWERED, actorId));
        }
        if (command instanceof TurnCommand.PassFloor) {
            if (!actorId.equals(holder)) {
                throw TurnProtocol.refused(Refusal.NOT_YOUR_TURN, "refusal.floor.not-yours");
            }
            return handOn(TurnEvent.of(EventKind.FLOOR_PASSED, holder), now);
        }
        TurnProtocol.requireTherapist(role);
        return moderate(command, participants, now);
    }

    /** What only a therapist does with the floor: grant it, take it back, set the turn limit. */
    private List<TurnEvent> moderate(TurnCommand command, Participants participants, Instant now) {
        if (command instanceof TurnCommand.GrantFloor grant) {
            TurnProtocol.requireParticipant(participants, grant.to());
            if (grant.to().equals(holder)) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.floor.they-have-floor-already");
            }
            List<TurnEvent> events = new ArrayList<>();
            if (holder != null) {
                events.add(TurnEvent.of(EventKind.FLOOR_REVOKED, holder));
            }
            events.add(grant(grant.to(), now));
            return events;
        }
        if (command instanceof TurnCommand.RevokeFloor) {
            if (holder == null) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.floor.nobody-has-floor");
            }
            return List.of(TurnEvent.of(EventKind.FLOOR_REVOKED, holder));
        }
        if (command instanceof TurnCommand.SetTurnLimit limit) {
            int s = limit.seconds();
            if (s != 0 && (s < MIN_LIMIT_SECONDS || s > MAX_LIMIT_SECONDS)) {
                throw TurnProtocol.refused(
                        Refusal.BAD_REQUEST,
                        "refusal.floor.turn-limit-range",
                        Map.of("min", MIN_LIMIT_SECONDS, "max", MAX_LIMIT_SECONDS));
            }
            return List.of(new TurnEvent(EventKind.TURN_LIMIT_SET, null, new EventPayload.TurnLimit(s)));
        }
        throw TurnProtocol.refused(Refusal.BAD_REQUEST, "refusal.floor.does-not-apply-floor");
    }

    /** The current turn ends; the next in the queue gets the floor, if anyone waits. */
    private List<TurnEvent> handOn(TurnEvent ending, Instant now) {
        List<TurnEvent> events = new ArrayList<>();
        events.add(ending);
        events.addAll(grantNext(now));
        return events;
    }

    /** The floor to the first in the queue, if anyone waits. */
    List<TurnEvent> grantNext(Instant now) {
        return queue.isEmpty() ? List.of() : List.of(grant(queue.get(0), now));
    }

    /** In a guided room nobody moderates: a raised hand gets the free floor by itself. */
    @Override
    public List<TurnEvent> followUp(Participants participants, boolean guided, Instant now) {
        return guided && holder == null ? grantNext(now) : List.of();
    }

    @Override
    public TurnView view() {
        return new TurnView(
                holder, null, holder == null ? "idle" : "holding", null, null, deadline, queue, null, limitSeconds);
    }

    private TurnEvent grant(String to, Instant now) {
        Instant until = limitSeconds == 0 ? null : now.plusSeconds(limitSeconds);
        return new TurnEvent(EventKind.FLOOR_GRANTED, to, new EventPayload.Deadline(until));
    }

    @Override
    public TurnProtocol apply(RoomEvent e) {
        String target = e.targetId().orElse(null);
        return switch (e.kind()) {
            case HAND_RAISED -> queue.contains(target) ? this : withQueue(append(queue, target));
            case HAND_LOWERED -> withQueue(without(queue, target));
            case FLOOR_GRANTED ->
                paused
                        ? new FloorProtocol(
                                target,
                                without(queue, target),
                                limitSeconds,
                                null,
                                false,
                                until(e) == null ? null : left(e.occurredAt(), until(e)),
                                true)
                        : new FloorProtocol(target, without(queue, target), limitSeconds, until(e), false);
            case FLOOR_REVOKED, FLOOR_PASSED, TURN_ENDED ->
                new FloorProtocol(null, queue, limitSeconds, null, false, null, paused);
            case TURN_WARNING -> new FloorProtocol(holder, queue, limitSeconds, deadline, true, frozen, paused);
            case TURN_LIMIT_SET ->
                new FloorProtocol(
                        holder,
                        queue,
                        e.payload(EventPayload.TurnLimit.class).seconds(),
                        deadline,
                        warned,
                        frozen,
                        paused);
            case MEMBER_REMOVED ->
                target != null && target.equals(holder)
                        ? new FloorProtocol(null, without(queue, target), limitSeconds, null, false, null, paused)
                        : withQueue(without(queue, target));
            case PAUSED ->
                paused
                        ? this
                        : new FloorProtocol(
                                holder,
                                queue,
                                limitSeconds,
                                null,
                                warned,
                                deadline == null ? null : left(e.occurredAt(), deadline),
                                true);
            case RESUMED ->
                paused
                        ? new FloorProtocol(
                                holder,
                                queue,
                                limitSeconds,
                                frozen == null ? null : e.occurredAt().plus(frozen),
                                warned,
                                null,
                                false)
                        : this;
            case SESSION_ENDED -> new FloorProtocol(null, List.of(), limitSeconds, null, false);
            default -> this;
        };
    }

    /** When the server must act next: warn the holder, then end the turn. */
    @Override
    public Optional<TurnTimer> nextTimer() {
        if (deadline == null) {
            return Optional.empty();
        }
        return Optional.of(
                warned
                        ? new TurnTimer(deadline, new TurnCommand.EndTurn(holder, deadline))
                        : new TurnTimer(
                                deadline.minus(warningLead()), new TurnCommand.WarnTurnEnding(holder, deadline)));
    }

    /** The warning comes a quarter of the turn, at most 30 seconds, before the end. */
    Duration warningLead() {
        return Duration.ofSeconds(Math.min(30, Math.max(1, limitSeconds / 4)));
    }

    FloorProtocol withQueue(List<String> q) {
        return new FloorProtocol(holder, q, limitSeconds, deadline, warned, frozen, paused);
    }

    /** What is left of a turn until its deadline, never less than nothing. */
    private static Duration left(Instant at, Instant deadline) {
        Duration left = Duration.between(at, deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static List<String> append(List<String> list, String item) {
        List<String> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static List<String> without(List<String> list, String item) {
        return list.stream().filter(x -> !x.equals(item)).toList();
    }

    private static void requireParticipant(RoomRole role) {
        if (role != RoomRole.PARTICIPANT) {
            throw TurnProtocol.refused(Refusal.FORBIDDEN, "refusal.floor.only-participants-raise-hand");
        }
    }

    private static Instant until(RoomEvent granted) {
        return granted.payload(EventPayload.Deadline.class).until();
    }
}

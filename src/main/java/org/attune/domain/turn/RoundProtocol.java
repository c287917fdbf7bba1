package org.attune.domain.turn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attune.domain.Refusal;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * The talking stick, for families. Each participant gets one turn per round,
 * who has spoken least in the session first; the holder speaks as long as
 * they like within the turn limit, then passes (a pass with nothing said is a
 * skip). When the time is up the holder is warned and then the stick goes on
 * by itself. A therapist starts a round with a chosen first speaker, reorders
 * who is still to come, or ends a turn; in a guided room a new round starts
 * by itself when the last one ends.
 *
 * <p>The turns themselves are a {@link FloorProtocol} whose queue is the
 * order of those still to speak.
 *
 * @param turns the holder, those still to speak this round, the limit and the deadline
 */
public record RoundProtocol(FloorProtocol turns) implements TurnProtocol {

    public static final String NAME = "round";
    /** Two minutes each, unless the therapist sets another limit. */
    public static final int DEFAULT_LIMIT_SECONDS = 120;

    static RoundProtocol initial() {
        return new RoundProtocol(new FloorProtocol(null, List.of(), DEFAULT_LIMIT_SECONDS, null, false));
    }

    @Override
    public String name() {
        return NAME;
    }

    private boolean running() {
        return turns.holder() != null || !turns.queue().isEmpty();
    }

    @Override
    public void checkSay(String memberId, RoomRole role) {
        if (role == RoomRole.THERAPIST || memberId.equals(turns.holder())) {
            return;
        }
        throw TurnProtocol.refused(
                Refusal.NOT_YOUR_TURN,
                turns.queue().contains(memberId)
                        ? "refusal.round.someone-elses-turn-talking"
                        : running() ? "refusal.round.had-turn-round-listen" : "refusal.round.round-not-started-yet");
    }

    @Override
    public List<TurnEvent> decide(String actorId, TurnCommand command, Participants participants, Instant now) {
        if (TurnProtocol.isTimer(command)) {
            return turns.decide(actorId, command, participants, now);
        }
        RoomRole role = TurnProtocol.roleOf(participants, actorId);
        if (command instanceof TurnCommand.PassFloor) {
            if (!actorId.equals(turns.holder())) {
                throw TurnProtocol.refused(Refusal.NOT_YOUR_TURN, "refusal.round.not-hold-talking-stick");
            }
            return turns.decide(actorId, command, participants, now);
        }
        if (command instanceof TurnCommand.RaiseHand || command instanceof TurnCommand.LowerHand) {
            throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.round.round-everyone-gets-turn");
        }
        TurnProtocol.requireTherapist(role);
        if (command instanceof TurnCommand.GrantFloor grant) {
            TurnProtocol.requireParticipant(participants, grant.to());
            if (running() && !turns.queue().contains(grant.to())) {
                throw TurnProtocol.refused(
                        Refusal.INVALID_STATE,
                        grant.to().equals(turns.holder())
                                ? "refusal.round.hold-talking-stick-already"
                                : "refusal.round.had-turn-round");
            }
            return running() ? turns.decide(actorId, command, participants, now) : start(grant.to(), participants, now);
        }
        if (command instanceof TurnCommand.RevokeFloor) {
            return turns.decide(actorId, command, participants, now);
        }
        if (command instanceof TurnCommand.SetTurnLimit) {
            return turns.decide(actorId, command, participants, now);
        }
        if (command instanceof TurnCommand.Reorder reorder) {
            if (turns.queue().isEmpty()) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.round.nobody-waiting-turn-round");
            }
            if (reorder.order().size() != turns.queue().size()
                    || !new HashSet<>(reorder.order()).equals(new HashSet<>(turns.queue()))) {
                throw TurnProtocol.refused(Refusal.BAD_REQUEST, "refusal.round.give-everyone-still-speak");
            }
            return List.of(order(reorder.order()));
        }
        throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.round.does-not-apply-round");
    }

    /** A new round: the chosen first, then who has spoken least. */
    private List<TurnEvent> start(String first, Participants participants, Instant now) {
        List<String> order = new ArrayList<>();
        order.add(first);
        participants.leastSpokenFirst().stream().filter(p -> !p.equals(first)).forEach(order::add);
        RoundProtocol next = new RoundProtocol(turns.withQueue(order));
        List<TurnEvent> events = new ArrayList<>();
        events.add(order(order));
        events.addAll(next.turns.grantNext(now));
        return events;
    }

    private static TurnEvent order(List<String> ids) {
        return new TurnEvent(EventKind.ORDER_SET, null, new EventPayload.Order(ids));
    }

    @Override
    public List<TurnEvent> followUp(Participants participants, boolean guided, Instant now) {
        if (turns.holder() == null && !turns.queue().isEmpty()) {
            return turns.grantNext(now);
        }
        List<String> present = participants.leastSpokenFirst();
        if (guided && !running() && present.size() >= 2) {
            return start(present.get(0), participants, now);
        }
        return List.of();
    }

    @Override
    public TurnProtocol apply(RoomEvent e) {
        if (e.kind() == EventKind.ORDER_SET) {
            Set<String> seen = new HashSet<>();
            List<String> ids = e.payload(EventPayload.Order.class).members().stream()
                    .filter(id -> !id.isEmpty() && !id.equals(turns.holder()) && seen.add(id))
                    .toList();
            return new RoundProtocol(turns.withQueue(ids));
        }
        TurnProtocol next = turns.apply(e);
        return next == turns ? this : new RoundProtocol((FloorProtocol) next);
    }

    @Override
    public java.util.Optional<TurnTimer> nextTimer() {
        return turns.nextTimer();
    }

    @Override
    public TurnView view() {
        return new TurnView(
                turns.holder(),
                null,
                running() ? "turn" : "idle",
                null,
                null,
                turns.deadline(),
                null,
                turns.queue(),
                turns.limitSeconds());
    }
}

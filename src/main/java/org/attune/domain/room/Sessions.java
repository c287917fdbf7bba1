package org.attune.domain.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.member.Roster;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.TurnCommand;
import org.attune.domain.turn.TurnEvent;
import org.attune.domain.turn.TurnProtocol;

/**
 * Sessions and turns. A therapist starts and ends a session (in a guided
 * room, a participant may too) once the room is open for joint work
 * ({@link JointWorkGate}), and chooses the turn-taking protocol; the
 * protocol decides every command about the floor. Nobody ends a session or
 * moves the turn on while the room is paused, except a therapist; the turn
 * clocks stand still during a pause.
 */
final class Sessions {

    private final RoomState room;

    /** A bound on what a protocol may do by itself after one command; none needs more than a few. */
    private static final int MAX_FOLLOW_UPS = 8;

    Sessions(RoomState room) {
        this.room = room;
    }

    List<RoomEvent> decide(MemberView actor, String commandId, RoomCommand.SessionCommand command, Instant now) {
        if (command instanceof RoomCommand.StartSession start) {
            return start(actor, commandId, start, now);
        } else if (command instanceof RoomCommand.EndSession) {
            RoomAccess.requireSessionRunner(actor, room.guides(), "refusal.access.therapist-only.end-session");
            Pauses.requireNotPaused(room, actor, now);
            requireSession(room);
            List<RoomEvent> out = new ArrayList<>();
            out.add(room.record(room.by(actor, commandId, EventKind.SESSION_ENDED, now)));
            out.addAll(room.practiceWork().sessionEnded(now));
            return out;
        } else if (command instanceof RoomCommand.SetProtocol set) {
            RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.choose-how-conversation-goes");
            TurnProtocol chosen = TurnProtocol.named(set.protocol());
            return List.of(room.record(room.by(actor, commandId, EventKind.PROTOCOL_SET, now)
                    .payload(new EventPayload.ProtocolChosen(chosen.name()))));
        }
        TurnCommand turn = ((RoomCommand.Turn) command).turn();
        therapistsOnly(turn).ifPresent(what -> RoomAccess.requireTherapist(actor, what));
        if (!(turn instanceof TurnCommand.SetTurnLimit)) {
            requireSession(room);
        }
        Pauses.requireNotPaused(room, actor, now);
        return recordTurnEvents(
                room.protocol().decide(actor.id(), turn, room.participants(), now), actor, commandId, now);
    }

    private List<RoomEvent> start(MemberView actor, String commandId, RoomCommand.StartSession start, Instant now) {
        RoomAccess.requireSessionRunner(
                actor, room.mode() == RoomMode.GUIDED, "refusal.access.therapist-only.start-session");
        if (room.sessionRunning()) {
            throw new RefusedException(Refusal.INVALID_STATE, "refusal.session.session-already-running");
        }
        room.gate().requireOpenForJointWork(actor);
        TurnProtocol chosen = start.protocol() == null ? null : TurnProtocol.named(start.protocol());
        List<RoomEvent> out = new ArrayList<>();
        out.add(room.record(room.by(actor, commandId, EventKind.SESSION_STARTED, now)));
        if (chosen != null && !chosen.name().equals(room.protocol().name())) {
            out.add(room.record(room.by(actor, null, EventKind.PROTOCOL_SET, now)
                    .payload(new EventPayload.ProtocolChosen(chosen.name()))));
        }
        return out;
    }

    /** A turn's timer fired: the protocol warns or ends the turn, unless the room is paused. */
    List<RoomEvent> timer(RoomCommand.TurnTimer timer, Instant now) {
        if (room.currentPause() != null) {
            return List.of();
        }
        return recordTurnEvents(
                room.protocol().decide(RoomEvent.SYSTEM_ACTOR, timer.turn(), room.participants(), now),
                null,
                null,
                now);
    }

    /** Turns what the protocol decided into events of this room, recorded; the first carries the command id. */
    /**
     * What the turn protocol does by itself while a session runs (see
     * {@link TurnProtocol#followUp}); guided rooms moderate themselves.
     */
    List<RoomEvent> followUps(Instant now) {
        List<RoomEvent> events = new ArrayList<>();
        Roster roster = room.roster();
        boolean guided = room.guides();
        if (guided
                && roster.presenceKnown()
                && roster.activeParticipants().stream().noneMatch(roster::isOnline)) {
            // Nobody is there: a guided room does not go on by itself with no one to take part.
            return events;
        }
        for (int round = 0; round < MAX_FOLLOW_UPS && room.sessionRunning() && room.currentPause() == null; round++) {
            List<TurnEvent> decided = room.protocol().followUp(room.participants(), guided, now);
            if (decided.isEmpty()) {
                break;
            }
            events.addAll(recordTurnEvents(decided, null, null, now));
        }
        return events;
    }

    List<RoomEvent> recordTurnEvents(List<TurnEvent> decided, MemberView actor, String commandId, Instant now) {
        List<RoomEvent> events = new ArrayList<>();
        for (TurnEvent t : decided) {
            RoomEvent.Builder b = (actor == null
                            ? room.bySystem(t.kind(), now)
                            : room.by(actor, commandId, t.kind(), now))
                    .payload(t.payload())
                    .audience(t.audience());
            if (t.target() != null) {
                b.target(
                        t.target(),
                        room.roster().get(t.target()).map(MemberView::name).orElse(t.target()));
            }
            events.add(room.record(b));
            commandId = null;
        }
        return events;
    }

    /**
     * What only a therapist does with the turns, whatever the protocol and the
     * room's state: authority is checked before anything else, so a
     * participant hears "only a therapist" rather than why it would not work now.
     */
    private static Optional<String> therapistsOnly(TurnCommand turn) {
        if (turn instanceof TurnCommand.GrantFloor) {
            return Optional.of("refusal.access.therapist-only.give-floor");
        } else if (turn instanceof TurnCommand.RevokeFloor) {
            return Optional.of("refusal.access.therapist-only.take-floor-back");
        } else if (turn instanceof TurnCommand.SetTurnLimit) {
            return Optional.of("refusal.access.therapist-only.set-turn-limit");
        } else if (turn instanceof TurnCommand.Reorder) {
            return Optional.of("refusal.access.therapist-only.change-order");
        }
        return Optional.empty();
    }

    static void requireSession(RoomState room) {
        if (!room.sessionRunning()) {
            throw new RefusedException(Refusal.NO_SESSION, "refusal.session.session-not-started-yet");
        }
    }
}

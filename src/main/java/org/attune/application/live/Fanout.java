package org.attune.application.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomRole;
import org.attune.domain.room.RoomMode;
import org.attune.domain.room.RoomState;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.TurnProtocol;
import org.jboss.logging.Logger;

/**
 * After a batch is committed: each event to every socket of the room whose
 * member may see it, then what follows from it (a removed member's sockets
 * close, a mute's end is scheduled, the turn moves on, guided rooms' safety
 * alerts are logged for the practice's safety contact, an escalated alert
 * reaches the on-call contact of its level, "is writing…" lines end). Used by
 * one shard thread.
 */
final class Fanout {

    /** Safety alerts of guided rooms, for the practice's safety contact: room ids and concerns, never words. */
    private static final Logger SAFETY = Logger.getLogger("org.attune.safety");

    private final EngineParts parts;
    private final RoomTimers timers;
    /** The turn protocol each room's members were last told about. */
    private final Map<String, TurnProtocol> turnsSent = new HashMap<>();

    private final WritingRelay writing;

    Fanout(EngineParts parts, RoomTimers timers) {
        this.parts = parts;
        this.timers = timers;
        this.writing = new WritingRelay(parts);
    }

    /** Who is shown as writing, in each room of the shard. */
    WritingRelay writing() {
        return writing;
    }

    /** A room was loaded: its members already know where its turn stands (from their welcome). */
    void loaded(RoomState state) {
        turnsSent.put(state.roomId(), state.protocol());
    }

    void forget(String roomId) {
        turnsSent.remove(roomId);
        writing.forget(roomId);
    }

    void deliver(RoomState state, RoomConnections room, List<RoomEvent> events) {
        String roomId = state.roomId();
        for (RoomEvent e : events) {
            if (room != null) {
                parts.broadcaster().event(e, whoMaySee(state, room, e));
            }
            if (e.kind() == EventKind.SAFETY_ALERT && state.mode() == RoomMode.GUIDED) {
                // No therapist watches a guided room live: the practice's safety contact follows up.
                SAFETY.warnf(
                        "Safety alert in guided room %s (%s) for the practice's safety contact %s; see GET /api/safety-alerts",
                        roomId, BatchStore.safetyDetail(e, state.mode()).strip(), parts.safetyContact());
            }
            if (e.kind() == EventKind.ALERT_ESCALATED) {
                parts.onCall().told(state, e);
            }
            if (e.kind() == EventKind.CHECK_IN_WAITING
                    && EventPayload.PracticeTold.ON_CALL.equals(
                            e.payload(EventPayload.PracticeTold.class).told())) {
                parts.onCall().checkInWaits(state, e);
            }
            if (e.kind() == EventKind.ALERT_ACKNOWLEDGED) {
                parts.onCall()
                        .acknowledged(
                                state,
                                e.payload(EventPayload.AlertAcknowledged.class).alert());
            }
            if (e.kind() == EventKind.PRACTICE_REMINDED) {
                parts.onCall().practiceDue(state, e);
            }
            if (e.kind() == EventKind.RESUMED) {
                parts.onCall().resumed(state);
            }
            if (e.kind() == EventKind.MEMBER_MUTED) {
                timers.expireMute(
                        roomId,
                        e.targetId().orElseThrow(),
                        e.payload(EventPayload.Deadline.class).until());
            }
            if (e.kind() == EventKind.MEMBER_REMOVED && room != null) {
                boolean left = e.targetId().filter(e.actorId()::equals).isPresent();
                for (LiveConnection c : room.of(e.targetId().orElseThrow())) {
                    if (left) {
                        parts.broadcaster().left(c);
                    } else {
                        parts.broadcaster().removed(c);
                    }
                    room.remove(c);
                }
            }
        }
        if (!events.isEmpty()) {
            timers.arm(roomId, state);
            writing.after(state, room, events);
            turn(state, room);
        }
    }

    /** When whose turn it is has changed, tells the room's active members where the protocol stands now. */
    private void turn(RoomState state, RoomConnections room) {
        TurnProtocol now = state.protocol();
        if (now.equals(turnsSent.put(state.roomId(), now)) || room == null) {
            return;
        }
        List<LiveConnection> to = new ArrayList<>();
        room.byMember().forEach((memberId, sockets) -> {
            if (state.member(memberId)
                    .filter(m -> m.status() == MemberStatus.ACTIVE)
                    .isPresent()) {
                to.addAll(sockets);
            }
        });
        parts.broadcaster().turn(state, to);
    }

    /** Tells the others in the room that a member came or went; the lobby is for therapists' eyes. */
    void presence(RoomState state, RoomConnections room, MemberView member, boolean online) {
        List<LiveConnection> to = new ArrayList<>();
        room.byMember().forEach((memberId, sockets) -> {
            boolean told = !memberId.equals(member.id())
                    && state.member(memberId)
                            .filter(m -> m.status() == MemberStatus.ACTIVE)
                            .filter(m -> member.status() == MemberStatus.ACTIVE || m.role() == RoomRole.THERAPIST)
                            .isPresent();
            if (told) {
                to.addAll(sockets);
            }
        });
        parts.broadcaster().presence(member, online, to);
        if (!online) {
            writing.wentAway(state, room, member);
        }
    }

    private static List<LiveConnection> whoMaySee(RoomState state, RoomConnections room, RoomEvent e) {
        List<LiveConnection> to = new ArrayList<>();
        room.byMember().forEach((memberId, sockets) -> {
            if (state.maySee(memberId, e)) {
                for (LiveConnection c : sockets) {
                    if (!room.isCatchingUp(c)) {
                        to.add(c);
                    }
                }
            }
        });
        return to;
    }
}

package org.attune.application.live;

import java.util.List;
import java.util.Optional;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.room.RoomMode;
import org.attune.domain.room.RoomRepository;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventLog;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.security.AuditAction;
import org.attune.security.AuditEntry;
import org.attune.security.AuditTrail;

/**
 * Writes a room's decided events inside the shard's batch transaction: the
 * events to the log, the membership changes and moderation actions to the
 * audit log, and the member records kept in step with admissions and removals.
 */
final class BatchStore {

    private final EventLog log;
    private final AuditTrail audit;
    private final RoomRepository rooms;

    BatchStore(EventLog log, AuditTrail audit, RoomRepository rooms) {
        this.log = log;
        this.audit = audit;
        this.rooms = rooms;
    }

    void store(List<RoomEvent> events, RoomMode mode) {
        for (RoomEvent e : events) {
            log.append(e);
            auditActionOf(e.kind())
                    .ifPresent(action -> audit.record(new AuditEntry(
                            e.occurredAt(),
                            e.actorId(),
                            action,
                            e.roomId(),
                            e.targetId().orElse(null),
                            detail(action, e, mode))));
            String target = e.targetId().orElse(null);
            if (e.kind() == EventKind.MEMBER_ADMITTED) {
                rooms.findMember(e.roomId(), target).ifPresent(m -> m.changeStatus(MemberStatus.ACTIVE));
            } else if (e.kind() == EventKind.MEMBER_REMOVED) {
                rooms.findMember(e.roomId(), target).ifPresent(m -> m.changeStatus(MemberStatus.REMOVED));
            }
        }
    }

    /** What an audit row says beyond who, what and whose: for safety alerts only, and never words. */
    static String detail(AuditAction action, RoomEvent e, RoomMode mode) {
        return switch (action) {
            case SAFETY_ALERT -> safetyDetail(e, mode);
            case ALERT_ESCALATED -> {
                EventPayload.AlertEscalated x = e.payload(EventPayload.AlertEscalated.class);
                yield "alert " + x.alert() + " on-call contact " + x.level() + " of " + x.contacts();
            }
            case ALERT_ACKNOWLEDGED -> {
                EventPayload.AlertAcknowledged a = e.payload(EventPayload.AlertAcknowledged.class);
                yield "alert " + a.alert() + " waited "
                        + java.time.Duration.between(a.raisedAt(), e.occurredAt())
                                .toSeconds() + " s";
            }
            case FLAG_RESOLVED ->
                "screen answer " + e.payload(EventPayload.FlagResolved.class).screen();
            case PRACTICE_ASSIGNED -> {
                EventPayload.PracticeSet set = e.payload(EventPayload.PracticeSet.class);
                yield "practice " + e.seq() + " " + set.kind() + " due " + set.due();
            }
            default -> null;
        };
    }

    /** A safety alert for the audit log and the practice's safety contact: the room's mode and the concerns, no words. */
    static String safetyDetail(RoomEvent alert, RoomMode mode) {
        return mode.wireName() + " "
                + String.join(
                        ",",
                        alert.payload(EventPayload.SafetyAlert.class).concerns().stream()
                                .map(Evidence::kind)
                                .toList());
    }

    /** The membership changes and moderation actions that the audit log keeps. */
    static Optional<AuditAction> auditActionOf(EventKind kind) {
        return Optional.ofNullable(
                switch (kind) {
                    case MEMBER_JOINED -> AuditAction.MEMBER_JOINED;
                    case MEMBER_WAITING -> AuditAction.MEMBER_WAITING;
                    case MEMBER_ADMITTED -> AuditAction.MEMBER_ADMITTED;
                    case MEMBER_REMOVED -> AuditAction.MEMBER_REMOVED;
                    case MEMBER_MUTED -> AuditAction.MEMBER_MUTED;
                    case MEMBER_UNMUTED -> AuditAction.MEMBER_UNMUTED;
                    case SESSION_STARTED -> AuditAction.SESSION_STARTED;
                    case SESSION_ENDED -> AuditAction.SESSION_ENDED;
                    case ROOM_UPDATED, PROTOCOL_SET, TURN_LIMIT_SET -> AuditAction.ROOM_CHANGED;
                    case SAFETY_ALERT -> AuditAction.SAFETY_ALERT;
                    case ALERT_ESCALATED -> AuditAction.ALERT_ESCALATED;
                    case ALERT_ACKNOWLEDGED -> AuditAction.ALERT_ACKNOWLEDGED;
                    case ROOM_CLEARED -> AuditAction.ROOM_CLEARED;
                    case FLAG_RESOLVED -> AuditAction.FLAG_RESOLVED;
                    case PRACTICE_ASSIGNED -> AuditAction.PRACTICE_ASSIGNED;
                    default -> null;
                });
    }
}

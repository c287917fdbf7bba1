package org.attune.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.member.RoomRole;
import org.attune.domain.room.Member;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomRepository;
import org.attune.domain.room.RoomState;
import org.attune.domain.summary.SessionSummaries;
import org.attune.domain.summary.SessionSummary;
import org.attune.domain.transcript.EventLog;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.transcript.TalkStats;
import org.attune.security.AuditAction;
import org.attune.security.AuditEntry;
import org.attune.security.AuditTrail;
import org.attune.security.Caller;
import org.attune.security.RealmRoles;

/** Reading a room's record: the transcript a member may see, and the audit log. Every read is audited. */
@ApplicationScoped
public class TranscriptService {

    @Inject
    RoomRepository rooms;

    @Inject
    EventLog log;

    @Inject
    AuditTrail audit;

    @Inject
    Transactions tx;

    @Inject
    Clock clock;

    /**
     * A room and the events of it that the reader may see, in order, with how
     * much each member spoke (turns, messages, words, time at the floor) over
     * the whole record.
     */
    public record Transcript(
            Room room,
            List<RoomEvent> events,
            List<Participation> participation,
            List<SessionSummary> sessions,
            Instant readAt) {

        /** A member's display name, or the id when the member is unknown. */
        public String nameOf(String memberId) {
            return participation.stream()
                    .filter(p -> p.memberId().equals(memberId))
                    .map(Participation::name)
                    .findFirst()
                    .orElse(memberId);
        }
    }

    /** One member's share of the conversation. */
    public record Participation(String memberId, String name, RoomRole role, TalkStats.Share share) {}

    /**
     * What the reader may see of the room's record; with {@code withSessions},
     * and when the reader is one of its therapists, each session summed up too.
     */
    public Transcript read(Caller caller, String roomId, boolean withSessions) {
        return tx.inNewTransaction(() -> {
            Member member = RoomAccess.reader(rooms.findMember(roomId, caller.id()));
            Room room = rooms.find(roomId).orElseThrow();
            List<RoomEvent> all = log.history(roomId);
            Instant now = clock.instant();
            RoomState state = RoomState.rebuild(room, rooms.members(roomId), all);
            List<RoomEvent> visible =
                    all.stream().filter(e -> state.maySee(caller.id(), e)).toList();
            audit.record(new AuditEntry(
                    clock.instant(),
                    caller.id(),
                    AuditAction.TRANSCRIPT_READ,
                    roomId,
                    null,
                    visible.size() + " events"));
            return new Transcript(
                    room,
                    visible,
                    participation(rooms.members(roomId), all),
                    withSessions && RoomAccess.isTherapist(member) ? SessionSummaries.of(all, now) : List.of(),
                    now);
        });
    }

    /**
     * Each sitting of a room seen whole, for its therapists only: talk time and
     * turns, the heat over time, time-outs, ruptures and the repairs that
     * closed them, safety alerts and the balance of positive to negative
     * moments. It shows what the detector read, so it is never a partner's to read.
     */
    public Transcript sessions(Caller caller, String roomId) {
        return tx.inNewTransaction(() -> {
            Member member = RoomAccess.reader(rooms.findMember(roomId, caller.id()));
            RoomAccess.requireTherapist(member, "refusal.access.therapist-only.see-room-session-summaries");
            Room room = rooms.find(roomId).orElseThrow();
            List<RoomEvent> all = log.history(roomId);
            Instant now = clock.instant();
            List<SessionSummary> sessions = SessionSummaries.of(all, now);
            audit.record(new AuditEntry(
                    now,
                    caller.id(),
                    AuditAction.TRANSCRIPT_READ,
                    roomId,
                    null,
                    sessions.size() == 1 ? "1 session summed up" : sessions.size() + " sessions summed up"));
            return new Transcript(room, List.of(), participation(rooms.members(roomId), all), sessions, now);
        });
    }

    private List<Participation> participation(List<Member> members, List<RoomEvent> events) {
        TalkStats talk = new TalkStats();
        events.forEach(talk::add);
        return members.stream()
                .filter(m -> m.role() != RoomRole.OBSERVER && m.status() != MemberStatus.WAITING)
                .map(m ->
                        new Participation(m.userId(), m.displayName(), m.role(), talk.of(m.userId(), clock.instant())))
                .toList();
    }

    /**
     * Safety alerts of the last 30 days in every room, newest first, for the
     * practice's administrators: the practice's safety contact follows up those
     * of guided rooms, where no therapist watches live. Room, member, mode and
     * concerns; never the words.
     */
    public List<AuditEntry> safetyAlerts(Caller caller) {
        if (!caller.realmRoles().contains(RealmRoles.ADMIN)) {
            throw new RefusedException(Refusal.FORBIDDEN, "refusal.audit.only-practices-administrators-see");
        }
        return tx.inNewTransaction(() -> {
            List<AuditEntry> alerts =
                    audit.ofAction(AuditAction.SAFETY_ALERT, clock.instant().minus(java.time.Duration.ofDays(30)), 500);
            audit.record(
                    new AuditEntry(clock.instant(), caller.id(), AuditAction.AUDIT_READ, null, null, "safety alerts"));
            return alerts;
        });
    }

    /** The audit log of a room, for its therapists and the practice's administrators. */
    public List<AuditEntry> auditOf(Caller caller, String roomId) {
        return tx.inNewTransaction(() -> {
            if (!RoomAccess.mayReadAudit(
                    rooms.findMember(roomId, caller.id()), caller.realmRoles().contains(RealmRoles.ADMIN))) {
                throw new RefusedException(Refusal.FORBIDDEN, "refusal.audit.only-rooms-therapists-practices");
            }
            if (rooms.find(roomId).isEmpty() && audit.ofRoom(roomId).isEmpty()) {
                throw new RefusedException(Refusal.NOT_FOUND, "refusal.room.not-found");
            }
            audit.record(new AuditEntry(clock.instant(), caller.id(), AuditAction.AUDIT_READ, roomId, null, null));
            return audit.ofRoom(roomId);
        });
    }
}

package org.attune.domain.room;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * Membership and moderation. People join by invitation (into the lobby when
 * the room asks for admission); therapists admit, remove, mute for 1 to
 * 1,440 minutes (a mute ends by itself) and unmute, and change the room's
 * settings. A therapist cannot be muted, nor remove themselves.
 */
final class Moderation {

    static final int MAX_MUTE_MINUTES = 24 * 60;

    private final RoomState room;

    Moderation(RoomState room) {
        this.room = room;
    }

    List<RoomEvent> decide(MemberView actor, String commandId, RoomCommand.ModerationCommand command, Instant now) {
        if (command instanceof RoomCommand.Mute mute) {
            RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.mute-members");
            MemberView target =
                    room.roster().namedInRoom(mute.member(), "refusal.moderation.only-members-in-room-muted");
            if (target.role() == RoomRole.THERAPIST) {
                throw new RefusedException(Refusal.INVALID_STATE, "refusal.moderation.therapist-cannot-muted");
            }
            if (mute.minutes() < 1 || mute.minutes() > MAX_MUTE_MINUTES) {
                throw new RefusedException(
                        Refusal.BAD_REQUEST, "refusal.moderation.mute-length", Map.of("max", MAX_MUTE_MINUTES));
            }
            return about(actor, commandId, EventKind.MEMBER_MUTED, target, now)
                    .payload(new EventPayload.Deadline(now.plus(Duration.ofMinutes(mute.minutes()))))
                    .record();
        } else if (command instanceof RoomCommand.Unmute unmute) {
            RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.unmute-members");
            MemberView target =
                    room.roster().namedInRoom(unmute.member(), "refusal.moderation.only-members-in-room-unmuted");
            if (!target.mutedAt(now)) {
                throw new RefusedException(
                        Refusal.INVALID_STATE, "refusal.moderation.not-muted", Map.of("name", target.name()));
            }
            return about(actor, commandId, EventKind.MEMBER_UNMUTED, target, now)
                    .record();
        } else if (command instanceof RoomCommand.Remove remove) {
            RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.remove-members");
            MemberView target = room.roster().named(remove.member());
            if (target.id().equals(actor.id())) {
                throw new RefusedException(Refusal.INVALID_STATE, "refusal.moderation.cannot-remove-yourself-from");
            }
            return about(actor, commandId, EventKind.MEMBER_REMOVED, target, now)
                    .record();
        } else if (command instanceof RoomCommand.Admit admit) {
            RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.admit-members");
            MemberView target = room.roster().named(admit.member());
            if (target.status() != MemberStatus.WAITING) {
                throw new RefusedException(
                        Refusal.INVALID_STATE, "refusal.moderation.not-waiting", Map.of("name", target.name()));
            }
            return about(actor, commandId, EventKind.MEMBER_ADMITTED, target, now)
                    .record();
        }
        RoomCommand.ChangeSettings settings = (RoomCommand.ChangeSettings) command;
        RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.change-room");
        RoomEvent updated = room.record(room.by(actor, commandId, EventKind.ROOM_UPDATED, now)
                .payload(new EventPayload.RoomRenamed(settings.name())));
        room.changeSettings(settings);
        return List.of(updated);
    }

    /** A membership change the server makes: a join, a member leaving for good, a mute running out. */
    List<RoomEvent> byServer(RoomCommand.ServerCommand command, Instant now) {
        if (command instanceof RoomCommand.Join join) {
            return join(join, now);
        } else if (command instanceof RoomCommand.Leave leave) {
            return leave(leave, now);
        }
        return expireMute((RoomCommand.ExpireMute) command, now);
    }

    /** Someone accepted an invitation: they join, or wait in the lobby; a member already there changes nothing. */
    private List<RoomEvent> join(RoomCommand.Join join, Instant now) {
        MemberView existing = room.roster().get(join.userId()).orElse(null);
        if (existing != null && existing.status() != MemberStatus.REMOVED) {
            return List.of();
        }
        MemberStatus status = room.joiningStatus(join.role());
        boolean waits = status == MemberStatus.WAITING;
        MemberView joining = new MemberView(join.userId(), join.name(), join.role(), status, null);
        room.roster().put(joining);
        return List.of(
                room.record(room.by(joining, null, waits ? EventKind.MEMBER_WAITING : EventKind.MEMBER_JOINED, now)
                        .target(joining.id(), joining.name())
                        .audience(waits ? Audience.THERAPISTS_AND_TARGET : Audience.EVERYONE)));
    }

    /** A member leaves for good (they asked for their data to be erased); someone already gone changes nothing. */
    private List<RoomEvent> leave(RoomCommand.Leave leave, Instant now) {
        MemberView leaving = room.roster().get(leave.member()).orElse(null);
        if (leaving == null || leaving.status() == MemberStatus.REMOVED) {
            return List.of();
        }
        return about(leaving, null, EventKind.MEMBER_REMOVED, leaving, now).record();
    }

    /** A mute's time ran out: the member may write again, if that mute still stands. */
    private List<RoomEvent> expireMute(RoomCommand.ExpireMute expire, Instant now) {
        MemberView target = room.roster().get(expire.member()).orElse(null);
        if (target == null || !expire.until().equals(target.mutedUntil())) {
            return List.of();
        }
        return List.of(room.record(room.bySystem(EventKind.MEMBER_UNMUTED, now).target(target.id(), target.name())));
    }

    private Recording about(MemberView actor, String commandId, EventKind kind, MemberView target, Instant now) {
        return new Recording(room.by(actor, commandId, kind, now).target(target.id(), target.name()));
    }

    /** An event about a member, recorded once its payload (if any) is given. */
    private final class Recording {
        private final RoomEvent.Builder builder;

        Recording(RoomEvent.Builder builder) {
            this.builder = builder;
        }

        Recording payload(EventPayload payload) {
            builder.payload(payload);
            return this;
        }

        List<RoomEvent> record() {
            return List.of(room.record(builder));
        }
    }
}

package org.attune.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.attune.application.live.RoomEngine;
import org.attune.application.live.RoomEngine.Step;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.member.RoomRole;
import org.attune.domain.regulation.CrisisResources;
import org.attune.domain.regulation.Exercise;
import org.attune.domain.regulation.RegulationSettings;
import org.attune.domain.room.Invitation;
import org.attune.domain.room.InvitationRepository;
import org.attune.domain.room.Member;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomKind;
import org.attune.domain.room.RoomMode;
import org.attune.domain.room.RoomRepository;
import org.attune.domain.room.RoomState;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventLog;
import org.attune.domain.transcript.RoomEvent;
import org.attune.security.AuditAction;
import org.attune.security.AuditEntry;
import org.attune.security.AuditTrail;
import org.attune.security.Caller;

/** Rooms and who is in them: opening rooms, inviting people, accepting invitations. */
@ApplicationScoped
public class RoomService {

    private static final Duration ENGINE_WAIT = Duration.ofSeconds(15);

    @Inject
    RoomRepository rooms;

    @Inject
    InvitationRepository invitations;

    @Inject
    EventLog log;

    @Inject
    RoomEngine engine;

    @Inject
    AuditTrail audit;

    @Inject
    Transactions tx;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    /** A therapist opens a room and becomes its first member, as its therapist. */
    public Room openRoom(Caller caller, String name, RoomKind kind, RoomMode mode) {
        if (!caller.isTherapist()) {
            throw new RefusedException(Refusal.FORBIDDEN, "refusal.room.only-therapists-open-rooms");
        }
        requireShowableName(caller);
        return tx.inNewTransaction(() -> {
            Instant now = clock.instant();
            Room room = Room.open(name, kind, mode, caller.id(), now);
            CrisisResources.region(settings.crisisRegion().orElse(null))
                    .filter(region -> !region.code().equals(CrisisResources.INTERNATIONAL))
                    .ifPresent(region -> room.changeRegulation(new RegulationSettings(
                            room.regulation().pauseMinutes(),
                            room.regulation().pauseExercise(),
                            room.regulation().escalationThreshold(),
                            region.code())));
            rooms.add(room);
            rooms.addMember(
                    new Member(room.id(), caller.id(), caller.name(), RoomRole.THERAPIST, MemberStatus.ACTIVE, now));
            log.append(RoomEvent.builder(room.id(), 1, EventKind.MEMBER_JOINED, now)
                    .actor(caller.id(), caller.name())
                    .target(caller.id(), caller.name())
                    .build());
            audit.record(new AuditEntry(now, caller.id(), AuditAction.ROOM_OPENED, room.id(), null, null));
            return room;
        });
    }

    /** A therapist of the room invites someone with the given role. */
    public Invitation invite(Caller caller, String roomId, RoomRole role, Duration validity) {
        return tx.inNewTransaction(() -> {
            requireTherapist(caller, roomId, "refusal.access.therapist-only.invite-people-it");
            Invitation invitation = Invitation.issue(roomId, role, caller.id(), clock.instant(), validity);
            invitations.add(invitation);
            audit.record(new AuditEntry(
                    clock.instant(),
                    caller.id(),
                    AuditAction.INVITATION_CREATED,
                    roomId,
                    null,
                    "role " + role.wireName()));
            return invitation;
        });
    }

    /**
     * Redeems an invitation: the caller becomes a member of its room (or waits
     * in its lobby). Accepting again an invitation one has already accepted is
     * harmless and returns the same membership.
     */
    public Member accept(Caller caller, String code) {
        requireShowableName(caller);
        String roomId = tx.inNewTransaction(() -> findInvitation(code).roomId());
        return await(engine.change(roomId, (state, now) -> redeem(caller, code, roomId, state, now)));
    }

    /** A room shows each member by the name in their account; one longer than a room can show is refused, not cut. */
    private static void requireShowableName(Caller caller) {
        if (caller.name().length() > Member.MAX_NAME_LENGTH) {
            throw new RefusedException(
                    Refusal.BAD_REQUEST, "refusal.room.account-name-too-long", Map.of("max", Member.MAX_NAME_LENGTH));
        }
    }

    /** On the room's shard: the invitation is used and the caller joins, or is told why not. */
    private Step<Member> redeem(Caller caller, String code, String roomId, RoomState state, Instant now) {
        Invitation invitation = findInvitation(code);
        if (state == null) {
            throw noSuchInvitation();
        }
        RoomAccess.requireMayTake(invitation.role(), caller.isTherapist());
        Optional<Member> existing =
                rooms.findMember(roomId, caller.id()).filter(m -> m.status() != MemberStatus.REMOVED);
        if (existing.isPresent()
                && (invitation.acceptedBy().filter(caller.id()::equals).isPresent()
                        || invitation.unusableAt(now).isEmpty())) {
            return Step.done(existing.get());
        }
        invitation.unusableAt(now).ifPresent(reason -> {
            throw unusable(reason);
        });
        invitation.acceptBy(caller.id(), caller.isTherapist(), now);
        MemberStatus status = state.joiningStatus(invitation.role());
        Member member = rooms.findMember(roomId, caller.id())
                .map(m -> {
                    m.rejoin(caller.name(), invitation.role(), status, now);
                    return m;
                })
                .orElseGet(() -> {
                    Member m = new Member(roomId, caller.id(), caller.name(), invitation.role(), status, now);
                    rooms.addMember(m);
                    return m;
                });
        return Step.of(caller.id(), new RoomCommand.Join(caller.id(), caller.name(), invitation.role()), member);
    }

    /** What an invitation offers: the room, the role, and the name of the therapist who sent it. */
    public record InvitationOffer(Room room, RoomRole role, String invitedBy) {}

    /**
     * What an invitation offers, for the person holding it to decide on before
     * they accept it; reading it spends nothing. A spent, withdrawn or expired
     * invitation is refused as {@link #accept} would refuse it, except that the
     * person who accepted it may still read it.
     */
    public InvitationOffer offer(Caller caller, String code) {
        return tx.inNewTransaction(() -> {
            Invitation invitation = findInvitation(code);
            if (invitation.acceptedBy().filter(caller.id()::equals).isEmpty()) {
                invitation.unusableAt(clock.instant()).ifPresent(reason -> {
                    throw unusable(reason);
                });
            }
            Room room = rooms.find(invitation.roomId()).orElseThrow(RoomService::noSuchInvitation);
            String invitedBy = rooms.findMember(room.id(), invitation.createdBy())
                    .map(Member::displayName)
                    .orElse("Your therapist");
            return new InvitationOffer(room, invitation.role(), invitedBy);
        });
    }

    /** A therapist of the room renames it or changes whether joiners wait for admission. */
    public Room changeRoom(
            Caller caller, String roomId, String newName, Boolean requiresAdmission, RegulationChange regulation) {
        return await(engine.change(
                roomId, (state, now) -> change(caller, roomId, state, newName, requiresAdmission, regulation)));
    }

    /** On the room's shard: the room's new name and settings, checked whole before any of it changes. */
    private Step<Room> change(
            Caller caller,
            String roomId,
            RoomState state,
            String newName,
            Boolean requiresAdmission,
            RegulationChange regulation) {
        requireTherapistOf(state, caller, "refusal.access.therapist-only.change-it");
        Room room = rooms.find(roomId).orElseThrow();
        // Everything is checked before anything changes: a refused change leaves the room as it was.
        RegulationSettings nextRegulation = regulation == null ? null : regulation.applyTo(room.regulation());
        if (newName != null) {
            try {
                room.rename(newName);
            } catch (IllegalArgumentException e) {
                throw new RefusedException(
                        Refusal.BAD_REQUEST, "refusal.room.name-length", Map.of("max", Room.MAX_NAME_LENGTH));
            }
        }
        if (requiresAdmission != null) {
            room.requireAdmission(requiresAdmission);
        }
        if (nextRegulation != null) {
            room.changeRegulation(nextRegulation);
        }
        return Step.of(
                caller.id(),
                new RoomCommand.ChangeSettings(room.name(), room.requiresAdmission(), room.regulation()),
                room);
    }

    /** Which regulation settings to change; null fields keep their value. */
    public record RegulationChange(
            Integer pauseMinutes, String pauseExercise, Integer escalationThreshold, String crisisRegion) {
        RegulationSettings applyTo(RegulationSettings current) {
            return new RegulationSettings(
                    pauseMinutes != null ? pauseMinutes : current.pauseMinutes(),
                    pauseExercise != null
                            ? Exercise.fromWireName(pauseExercise)
                                    .orElseThrow(() -> new RefusedException(
                                            Refusal.BAD_REQUEST,
                                            "refusal.settings.choose-exercise",
                                            Map.of("exercises", Exercise.names())))
                            : current.pauseExercise(),
                    escalationThreshold != null ? escalationThreshold : current.escalationThreshold(),
                    crisisRegion != null ? (crisisRegion.isBlank() ? null : crisisRegion) : current.crisisRegion());
        }
    }

    /** Invitations of the room that can still be accepted; for its therapists. */
    public List<Invitation> openInvitations(Caller caller, String roomId) {
        return tx.inNewTransaction(() -> {
            requireTherapist(caller, roomId, "refusal.access.therapist-only.see-invitations");
            return invitations.openInvitations(roomId, clock.instant());
        });
    }

    /** A therapist of the room withdraws an invitation nobody has used yet. */
    public void revokeInvitation(Caller caller, String code) {
        tx.inNewTransaction(() -> {
            Invitation invitation = findInvitation(code);
            requireTherapist(caller, invitation.roomId(), "refusal.access.therapist-only.withdraw-invitations");
            if (invitation.acceptedBy().isPresent()) {
                throw new RefusedException(Refusal.INVALID_STATE, "refusal.room.invitation-already-used");
            }
            invitation.revoke(clock.instant());
            audit.record(new AuditEntry(
                    clock.instant(), caller.id(), AuditAction.INVITATION_REVOKED, invitation.roomId(), null, null));
            return null;
        });
    }

    /**
     * A therapist of the room deletes it with its whole history (erasure on
     * request). Everybody connected is told the room was closed. The audit log
     * keeps that it happened.
     */
    public void deleteRoom(Caller caller, String roomId) {
        await(engine.change(roomId, (state, now) -> {
            requireTherapistOf(state, caller, "refusal.access.therapist-only.delete-it");
            invitations.deleteAllOf(roomId);
            rooms.deleteWithHistory(roomId);
            audit.record(new AuditEntry(now, caller.id(), AuditAction.ROOM_DELETED, roomId, null, state.name()));
            return Step.roomClosed(null);
        }));
    }

    /** A therapist of the live room (null: a room that does not exist, of which nobody is a member). */
    private static void requireTherapistOf(RoomState state, Caller caller, String what) {
        RoomAccess.requireTherapist(
                RoomAccess.member(state == null ? Optional.empty() : state.member(caller.id())), what);
    }

    /** A room the caller is in, with their membership of it. */
    public record MyRoom(Room room, Member membership) {}

    /** The caller's rooms, newest first, read in one go. */
    public List<MyRoom> roomsOf(Caller caller) {
        return tx.inNewTransaction(() -> {
            Map<String, Member> mine = rooms.membershipsOf(caller.id()).stream()
                    .filter(m -> m.status() != MemberStatus.REMOVED)
                    .collect(Collectors.toMap(Member::roomId, m -> m));
            return rooms.roomsOf(caller.id()).stream()
                    .map(room -> new MyRoom(room, mine.get(room.id())))
                    .toList();
        });
    }

    public Room room(Caller caller, String roomId) {
        return tx.inNewTransaction(() -> {
            requireMember(caller, roomId);
            return rooms.find(roomId).orElseThrow();
        });
    }

    /** The caller's membership of the room (in it, or waiting in its lobby); refused when they are not a member. */
    public Member membership(Caller caller, String roomId) {
        return tx.inNewTransaction(() -> requireMember(caller, roomId));
    }

    /** Whether the caller may open the room's live socket: a member, in it or waiting in its lobby. */
    public boolean mayConnect(Caller caller, String roomId) {
        return tx.inNewTransaction(() -> RoomAccess.mayConnect(rooms.findMember(roomId, caller.id())));
    }

    private Member requireTherapist(Caller caller, String roomId, String what) {
        Member member = requireMember(caller, roomId);
        RoomAccess.requireTherapist(member, what);
        return member;
    }

    private Member requireMember(Caller caller, String roomId) {
        return RoomAccess.member(rooms.findMember(roomId, caller.id()));
    }

    private Invitation findInvitation(String code) {
        if (code == null || code.isBlank() || code.length() > 64) {
            throw noSuchInvitation();
        }
        return invitations.findForUpdate(code).orElseThrow(RoomService::noSuchInvitation);
    }

    private static RefusedException unusable(Invitation.Unusable reason) {
        return new RefusedException(
                Refusal.GONE,
                switch (reason) {
                    case EXPIRED -> "refusal.invitation.expired";
                    case ALREADY_USED -> "refusal.invitation.already-used";
                    case REVOKED -> "refusal.invitation.withdrawn";
                });
    }

    private static RefusedException noSuchInvitation() {
        return new RefusedException(Refusal.NOT_FOUND, "refusal.room.invitation-code-not-valid");
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(ENGINE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RefusedException refused) {
                throw refused;
            }
            throw new IllegalStateException("A room change failed", e.getCause());
        } catch (TimeoutException e) {
            throw new RefusedException(Refusal.INTERNAL, "refusal.server.busy-try-again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

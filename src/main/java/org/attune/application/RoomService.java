package org.attune.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.room.Invitation;
import org.attune.domain.room.InvitationRepository;
import org.attune.domain.room.Member;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomKind;
import org.attune.domain.room.RoomMode;
import org.attune.domain.room.RoomRepository;
import org.attune.domain.room.RoomRole;
import org.attune.domain.transcript.EventKind;
import org.attune.security.Caller;

/** Rooms and who is in them: opening rooms, inviting people, accepting invitations. */
@ApplicationScoped
public class RoomService {

    @Inject
    RoomRepository rooms;

    @Inject
    InvitationRepository invitations;

    @Inject
    EventRecorder recorder;

    @Inject
    RoomGate gate;

    @Inject
    Transactions tx;

    @Inject
    Clock clock;

    /** A therapist opens a room and becomes its first member, as its therapist. */
    public Room openRoom(Caller caller, String name, RoomKind kind, RoomMode mode) {
        if (!caller.isTherapist()) {
            throw new RefusedException(Refusal.FORBIDDEN, "Only therapists can open rooms.");
        }
        return tx.inNewTransaction(() -> {
            Room room = Room.open(name, kind, mode, caller.id(), clock.instant());
            rooms.add(room);
            rooms.addMember(new Member(room.id(), caller.id(), caller.name(), RoomRole.THERAPIST, clock.instant()));
            recorder.record(room, EventKind.MEMBER_JOINED, caller, null, null);
            return room;
        });
    }

    /** A therapist of the room invites someone with the given role. */
    public Invitation invite(Caller caller, String roomId, RoomRole role, Duration validity) {
        return tx.inNewTransaction(() -> {
            Member member = requireMember(caller, roomId);
            if (!member.role().moderates()) {
                throw new RefusedException(Refusal.FORBIDDEN, "Only a therapist of this room can invite people to it.");
            }
            Invitation invitation = Invitation.issue(roomId, role, caller.id(), clock.instant(), validity);
            invitations.add(invitation);
            return invitation;
        });
    }

    /**
     * Redeems an invitation: the caller becomes a member of its room. Accepting
     * again an invitation one has already accepted is harmless and returns the
     * same membership.
     */
    public Member accept(Caller caller, String code) {
        String roomId = tx.inNewTransaction(() -> findInvitation(code).roomId());
        return gate.exclusive(
                roomId,
                () -> tx.inNewTransaction(() -> {
                    Invitation invitation = findInvitation(code);
                    Optional<Member> existing = rooms.findMember(roomId, caller.id());
                    if (existing.isPresent()) {
                        if (invitation.acceptedBy().filter(caller.id()::equals).isPresent()
                                || invitation.unusableAt(clock.instant()).isEmpty()) {
                            return existing.get();
                        }
                    }
                    invitation.unusableAt(clock.instant()).ifPresent(reason -> {
                        throw new RefusedException(
                                Refusal.GONE,
                                switch (reason) {
                                    case EXPIRED -> "This invitation has expired. Ask your therapist for a new one.";
                                    case ALREADY_USED ->
                                        "This invitation has already been used. Ask your therapist for a new one.";
                                });
                    });
                    Room room = rooms.findForUpdate(roomId).orElseThrow(() -> noSuchInvitation());
                    invitation.acceptBy(caller.id(), clock.instant());
                    Member member = new Member(roomId, caller.id(), caller.name(), invitation.role(), clock.instant());
                    rooms.addMember(member);
                    recorder.record(room, EventKind.MEMBER_JOINED, caller, null, null);
                    return member;
                }));
    }

    public List<Room> roomsOf(Caller caller) {
        return tx.inNewTransaction(() -> rooms.roomsOf(caller.id()));
    }

    public Room room(Caller caller, String roomId) {
        return tx.inNewTransaction(() -> {
            requireMember(caller, roomId);
            return rooms.find(roomId).orElseThrow();
        });
    }

    /** The caller's membership of the room; refused when they are not a member. */
    public Member membership(Caller caller, String roomId) {
        return tx.inNewTransaction(() -> requireMember(caller, roomId));
    }

    public List<Member> members(String roomId) {
        return tx.inNewTransaction(() -> rooms.members(roomId));
    }

    private Member requireMember(Caller caller, String roomId) {
        return rooms.findMember(roomId, caller.id())
                .orElseThrow(() -> new RefusedException(Refusal.FORBIDDEN, "You are not a member of this room."));
    }

    private Invitation findInvitation(String code) {
        if (code == null || code.isBlank() || code.length() > 64) {
            throw noSuchInvitation();
        }
        return invitations.findForUpdate(code).orElseThrow(RoomService::noSuchInvitation);
    }

    private static RefusedException noSuchInvitation() {
        return new RefusedException(
                Refusal.NOT_FOUND, "This invitation code is not valid. Check it, or ask your therapist for a new one.");
    }
}

package org.attune.domain.room;

import java.util.List;
import java.util.Optional;

public interface RoomRepository {

    void add(Room room);

    Optional<Room> find(String roomId);

    /** The room, locked for the rest of the transaction so that its sequence can be advanced. */
    Optional<Room> findForUpdate(String roomId);

    void addMember(Member member);

    Optional<Member> findMember(String roomId, String userId);

    List<Member> members(String roomId);

    /** Removes the room, its members and its whole event log (erasure on request). */
    void deleteWithHistory(String roomId);

    /** Every membership record of a user, in any room and any standing. */
    List<Member> membershipsOf(String userId);

    /** Whether any room exists at all: the development data is seeded only into an empty database. */
    boolean anyRoom();

    /** Rooms the user is a member of, newest first. */
    List<Room> roomsOf(String userId);
}

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

    /** Rooms the user is a member of, newest first. */
    List<Room> roomsOf(String userId);
}
